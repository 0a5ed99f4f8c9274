-- Every pull whose methodology text differs from the previous pull of the same series.
with pulls as (
    select
        slug,
        data_type,
        snapshot_date,
        methodology_json,
        lag(methodology_json) over (partition by slug, data_type order by snapshot_date) as previous_methodology_json,
        lag(snapshot_date) over (partition by slug, data_type order by snapshot_date) as previous_snapshot_date
    from {{ source('defillama', 'defillama_pulls') }}
    where status = 'published'
)

select slug, data_type, previous_snapshot_date, snapshot_date as changed_on, previous_methodology_json, methodology_json
from pulls
where previous_snapshot_date is not null
  and methodology_json is distinct from previous_methodology_json
