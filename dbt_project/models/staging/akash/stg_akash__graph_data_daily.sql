-- The graph-data series side by side, one row per UTC day (already in whole tokens / USD / fractions).
select
    date,
    max(value_native) filter (where series = 'dailyUAktSpent') as akt_spent_native,
    max(value_native) filter (where series = 'dailyUUsdcSpent') as stable_spent_native,
    max(value_native) filter (where series = 'dailyUActSpent') as act_spent_native,
    max(value_native) filter (where series = 'dailyUUsdSpent') as usd_spent,
    max(value_native) filter (where series = 'totalUAktSpent') as total_akt_spent_native,
    max(value_native) filter (where series = 'totalUUsdSpent') as total_usd_spent,
    cast(max(value_native) filter (where series = 'activeLeaseCount') as bigint) as active_lease_count,
    cast(max(value_native) filter (where series = 'activeGPU') as bigint) as active_gpu,
    cast(max(value_native) filter (where series = 'gpuUtilization') as double) as gpu_utilization,
    max(value_native) filter (where series = 'dailyAktBurnedForAct') as akt_burned_for_act_native,
    max(value_native) filter (where series = 'dailyAktReminted') as akt_reminted_native,
    max(value_native) filter (where series = 'dailyNetAktBurned') as net_akt_burned_native,
    max(snapshot_date) as snapshot_date,
    bool_or(is_sample_data) as is_sample_data
from {{ ref('stg_akash__graph_data') }}
group by date
