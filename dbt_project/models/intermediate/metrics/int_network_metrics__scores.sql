-- Real-Demand Score (METRICS.md §4) and Speculative Intensity Index (§5).
-- RDS sub-scores come from 30-day inputs (90-day for S4) with the log mappings of §4 and the
-- weights of seeds/rds_weights.csv; SII is the mean cross-sectional percentile rank per day.
with weights as (
    select
        max(weight) filter (where sub_score = 's1_coverage') as w1,
        max(weight) filter (where sub_score = 's2_valuation_support') as w2,
        max(weight) filter (where sub_score = 's3_value_flow_share') as w3,
        max(weight) filter (where sub_score = 's4_demand_trend') as w4,
        max(weight) filter (where sub_score = 's5_revenue_quality') as w5,
        max(weight) filter (where sub_score = 's6_price_linkage') as w6
    from {{ ref('rds_weights') }}
),

inputs as (
    select
        ratios.network_id,
        ratios.date,
        ratios.real_revenue_usd_30d,
        ratios.emissions_usd_30d,
        -- S1 coverage: revenue with no emissions at all is full coverage
        case when ratios.emissions_usd_30d = 0 and ratios.real_revenue_usd_30d > 0 then 1e9
             else ratios.emission_coverage_30d end as s1_input_coverage,
        ratios.revenue_yield_fdv as s2_input_revenue_yield,
        ratios.revenue_share_of_value_flow_30d as s3_input_value_flow_share,
        case when ratios.real_revenue_usd_90d > 0 and ratios.real_revenue_usd_prev_90d = 0 then 1e9
             when ratios.real_revenue_usd_90d = 0 and ratios.real_revenue_usd_prev_90d > 0 then -1e9
             else {{ safe_ln(safe_divide('ratios.real_revenue_usd_90d', 'ratios.real_revenue_usd_prev_90d')) }}
        end as s4_input_log_growth_90d,
        {{ safe_divide('ratios.real_revenue_usd_30d', 'ratios.fees_gross_usd_30d') }} as s5_input_revenue_quality,
        linkage.price_usage_partial_r2 as s6_input_partial_r2,
        ratios.ps_fdv,
        ratios.speculative_multiple_30d,
        ratios.turnover_circ_mean_30d,
        ratios.fdv_usd
    from {{ ref('int_network_metrics__ratios') }} as ratios
    left join {{ ref('int_network_metrics__price_linkage') }} as linkage
        on linkage.network_id = ratios.network_id and linkage.date = ratios.date
),

subscores as (
    select
        inputs.*,
        {{ log_score('s1_input_coverage', 0.01, 2) }} as s1_coverage,
        {{ log_score('s2_input_revenue_yield', 0.001, 0.10) }} as s2_valuation_support,
        {{ log_score('s3_input_value_flow_share', 0.001, 0.10) }} as s3_value_flow_share,
        100 * (0.5 + 0.5 * tanh(s4_input_log_growth_90d)) as s4_demand_trend,
        {{ score_0_100('s5_input_revenue_quality') }} as s5_revenue_quality,
        {{ score_0_100('s6_input_partial_r2 / 0.3') }} as s6_price_linkage
    from inputs
),

real_demand as (
    select
        subscores.*,
        s1_coverage is not null and s2_valuation_support is not null and s3_value_flow_share is not null
            and s4_demand_trend is not null and s5_revenue_quality is not null as core_subscores_present,
        case
            when s6_price_linkage is not null
                then w1 * s1_coverage + w2 * s2_valuation_support + w3 * s3_value_flow_share
                     + w4 * s4_demand_trend + w5 * s5_revenue_quality + w6 * s6_price_linkage
            -- only S6 missing: the other weights are rescaled to sum to 1 (rds_partial)
            else (w1 * s1_coverage + w2 * s2_valuation_support + w3 * s3_value_flow_share
                  + w4 * s4_demand_trend + w5 * s5_revenue_quality) / (w1 + w2 + w3 + w4 + w5)
        end as rds_if_core_present
    from subscores
    cross join weights
),

rank_inputs as (
    select
        real_demand.*,
        -- zero real revenue ranks as the most speculative on P/S and volume/revenue
        case when real_revenue_usd_30d = 0 and fdv_usd is not null then 'infinity'::double else ps_fdv end as ps_fdv_rank_input,
        case when real_revenue_usd_30d = 0 then 'infinity'::double else speculative_multiple_30d end as volume_revenue_rank_input
    from real_demand
),

ranked as (
    select
        rank_inputs.*,
        case when ps_fdv_rank_input is not null then 100 * percent_rank() over (
            partition by date, ps_fdv_rank_input is null order by ps_fdv_rank_input) end as sii_rank_ps_fdv,
        case when volume_revenue_rank_input is not null then 100 * percent_rank() over (
            partition by date, volume_revenue_rank_input is null order by volume_revenue_rank_input) end as sii_rank_volume_revenue,
        case when turnover_circ_mean_30d is not null then 100 * percent_rank() over (
            partition by date, turnover_circ_mean_30d is null order by turnover_circ_mean_30d) end as sii_rank_turnover
    from rank_inputs
)

select
    network_id,
    date,
    s1_input_coverage,
    s2_input_revenue_yield,
    s3_input_value_flow_share,
    s4_input_log_growth_90d,
    s5_input_revenue_quality,
    s6_input_partial_r2,
    s1_coverage,
    s2_valuation_support,
    s3_value_flow_share,
    s4_demand_trend,
    s5_revenue_quality,
    s6_price_linkage,
    case when core_subscores_present then rds_if_core_present end as real_demand_score,
    core_subscores_present and s6_price_linkage is null as rds_partial,
    sii_rank_ps_fdv,
    sii_rank_volume_revenue,
    sii_rank_turnover,
    case when sii_rank_turnover is not null then
        (sii_rank_turnover + coalesce(sii_rank_ps_fdv, 0) + coalesce(sii_rank_volume_revenue, 0))
        / (1 + (sii_rank_ps_fdv is not null)::int + (sii_rank_volume_revenue is not null)::int)
    end as speculative_intensity_index,
    sii_rank_ps_fdv is null or sii_rank_volume_revenue is null as sii_partial
from ranked
