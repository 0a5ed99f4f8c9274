-- Helium revenue four ways, side by side per UTC day (METRICS.md §6). M02 real revenue is the first.
--   dc_data_peg_usd        DC burned for data transfer (IoT + Mobile) x $0.00001           (M02)
--   dc_carrier_adj_usd     the same with Mobile DC at the carrier-paid rate instead of the
--                          $0.50/GB peg (HIP-149); NULL before a carrier rate is on record
--   dc_all_burned_usd      all DC burned, incl. onboarding (supply-side self-payment)
--   dc_minted_usd          DC minted (DefiLlama-before-2026 / Artemis style): no source ingested, NULL
with by_day as (
    select
        dc.date,
        sum(dc.dc_data) filter (where dc.sub_network = 'iot') as dc_data_iot,
        sum(dc.dc_data) filter (where dc.sub_network = 'mobile') as dc_data_mobile,
        sum(dc.dc_data) as dc_data,
        case when count(dc.dc_onboarding) = count(*) then sum(dc.dc_onboarding) end as dc_onboarding,
        bool_or(dc.is_sample_data) as is_sample_data
    from {{ ref('int_helium__dc_daily') }} as dc
    group by dc.date
)

select
    by_day.date,
    cast(by_day.dc_data as double) * params.dc_usd_peg as dc_data_peg_usd,
    cast(by_day.dc_data_iot as double) * params.dc_usd_peg
        + cast(by_day.dc_data_mobile as double) * params.dc_usd_peg
          * {{ safe_divide('params.carrier_usd_per_gb', 'params.mobile_dc_per_gb * params.dc_usd_peg') }}
        as dc_carrier_adj_usd,
    cast(by_day.dc_data + by_day.dc_onboarding as double) * params.dc_usd_peg as dc_all_burned_usd,
    cast(null as double) as dc_minted_usd,
    'dc_data_peg_usd' as m02_definition,
    case when params.carrier_usd_per_gb is null then 'not_available: no carrier-paid rate before HIP-149' end
        as dc_carrier_adj_null_reason,
    'not_available: DC mint events not ingested (Dune H2 or a mint indexer)' as dc_minted_null_reason,
    by_day.is_sample_data
from by_day
inner join {{ ref('int_helium__params_daily') }} as params on params.date = by_day.date
