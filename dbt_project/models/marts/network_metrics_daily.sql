-- Every metric of METRICS.md §3 (M01–M28) per network and UTC day, with the RDS sub-scores and
-- their inputs. Built from fct_network_daily and fct_token_market_daily through
-- int_network_metrics__{windows,ratios,price_linkage,scores}; docs per column in _marts.yml.
select
    ratios.network_id,
    ratios.date,
    ratios.regime,
    -- M01–M08 daily flows
    ratios.fees_gross_usd,
    ratios.real_revenue_usd,
    ratios.supply_side_fees_usd,
    ratios.protocol_revenue_usd,
    ratios.holders_revenue_usd,
    ratios.emissions_native,
    ratios.provider_emissions_native,
    ratios.emissions_usd,
    ratios.burn_native,
    ratios.burn_usd,
    ratios.burn_service_usd,
    -- M09–M11, M20
    ratios.burn_to_mint_ratio_7d,
    ratios.burn_to_mint_ratio_30d,
    ratios.burn_to_mint_ratio_90d,
    ratios.burn_to_mint_ratio_usd_30d,
    ratios.net_supply_change_native_30d,
    ratios.net_supply_change_pct_30d,
    ratios.net_supply_change_pct_30d * 365.0 / 30 as net_supply_change_pct_annualized_30d,
    ratios.net_supply_change_native_90d,
    ratios.net_supply_change_pct_90d,
    ratios.net_emission_usd,
    ratios.earnings_usd,
    -- M12 and market inputs (main token)
    ratios.real_revenue_usd_7d,
    ratios.real_revenue_usd_30d,
    ratios.real_revenue_usd_90d,
    ratios.real_revenue_usd_30d / 30 as real_revenue_usd_mean_30d,
    ratios.annualized_revenue_30d,
    ratios.annualized_revenue_90d,
    ratios.annualized_fees_30d,
    ratios.price_usd,
    ratios.mcap_circ_usd,
    ratios.fdv_usd,
    ratios.spot_volume_usd,
    -- M13–M19, M25
    ratios.ps_circ,
    ratios.ps_fdv,
    ratios.ps_fdv_90d,
    ratios.pf_fdv,
    ratios.pf_circ,
    ratios.speculative_multiple_7d,
    ratios.speculative_multiple_30d,
    ratios.turnover_circ,
    ratios.turnover_fdv,
    ratios.turnover_circ_mean_30d,
    ratios.turnover_fdv_mean_30d,
    ratios.revenue_share_of_value_flow_30d,
    ratios.revenue_share_of_value_flow_extended_30d,
    ratios.subsidy_ratio_30d,
    ratios.emission_coverage_30d,
    ratios.revenue_yield_fdv,
    -- M21–M23 providers and capacity
    ratios.capacity_unit,
    ratios.units_active,
    ratios.units_active_mean_30d,
    ratios.provider_revenue_per_unit_30d,
    ratios.provider_fee_revenue_per_unit_30d,
    ratios.provider_emission_revenue_per_unit_30d,
    ratios.provider_margin_est_30d,
    ratios.utilization_rate,
    ratios.utilization_rate_mean_30d,
    -- M24 rolling windows and growth
    ratios.emissions_usd_30d,
    ratios.burn_usd_30d,
    ratios.real_revenue_growth_7d,
    ratios.real_revenue_growth_30d,
    ratios.real_revenue_growth_yoy,
    ratios.real_revenue_log_growth_30d,
    ratios.emissions_usd_growth_30d,
    ratios.burn_usd_growth_30d,
    ratios.provider_revenue_per_unit_growth_30d,
    ratios.utilization_rate_growth_30d,
    -- M26–M28
    linkage.price_usage_partial_r2,
    linkage.unexplained_share,
    linkage.price_usage_computed_on,
    scores.s1_input_coverage,
    scores.s2_input_revenue_yield,
    scores.s3_input_value_flow_share,
    scores.s4_input_log_growth_90d,
    scores.s5_input_revenue_quality,
    scores.s6_input_partial_r2,
    scores.s1_coverage,
    scores.s2_valuation_support,
    scores.s3_value_flow_share,
    scores.s4_demand_trend,
    scores.s5_revenue_quality,
    scores.s6_price_linkage,
    scores.real_demand_score,
    case
        when scores.real_demand_score < 25 then 'speculative / subsidy-driven'
        when scores.real_demand_score < 50 then 'early real demand'
        when scores.real_demand_score <= 75 then 'usage-backed'
        when scores.real_demand_score > 75 then 'self-funding at a reasonable multiple'
    end as rds_band,
    scores.rds_partial,
    scores.speculative_intensity_index,
    scores.sii_partial,
    -- flags and reasons
    coalesce(ratios.pricing_basis like '%,%', false) as pricing_basis_mix,
    ratios.revenue_null_reason,
    ratios.emissions_null_reason,
    ratios.is_interpolated,
    ratios.is_estimated,
    ratios.is_sample_data
from {{ ref('int_network_metrics__ratios') }} as ratios
left join {{ ref('int_network_metrics__price_linkage') }} as linkage
    on linkage.network_id = ratios.network_id and linkage.date = ratios.date
left join {{ ref('int_network_metrics__scores') }} as scores
    on scores.network_id = ratios.network_id and scores.date = ratios.date
