-- fact_capacity_daily shape. Render publishes no capacity; the proxy is the node wallets paid in a
-- node_operator epoch (reported from 2025-05-28), held for each day of the epoch. Epochs without
-- wallet detail give no row (not available), never 0.
select
    'render' as network_id,
    {{ days_of_interval("timezone('UTC', start_at)", "timezone('UTC', end_at)") }} as date,
    'node' as unit,
    cast(null as double) as units_total,
    cast(wallets_reported as double) as units_active,
    cast(wallets_reported as double) as units_rewarded,
    cast(null as double) as utilization_rate,
    'render_foundation' as source,
    true as is_estimated,
    is_sample_data
from {{ ref('stg_render_foundation__liability_epochs') }}
where channel = 'node_operator' and wallets_reported > 0
