-- fact_capacity_daily shape: GPUs in active leases and the console's GPU utilization
-- ((active + pending) ÷ (active + pending + available)). The total GPU count is not in graph-data.
select
    'akash' as network_id,
    date,
    'GPU' as unit,
    cast(null as double) as units_total,
    cast(active_gpu as double) as units_active,
    cast(null as double) as units_rewarded,
    gpu_utilization as utilization_rate,
    'akash_console' as source,
    false as is_estimated,
    is_sample_data
from {{ ref('stg_akash__graph_data_daily') }}
where active_gpu is not null or gpu_utilization is not null
