-- Metrics per network and UTC day (METRICS.md §3). Windows are trailing calendar days
-- including the day and are NULL unless every day of the window has a value.
with daily as (
    select
        facts.*,
        market.price_usd,
        market.mcap_circ_usd,
        market.fdv_usd,
        market.spot_volume_usd
    from {{ ref('fct_network_daily') }} as facts
    left join {{ ref('networks') }} as networks on networks.network_id = facts.network_id
    left join {{ ref('int_market__token_daily') }} as market
        on market.token = networks.main_token and market.date = facts.date
),

windowed as (
    select
        *,
        {{ trailing_sum('real_revenue_usd', 30) }} as real_revenue_usd_30d,
        {{ trailing_sum('burn_native', 30) }} as burn_native_30d,
        {{ trailing_sum('bme_mints_native', 30) }} as bme_mints_native_30d
    from daily
)

select
    network_id,
    date,
    real_revenue_usd,
    fees_gross_usd,
    burn_native,
    burn_usd,
    emissions_native,
    emissions_usd,
    {{ safe_divide('burn_native_30d', 'bme_mints_native_30d') }} as burn_to_mint_ratio_30d,
    real_revenue_usd_30d * 365.0 / 30 as annualized_revenue_30d,
    mcap_circ_usd,
    fdv_usd,
    {{ safe_divide('mcap_circ_usd', 'real_revenue_usd_30d * 365.0 / 30') }} as ps_circ,
    {{ safe_divide('fdv_usd', 'real_revenue_usd_30d * 365.0 / 30') }} as ps_fdv,
    revenue_null_reason,
    emissions_null_reason,
    case
        when real_revenue_usd_30d is null then coalesce(revenue_null_reason, 'not_available: incomplete 30-day window')
        when real_revenue_usd_30d = 0 then 'not_defined: zero revenue in 30 days'
        when fdv_usd is null then 'not_available: no FDV (no max supply in the tokens seed or no price)'
    end as ps_fdv_null_reason,
    is_interpolated,
    is_sample_data
from windowed
