-- Dated regime changes per network (METRICS.md §7) beside the parameters models join on by date.
select
    network_id,
    effective_date,
    date_precision,
    regime,
    change,
    pipeline_effect
from {{ ref('regime_events') }}
