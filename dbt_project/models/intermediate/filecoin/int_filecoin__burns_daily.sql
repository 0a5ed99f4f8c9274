-- fact_burn_daily shape from FDP (METRICS §6). Gas burns (base fee + over-estimation) are protocol
-- fees paid by storage providers; message penalties are penalties; the rest of the day's total
-- burn (Δ burnt funds: batch fees, cron fees and cron penalties, which FDP does not split) is
-- 'other'. Miner tips are paid to block producers and are never a burn. USD as delivered by FDP.
-- The rest is 0 when it is below a micro-FIL: FDP's doubles cannot carry more than that.
with fdp as (
    select * from {{ ref('stg_filecoin_data_portal__network_metrics_daily') }}
),

rest as (
    select
        date,
        total_burn_fil - base_fee_burn_fil - overestimation_burn_fil - sp_penalty_fil as burn_native,
        total_burn_usd - base_fee_burn_usd - overestimation_burn_usd - sp_penalty_usd as burn_usd,
        is_sample_data
    from fdp
),

typed as (
    select date, 'protocol_fee' as burn_type, base_fee_burn_fil + overestimation_burn_fil as burn_native,
           base_fee_burn_usd + overestimation_burn_usd as burn_usd, is_sample_data
    from fdp
    where base_fee_burn_fil is not null and overestimation_burn_fil is not null
    union all
    select date, 'penalty', sp_penalty_fil, sp_penalty_usd, is_sample_data
    from fdp
    where sp_penalty_fil is not null
    union all
    select date, 'other',
           case when abs(burn_native) < 0.000001 then 0 else burn_native end,
           case when abs(burn_native) < 0.000001 then 0 else burn_usd end,
           is_sample_data
    from rest
    where burn_native is not null
)

select
    'filecoin' as network_id,
    date,
    'FIL' as token,
    cast(burn_native as decimal(38, 18)) as burn_native,
    cast(burn_usd as double) as burn_usd,
    burn_type,
    'filecoin_data_portal_fil_price_avg' as price_source,
    'filecoin_data_portal' as source,
    false as is_interpolated,
    false as is_estimated,
    is_sample_data
from typed
