-- METRICS.md §8 (warn): Render node_operator ≈ 15,000 RENDER per weekly epoch from 2024-06-05.
{{ config(severity='warn') }}
select channel, epoch_id, start_at, amount_due_native
from {{ ref('stg_render_foundation__liability_epochs') }}
where channel = 'node_operator'
  and start_at >= (select valid_from from {{ ref('regime_params') }}
                   where network_id = 'render' and param = 'node_operator_render_per_epoch' and value = 15000)
  and abs(amount_due_native - 15000) > 1
