-- fact_service_payment_daily shape. Real revenue = gross lease spend dailyUUsdSpent ÷ 1e6 as the indexer
-- values it (price_source akash_indexer: AKT at the day's CoinGecko price, USDC/ACT 1:1), by pay currency:
-- the stable spend at the peg, AKT = indexer USD − stable spend. Pre-BME the protocol takes 4 % of AKT and
-- 20 % of USDC (AEP-23, seed akash_params); from BME there is no take and the stable spend is ACT.
-- The BME day is mixed: its stable spend is split USDC / ACT and the AKT take prorated by the pre-BME
-- share of the day (seed), both estimates. The AKT burned for ACT is the same spend: never added here.
with days as (
    select date, akt_spent_native, stable_spent_native, usd_spent, is_sample_data
    from {{ ref('stg_akash__graph_data_daily') }}
    where usd_spent is not null and akt_spent_native is not null and stable_spent_native is not null
),

params as (
    select
        days.date,
        max(cast(p.value as double)) filter (where p.param = 'take_rate_akt') as take_rate_akt,
        max(cast(p.value as double)) filter (where p.param = 'take_rate_usdc') as take_rate_usdc,
        max(cast(p.value as double)) filter (where p.param = 'pre_bme_share_of_day') as pre_bme_share
    from days
    inner join {{ ref('akash_params') }} as p
        on days.date >= cast(p.valid_from as date)
        and (p.valid_to is null or days.date < cast(p.valid_to as date))
    group by days.date
),

by_currency as (
    select days.date, 'AKT' as pay_currency, cast(days.akt_spent_native as double) as gross_native,
           cast(days.usd_spent - days.stable_spent_native as double) as gross_usd,
           coalesce(params.take_rate_akt, 0) * params.pre_bme_share as take_rate, 'market' as pricing_basis,
           params.pre_bme_share, days.is_sample_data
    from days inner join params on params.date = days.date
    union all
    select days.date, 'USDC', cast(days.stable_spent_native as double) * params.pre_bme_share,
           cast(days.stable_spent_native as double) * params.pre_bme_share,
           params.take_rate_usdc, 'peg', params.pre_bme_share, days.is_sample_data
    from days inner join params on params.date = days.date
    where params.pre_bme_share > 0
    union all
    select days.date, 'ACT', cast(days.stable_spent_native as double) * (1 - params.pre_bme_share),
           cast(days.stable_spent_native as double) * (1 - params.pre_bme_share),
           0, 'peg', params.pre_bme_share, days.is_sample_data
    from days inner join params on params.date = days.date
    where params.pre_bme_share < 1
)

select
    'akash' as network_id,
    date,
    pay_currency,
    cast(null as varchar) as sub_network,
    gross_native,
    gross_usd,
    true as is_external,
    gross_usd * (1 - take_rate) as to_provider_usd,
    gross_usd * take_rate as to_protocol_usd,
    pricing_basis,
    'service_payment' as payment_type,
    'akash_console' as source,
    false as is_interpolated,
    pre_bme_share > 0 and pre_bme_share < 1 as is_estimated,
    is_sample_data
from by_currency
