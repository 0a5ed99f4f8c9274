-- fact_capacity_daily shape: the weave (all data ever stored) at the day's last block, in TB.
-- Utilization is not meaningful for a permanent store; the daily growth is weave_growth_tb in
-- int_arweave__chain_daily. A day without blocks has no stock: no row (never forward-filled).
select
    'arweave' as network_id,
    date,
    'TB_weave' as unit,
    weave_size_tb as units_total,
    cast(null as double) as units_active,
    cast(null as double) as units_rewarded,
    cast(null as double) as utilization_rate,
    'arweave_node' as source,
    false as is_estimated,
    is_sample_data
from {{ ref('int_arweave__chain_daily') }}
where weave_size_tb is not null
