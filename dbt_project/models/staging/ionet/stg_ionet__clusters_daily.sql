-- Running clusters and cumulative compute hours as of each pull, dated by its partition day.
with ranked as (
    select
        raw.*,
        row_number() over (partition by snapshot_date order by retrieved_at desc) as recency
    from {{ source('ionet', 'ionet_clusters') }} as raw
)

select
    snapshot_date as date,
    running_clusters,
    cast(total_compute_hours_served as double) as total_compute_hours_served,
    is_sample as is_sample_data
from ranked
where recency = 1
