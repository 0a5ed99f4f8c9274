-- Daily inputs per network (facts + the main token's market + BTC) and their trailing windows.
-- Window sums are NULL unless every day of the window has a value (METRICS.md §1).
with daily as (
    select
        facts.*,
        market.price_usd,
        market.mcap_circ_usd,
        market.fdv_usd,
        market.spot_volume_usd,
        market.circ_supply,
        benchmark.price_usd as benchmark_price_usd,
        facts.emissions_usd - facts.burn_usd as net_emission_usd,
        facts.holders_revenue_usd + facts.protocol_revenue_usd - facts.emissions_usd as earnings_usd,
        facts.emissions_native + coalesce(facts.settlement_mints_native, 0)
            + coalesce(facts.unlock_mints_native, 0) - facts.burn_native as net_supply_change_native,
        {{ safe_divide('market.spot_volume_usd', 'market.mcap_circ_usd') }} as turnover_circ,
        {{ safe_divide('market.spot_volume_usd', 'market.fdv_usd') }} as turnover_fdv
    from {{ ref('fct_network_daily') }} as facts
    inner join {{ ref('networks') }} as networks on networks.network_id = facts.network_id
    left join {{ ref('int_market__token_valuation_daily') }} as market
        on market.token = networks.main_token and market.date = facts.date
    left join {{ ref('int_market__token_valuation_daily') }} as benchmark
        on benchmark.token = '{{ var("market_benchmark_token") }}' and benchmark.date = facts.date
)

select
    *,
    {%- for days in [7, 30, 90] %}
    {{ trailing_sum('real_revenue_usd', days) }} as real_revenue_usd_{{ days }}d,
    {{ trailing_sum('fees_gross_usd', days) }} as fees_gross_usd_{{ days }}d,
    {{ trailing_sum('emissions_usd', days) }} as emissions_usd_{{ days }}d,
    {{ trailing_sum('burn_usd', days) }} as burn_usd_{{ days }}d,
    {{ trailing_sum('burn_native', days) }} as burn_native_{{ days }}d,
    {{ trailing_sum('bme_mints_native', days) }} as bme_mints_native_{{ days }}d,
    {{ trailing_sum('bme_mints_usd', days) }} as bme_mints_usd_{{ days }}d,
    {{ trailing_sum('spot_volume_usd', days) }} as spot_volume_usd_{{ days }}d,
    {{ trailing_sum('net_supply_change_native', days) }} as net_supply_change_native_{{ days }}d,
    {{ days_ago('circ_supply', days - 1) }} as circ_supply_at_start_{{ days }}d,
    {%- endfor %}
    {{ trailing_sum('supply_side_fees_usd', 30) }} as supply_side_fees_usd_30d,
    {{ trailing_sum('provider_emissions_usd', 30) }} as provider_emissions_usd_30d,
    {{ trailing_mean('units_active', 30) }} as units_active_mean_30d,
    {{ trailing_mean('utilization_rate', 30) }} as utilization_rate_mean_30d,
    {{ trailing_mean('turnover_circ', 30) }} as turnover_circ_mean_30d,
    {{ trailing_mean('turnover_fdv', 30) }} as turnover_fdv_mean_30d
from daily
