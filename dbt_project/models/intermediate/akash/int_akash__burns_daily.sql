-- fact_burn_daily shape, from BME on (AEP-76). AKT burned for ACT is the burn leg of user spend already
-- counted as service payments, so it is split for the metrics to read right: the net burn
-- (dailyNetAktBurned, value capture, may be < 0) is 'service_payment' (holders revenue); the rest, matched
-- by the AKT reminted to providers (settlement_remint mints), is 'other'. Together they are the gross
-- AKT burned, so net supply change = mints − burns nets the settlement leg out.
with bme as (
    select date, akt_burned_for_act_native, net_akt_burned_native, is_sample_data
    from {{ ref('stg_akash__graph_data_daily') }}
    where akt_burned_for_act_native is not null and net_akt_burned_native is not null
),

legs as (
    select date, net_akt_burned_native as burn_native, 'service_payment' as burn_type, is_sample_data from bme
    union all
    select date, akt_burned_for_act_native - net_akt_burned_native, 'other', is_sample_data from bme
)

select
    'akash' as network_id,
    legs.date,
    'AKT' as token,
    cast(legs.burn_native as decimal(38, 18)) as burn_native,
    cast(legs.burn_native as double) * market.price_usd as burn_usd,
    legs.burn_type,
    market.price_source,
    'akash_console' as source,
    false as is_interpolated,
    false as is_estimated,
    legs.is_sample_data
from legs
left join {{ ref('int_market__token_daily') }} as market
    on market.token = 'AKT' and market.date = legs.date
