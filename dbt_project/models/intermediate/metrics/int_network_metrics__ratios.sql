-- Ratios, multiples and growth (METRICS.md M09–M25) from the trailing windows. A window with
-- incomplete coverage is NULL, division by zero is NULL, nothing is forward-filled.
with previous as (
    select
        *,
        {{ days_ago('real_revenue_usd_7d', 7) }} as real_revenue_usd_prev_7d,
        {{ days_ago('real_revenue_usd_30d', 30) }} as real_revenue_usd_prev_30d,
        {{ days_ago('real_revenue_usd_90d', 90) }} as real_revenue_usd_prev_90d,
        {{ days_ago('real_revenue_usd_30d', 365) }} as real_revenue_usd_30d_year_ago,
        {{ days_ago('emissions_usd_30d', 30) }} as emissions_usd_prev_30d,
        {{ days_ago('burn_usd_30d', 30) }} as burn_usd_prev_30d,
        {{ days_ago('utilization_rate_mean_30d', 30) }} as utilization_rate_mean_prev_30d
    from {{ ref('int_network_metrics__windows') }}
),

metrics as (
    select
        previous.*,
        -- M09 burn-to-mint, M10 net supply change
        {{ safe_divide('burn_native_7d', 'bme_mints_native_7d') }} as burn_to_mint_ratio_7d,
        {{ safe_divide('burn_native_30d', 'bme_mints_native_30d') }} as burn_to_mint_ratio_30d,
        {{ safe_divide('burn_native_90d', 'bme_mints_native_90d') }} as burn_to_mint_ratio_90d,
        {{ safe_divide('burn_usd_30d', 'bme_mints_usd_30d') }} as burn_to_mint_ratio_usd_30d,
        {{ safe_divide('net_supply_change_native_30d', 'circ_supply_at_start_30d') }} as net_supply_change_pct_30d,
        {{ safe_divide('net_supply_change_native_90d', 'circ_supply_at_start_90d') }} as net_supply_change_pct_90d,
        -- M12 annualized revenue (Token Terminal: 30d × 365/30)
        real_revenue_usd_30d * 365.0 / 30 as annualized_revenue_30d,
        real_revenue_usd_90d * 365.0 / 90 as annualized_revenue_90d,
        fees_gross_usd_30d * 365.0 / 30 as annualized_fees_30d,
        -- M16 speculative multiple, M18 value-flow share, M19 subsidy
        {{ safe_divide('spot_volume_usd_7d', 'real_revenue_usd_7d') }} as speculative_multiple_7d,
        {{ safe_divide('spot_volume_usd_30d', 'real_revenue_usd_30d') }} as speculative_multiple_30d,
        {{ safe_divide('real_revenue_usd_30d', 'real_revenue_usd_30d + spot_volume_usd_30d') }} as revenue_share_of_value_flow_30d,
        {{ safe_divide('real_revenue_usd_30d', 'real_revenue_usd_30d + spot_volume_usd_30d + emissions_usd_30d') }}
            as revenue_share_of_value_flow_extended_30d,
        {{ safe_divide('emissions_usd_30d', 'real_revenue_usd_30d') }} as subsidy_ratio_30d,
        {{ safe_divide('real_revenue_usd_30d', 'emissions_usd_30d') }} as emission_coverage_30d,
        -- M21 provider revenue per unit of capacity per day, fee- and emission-funded
        {{ safe_divide('supply_side_fees_usd_30d', 'units_active_mean_30d * 30') }} as provider_fee_revenue_per_unit_30d,
        {{ safe_divide('provider_emissions_usd_30d', 'units_active_mean_30d * 30') }} as provider_emission_revenue_per_unit_30d,
        {{ safe_divide('supply_side_fees_usd_30d + provider_emissions_usd_30d', 'units_active_mean_30d * 30') }}
            as provider_revenue_per_unit_30d,
        -- M24 growth of the trailing sums against the previous window
        {{ safe_divide('real_revenue_usd_7d', 'real_revenue_usd_prev_7d') }} - 1 as real_revenue_growth_7d,
        {{ safe_divide('real_revenue_usd_30d', 'real_revenue_usd_prev_30d') }} - 1 as real_revenue_growth_30d,
        {{ safe_divide('real_revenue_usd_30d', 'real_revenue_usd_30d_year_ago') }} - 1 as real_revenue_growth_yoy,
        {{ safe_ln(safe_divide('real_revenue_usd_30d', 'real_revenue_usd_prev_30d')) }} as real_revenue_log_growth_30d,
        {{ safe_divide('emissions_usd_30d', 'emissions_usd_prev_30d') }} - 1 as emissions_usd_growth_30d,
        {{ safe_divide('burn_usd_30d', 'burn_usd_prev_30d') }} - 1 as burn_usd_growth_30d,
        {{ safe_divide('utilization_rate_mean_30d', 'utilization_rate_mean_prev_30d') }} - 1 as utilization_rate_growth_30d
    from previous
),

valuation as (
    select
        metrics.*,
        -- M13–M15, M25 valuation multiples on the main token
        {{ safe_divide('mcap_circ_usd', 'annualized_revenue_30d') }} as ps_circ,
        {{ safe_divide('fdv_usd', 'annualized_revenue_30d') }} as ps_fdv,
        {{ safe_divide('fdv_usd', 'annualized_revenue_90d') }} as ps_fdv_90d,
        {{ safe_divide('fdv_usd', 'annualized_fees_30d') }} as pf_fdv,
        {{ safe_divide('mcap_circ_usd', 'annualized_fees_30d') }} as pf_circ,
        {{ safe_divide('annualized_revenue_30d', 'fdv_usd') }} as revenue_yield_fdv,
        {{ safe_divide('provider_revenue_per_unit_30d', days_ago('provider_revenue_per_unit_30d', 30, 'metrics.network_id', 'metrics.date')) }} - 1
            as provider_revenue_per_unit_growth_30d,
        -- M22 provider margin from the editable cost assumptions
        {{ safe_divide(
            'provider_revenue_per_unit_30d - costs.power_kw_per_unit * 24 * costs.power_usd_per_kwh
             - costs.other_opex_usd_per_unit_day - costs.hardware_usd_per_unit / costs.hardware_life_days',
            'provider_revenue_per_unit_30d') }} as provider_margin_est_30d
    from metrics
    left join {{ ref('provider_cost_assumptions') }} as costs
        on costs.network_id = metrics.network_id and costs.unit = metrics.capacity_unit
)

select * from valuation
