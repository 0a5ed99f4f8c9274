-- Registered hotspots per subnetwork and snapshot day (latest retrieval of the day). A stock:
-- days without a snapshot stay missing.
with latest as (
    {{ latest_rows(source('helium', 'helium_hotspot_counts'), 'subnetwork, snapshot_date', 'retrieved_at desc') }}
)

select
    subnetwork as sub_network,
    snapshot_date as date,
    total_items as hotspots_registered,
    page_size,
    total_pages,
    retrieved_at,
    is_sample as is_sample_data
from latest
