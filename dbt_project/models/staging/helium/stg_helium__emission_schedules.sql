-- The emission schedule in force per file, merged over file versions, from the latest snapshot.
-- A row pays the epochs whose end (next 00:00 UTC) is at or after its startTime
-- (get_emissions_at(end_of_epoch_ts) in helium-sub-daos), so it first pays the UTC day of
-- startTime - 1 s. A newer file version governs from its first row on; older ones only before.
with latest as (
    select raw.*
    from {{ source('helium', 'helium_emission_schedules') }} as raw
    where snapshot_date = (select max(snapshot_date) from {{ source('helium', 'helium_emission_schedules') }})
),

rows_with_day as (
    select
        *,
        cast(timezone('UTC', start_at - interval 1 second) as date) as first_paid_day,
        min(cast(timezone('UTC', start_at - interval 1 second) as date))
            over (partition by schedule, version_order) as version_first_day
    from latest
),

governing as (
    select older.*
    from rows_with_day as older
    where older.first_paid_day < coalesce((
        select min(newer.version_first_day) from rows_with_day as newer
        where newer.schedule = older.schedule and newer.version_order > older.version_order
    ), older.first_paid_day + 1)
)

select
    schedule,
    case when value_unit = 'tokens_per_epoch' then upper(schedule) end as token,
    value_unit,
    cast(value_text as decimal(38, 18)) as value,
    start_at,
    first_paid_day as valid_from,
    lead(first_paid_day) over (partition by schedule order by first_paid_day) as valid_to,
    git_ref,
    snapshot_date,
    is_sample as is_sample_data
from governing
