-- Filecoin flows are never negative and utilization is a fraction (METRICS §8).
select 'burn' as fact, date, cast(burn_native as double) as value from {{ ref('int_filecoin__burns_daily') }} where burn_native < 0
union all
select 'mint', date, cast(mint_native as double) from {{ ref('int_filecoin__mints_daily') }} where mint_native < 0
union all
select 'payment', date, gross_native from {{ ref('int_filecoin__service_payments_daily') }} where gross_native < 0
union all
select 'utilization', date, utilization_rate from {{ ref('int_filecoin__capacity_daily') }}
where utilization_rate < 0 or utilization_rate > 1
