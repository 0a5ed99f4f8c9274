-- METRICS.md §8 (warn): real revenue ≤ gross fees.
{{ config(severity='warn') }}
select network_id, date, real_revenue_usd, fees_gross_usd
from {{ ref('fct_network_daily') }}
where real_revenue_usd > fees_gross_usd * 1.000001
