-- Days whose value changed from one graph-data snapshot to the next. The indexer re-syncs AKT prices
-- and recomputes the days concerned, so every pull restates recent days; a change dated more than
-- {{ var('akash_repull_days', 30) }} days before the newer snapshot is outside the re-pull window and flagged.
with pulls as (
    select
        series,
        date,
        snapshot_date,
        value,
        lag(value) over (partition by series, date order by snapshot_date) as previous_value,
        lag(snapshot_date) over (partition by series, date order by snapshot_date) as previous_snapshot_date,
        is_sample
    from {{ source('akash', 'akash_graph_data') }}
)

select
    series,
    date,
    previous_snapshot_date,
    snapshot_date,
    previous_value,
    value,
    {{ dbt.datediff('date', 'snapshot_date', 'day') }} as days_before_snapshot,
    {{ dbt.datediff('date', 'snapshot_date', 'day') }} > {{ var('akash_repull_days', 30) }} as is_beyond_repull_window,
    is_sample as is_sample_data
from pulls
where previous_snapshot_date is not null
    and cast(value as decimal(38, 12)) is distinct from cast(previous_value as decimal(38, 12))
