-- Why a metric of network_metrics_daily is NULL, one row per network, day and NULL metric.
-- The reason is machine-readable: the source status of the flow behind the first missing input
-- (no_source, source_not_ingested, outside_source_coverage, no_price), else missing_input:<input>
-- (an incomplete window, no market data, no capacity), else zero_denominator.
{%- set metric_inputs = {
    'real_revenue_usd': ['real_revenue_usd'],
    'emissions_usd': ['emissions_usd'],
    'burn_usd': ['burn_usd'],
    'net_emission_usd': ['emissions_usd', 'burn_usd'],
    'earnings_usd': ['holders_revenue_usd', 'protocol_revenue_usd', 'emissions_usd'],
    'burn_to_mint_ratio_30d': ['burn_native_30d', 'bme_mints_native_30d'],
    'net_supply_change_pct_30d': ['net_supply_change_native_30d', 'circ_supply_at_start_30d'],
    'annualized_revenue_30d': ['real_revenue_usd_30d'],
    'ps_circ': ['mcap_circ_usd', 'real_revenue_usd_30d'],
    'ps_fdv': ['fdv_usd', 'real_revenue_usd_30d'],
    'pf_fdv': ['fdv_usd', 'fees_gross_usd_30d'],
    'speculative_multiple_30d': ['spot_volume_usd_30d', 'real_revenue_usd_30d'],
    'turnover_circ_mean_30d': ['turnover_circ_mean_30d'],
    'revenue_share_of_value_flow_30d': ['real_revenue_usd_30d', 'spot_volume_usd_30d'],
    'subsidy_ratio_30d': ['emissions_usd_30d', 'real_revenue_usd_30d'],
    'revenue_yield_fdv': ['real_revenue_usd_30d', 'fdv_usd'],
    'provider_revenue_per_unit_30d': ['supply_side_fees_usd_30d', 'provider_emissions_usd_30d', 'units_active_mean_30d'],
    'provider_margin_est_30d': ['provider_revenue_per_unit_30d'],
    'utilization_rate': ['utilization_rate'],
    'real_revenue_growth_30d': ['real_revenue_usd_30d', 'real_revenue_usd_prev_30d'],
    'price_usage_partial_r2': ['price_usage_partial_r2'],
    'real_demand_score': ['s1_coverage', 's2_valuation_support', 's3_value_flow_share', 's4_demand_trend', 's5_revenue_quality'],
    'speculative_intensity_index': ['turnover_circ_mean_30d'],
} %}
{%- set flow_of = {'revenue': 'revenue_null_reason', 'fees': 'revenue_null_reason', 's1_': 'revenue_null_reason',
                   's2_': 'revenue_null_reason', 's3_': 'revenue_null_reason', 's4_': 'revenue_null_reason',
                   's5_': 'revenue_null_reason', 'emissions': 'emissions_null_reason', 'burn': 'emissions_null_reason',
                   'mints': 'emissions_null_reason', 'net_supply': 'emissions_null_reason'} %}
with metrics as (
    select ratios.*, final.price_usage_partial_r2, final.s1_coverage, final.s2_valuation_support,
           final.s3_value_flow_share, final.s4_demand_trend, final.s5_revenue_quality,
           final.real_demand_score, final.speculative_intensity_index
    from {{ ref('int_network_metrics__ratios') }} as ratios
    inner join {{ ref('network_metrics_daily') }} as final
        on final.network_id = ratios.network_id and final.date = ratios.date
),

source_codes as (
    select
        *,
        case revenue_null_reason
            when 'not_available: no source exists' then 'no_source'
            when 'not_available: source not ingested yet' then 'source_not_ingested'
            when 'not_available: outside source coverage' then 'outside_source_coverage'
            when 'not_available: no same-day price' then 'no_price'
        end as revenue_code,
        case emissions_null_reason
            when 'not_available: no source exists' then 'no_source'
            when 'not_available: source not ingested yet' then 'source_not_ingested'
            when 'not_available: outside source coverage' then 'outside_source_coverage'
            when 'not_available: no same-day price' then 'no_price'
        end as emissions_code
    from metrics
)

{% for metric, inputs in metric_inputs.items() %}
select
    network_id,
    date,
    '{{ metric }}' as metric,
    case
        {%- for input in inputs %}
        {%- set flow = [] %}
        {%- for word, column in flow_of.items() if word in input and not flow %}{% do flow.append(column) %}{% endfor %}
        when {{ input }} is null then coalesce(
            {%- if flow %}{{ 'revenue_code' if flow[0] == 'revenue_null_reason' else 'emissions_code' }}, {% endif -%}
            'missing_input:{{ input }}')
        {%- endfor %}
        else 'zero_denominator'
    end as reason
from source_codes
where {{ metric }} is null
{% if not loop.last %}union all{% endif %}
{%- endfor %}
