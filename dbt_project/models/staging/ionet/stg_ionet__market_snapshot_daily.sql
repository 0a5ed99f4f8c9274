-- Devices per hardware type (total / idle / hired) and the listed USD/h price, one snapshot per day.
with latest as (
    {{ latest_rows(source('ionet', 'ionet_market_snapshot'), 'snapshot_date, hardware_name', 'retrieved_at desc') }}
)

select
    snapshot_date as date,
    hardware_name,
    cast(price_usd_per_hour as double) as price_usd_per_hour,
    total as devices_total,
    idle as devices_idle,
    hired as devices_hired,
    is_sample as is_sample_data
from latest
