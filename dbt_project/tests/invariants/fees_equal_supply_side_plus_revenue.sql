-- METRICS.md §8 (warn): fees ≈ supply-side + revenue (±1 %), revenue = holders + protocol.
{{ config(severity='warn') }}
select network_id, date, fees_gross_usd, supply_side_fees_usd, holders_revenue_usd, protocol_revenue_usd
from {{ ref('fct_network_daily') }}
where fees_gross_usd > 0
  and abs(fees_gross_usd - (coalesce(supply_side_fees_usd, 0) + coalesce(holders_revenue_usd, 0)
                            + coalesce(protocol_revenue_usd, 0))) > 0.01 * fees_gross_usd
