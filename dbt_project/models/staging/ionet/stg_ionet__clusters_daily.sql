-- Running clusters and cumulative compute hours as of each pull, dated by its partition day.
with latest as (
    {{ latest_rows(source('ionet', 'ionet_clusters'), 'snapshot_date', 'retrieved_at desc') }}
)

select
    snapshot_date as date,
    running_clusters,
    cast(total_compute_hours_served as double) as total_compute_hours_served,
    is_sample as is_sample_data
from latest
