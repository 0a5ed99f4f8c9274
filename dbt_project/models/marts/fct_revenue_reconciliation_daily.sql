-- Our fees and real revenue beside DefiLlama's, per network and day, for networks DefiLlama covers.
-- Daily figures differ where one side is spread from weekly data, so the flag compares trailing
-- 7-day sums against the network's tolerance (seed reconciliation_tolerances).
with ours as (
    select facts.network_id, facts.date, networks.defillama_slug, facts.fees_gross_usd,
           facts.real_revenue_usd, facts.holders_revenue_usd, facts.is_sample_data
    from {{ ref('fct_network_daily') }} as facts
    inner join {{ ref('networks') }} as networks on networks.network_id = facts.network_id
    where networks.defillama_slug is not null
),

side_by_side as (
    select
        ours.*,
        llama.fees_usd as defillama_fees_usd,
        llama.revenue_usd as defillama_revenue_usd,
        llama.holders_revenue_usd as defillama_holders_revenue_usd,
        {{ trailing_sum('ours.fees_gross_usd', 7, 'ours.network_id', 'ours.date') }} as fees_gross_usd_7d,
        {{ trailing_sum('llama.fees_usd', 7, 'ours.network_id', 'ours.date') }} as defillama_fees_usd_7d,
        coalesce(llama.is_sample_data, false) as llama_is_sample
    from ours
    left join {{ ref('stg_defillama__fees_daily') }} as llama
        on llama.slug = ours.defillama_slug and llama.date = ours.date
),

changes as (
    select slug, max(changed_on) as last_methodology_change
    from {{ ref('stg_defillama__methodology_changes') }}
    group by slug
)

select
    side_by_side.network_id,
    side_by_side.date,
    side_by_side.defillama_slug,
    side_by_side.fees_gross_usd,
    side_by_side.real_revenue_usd,
    side_by_side.holders_revenue_usd,
    side_by_side.defillama_fees_usd,
    side_by_side.defillama_revenue_usd,
    side_by_side.defillama_holders_revenue_usd,
    side_by_side.fees_gross_usd - side_by_side.defillama_fees_usd as fees_difference_usd,
    {{ safe_divide('side_by_side.fees_gross_usd_7d - side_by_side.defillama_fees_usd_7d',
                   'side_by_side.defillama_fees_usd_7d') }} as fees_difference_7d_fraction,
    tolerances.tolerance_fraction,
    coalesce(abs({{ safe_divide('side_by_side.fees_gross_usd_7d - side_by_side.defillama_fees_usd_7d',
                                'side_by_side.defillama_fees_usd_7d') }}) > tolerances.tolerance_fraction,
             false) as is_beyond_tolerance,
    case
        when side_by_side.defillama_fees_usd is null then 'not_available: DefiLlama publishes no value for this day'
        when side_by_side.fees_gross_usd is null then 'not_available: we have no fees for this day'
    end as comparison_null_reason,
    changes.last_methodology_change as defillama_methodology_changed_on,
    side_by_side.is_sample_data or side_by_side.llama_is_sample as is_sample_data
from side_by_side
left join {{ ref('reconciliation_tolerances') }} as tolerances on tolerances.network_id = side_by_side.network_id
left join changes on changes.slug = side_by_side.defillama_slug
