-- METRICS.md §8: flows ≥ 0 (net fields excepted).
select network_id, date
from {{ ref('fct_network_daily') }}
where fees_gross_usd < 0 or real_revenue_usd < 0 or supply_side_fees_usd < 0 or protocol_revenue_usd < 0
   or emissions_native < 0 or emissions_usd < 0 or burn_usd < 0
