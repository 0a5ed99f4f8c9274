-- Registered hotspots per subnetwork and snapshot day (latest retrieval of the day). A stock:
-- days without a snapshot stay missing.
with ranked as (
    select
        raw.*,
        row_number() over (partition by subnetwork, snapshot_date order by retrieved_at desc) as recency
    from {{ source('helium', 'helium_hotspot_counts') }} as raw
)

select
    subnetwork as sub_network,
    snapshot_date as date,
    total_items as hotspots_registered,
    page_size,
    total_pages,
    retrieved_at,
    is_sample as is_sample_data
from ranked
where recency = 1
