-- METRICS.md §8: rates lie in [0, 1].
select network_id, date, utilization_rate
from {{ ref('fct_network_daily') }}
where utilization_rate < 0 or utilization_rate > 1
