-- Tokens the emission schedules mint per UTC day of the Solana era, up to the day of the schedule
-- snapshot (Python twin: pipelines.sources.helium_emissions.expected_emissions). IOT and MOBILE are 0
-- from their HIP-138 dates although the files list rows to 2027.
with schedule as (
    select * from {{ ref('stg_helium__emission_schedules') }}
),

days as (
    select * from {{ ref('int_helium__params_daily') }}
    where date <= (select max(snapshot_date) from schedule)
),

scheduled as (
    select
        days.date,
        schedule.token,
        schedule.value as scheduled_native,
        case schedule.token
            when 'IOT' then days.iot_emissions_active = 1
            when 'MOBILE' then days.mobile_emissions_active = 1
            else true
        end as is_emitting,
        schedule.is_sample_data
    from days
    inner join schedule
        on schedule.value_unit = 'tokens_per_epoch'
        and days.date >= schedule.valid_from and (schedule.valid_to is null or days.date < schedule.valid_to)
)

select
    scheduled.date,
    scheduled.token,
    scheduled.scheduled_native,
    cast(case when scheduled.is_emitting then scheduled.scheduled_native else 0 end as decimal(38, 18))
        as emissions_native,
    cast(hst.value as integer) as hst_percent,
    scheduled.is_emitting,
    scheduled.is_sample_data
from scheduled
left join schedule as hst
    on hst.schedule = 'hst' and scheduled.token = 'HNT'
    and scheduled.date >= hst.valid_from and (hst.valid_to is null or scheduled.date < hst.valid_to)
