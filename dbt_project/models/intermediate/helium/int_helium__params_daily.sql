-- Helium regime parameters per UTC day of the Solana era (seeds/helium_regime_params.csv), one
-- column per parameter, so models read "params.dc_usd_peg" instead of dates. Days run to the latest
-- day any Helium source has delivered.
with params as (
    select param, cast(value as double) as value, cast(valid_from as date) as valid_from,
           cast(valid_to as date) as valid_to
    from {{ ref('helium_regime_params') }}
),

bounds as (
    select
        (select min(valid_from) from params where param = 'solana_era') as first_day,
        list_max([
            (select max(snapshot_date) from {{ ref('stg_helium__emission_schedules') }}),
            (select max(date) from {{ ref('stg_helium__sub_dao_epochs') }}),
            (select max(date) from {{ ref('stg_helium__dao_epochs') }}),
            (select max(date) from {{ ref('stg_helium__hotspot_counts') }})
        ]) as last_day
),

days as (
    select {{ days_of_interval('first_day', 'last_day + 1') }} as date
    from bounds
    where last_day >= first_day
)

select
    days.date,
    max(params.value) filter (where params.param = 'dc_usd_peg') as dc_usd_peg,
    max(params.value) filter (where params.param = 'iot_emissions_active') as iot_emissions_active,
    max(params.value) filter (where params.param = 'mobile_emissions_active') as mobile_emissions_active,
    max(params.value) filter (where params.param = 'hnt_subdao_share_counted') as hnt_subdao_share_counted,
    max(params.value) filter (where params.param = 'net_emissions_cap_hnt_per_day') as net_emissions_cap_hnt_per_day,
    max(params.value) filter (where params.param = 'mobile_dc_per_gb') as mobile_dc_per_gb,
    max(params.value) filter (where params.param = 'carrier_usd_per_gb') as carrier_usd_per_gb
from days
left join params
    on days.date >= params.valid_from and (params.valid_to is null or days.date < params.valid_to)
group by days.date
