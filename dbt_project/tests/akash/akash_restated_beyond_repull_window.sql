{{ config(severity='warn') }}
-- Upstream changed days older than the re-pull window between two graph-data snapshots (the indexer
-- re-syncs AKT prices): each row is a restated day the daily re-pull would not have refreshed.
select series, date, previous_snapshot_date, snapshot_date, previous_value, value
from {{ ref('stg_akash__graph_data_restatements') }}
where is_beyond_repull_window
