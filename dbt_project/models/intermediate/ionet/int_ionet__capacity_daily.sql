-- fact_capacity_daily shape: devices listed on the market snapshot (total) and hired (active);
-- utilization = hired ÷ total (the inventory "active/passive" labels are not usage).
select
    'io_net' as network_id,
    date,
    'GPU' as unit,
    cast(sum(devices_total) as double) as units_total,
    cast(sum(devices_hired) as double) as units_active,
    cast(null as double) as units_rewarded,
    {{ safe_divide('cast(sum(devices_hired) as double)', 'sum(devices_total)') }} as utilization_rate,
    'ionet_explorer' as source,
    false as is_estimated,
    bool_or(is_sample_data) as is_sample_data
from {{ ref('stg_ionet__market_snapshot_daily') }}
group by date
