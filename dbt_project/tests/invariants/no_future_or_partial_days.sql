-- METRICS.md §8: no future or partial (current UTC) day in the facts.
select network_id, date
from {{ ref('fct_network_daily') }}
where date >= cast(timezone('UTC', now()) as date)
