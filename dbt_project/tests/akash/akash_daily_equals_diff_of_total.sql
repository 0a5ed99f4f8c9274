{{ config(severity='warn') }}
-- METRICS §8: daily* = diff(total*) on consecutive days, to one base unit (1e-6) plus float noise.
with days as (
    select
        date,
        akt_spent_native,
        usd_spent,
        total_akt_spent_native - lag(total_akt_spent_native) over (order by date) as akt_total_diff,
        total_usd_spent - lag(total_usd_spent) over (order by date) as usd_total_diff,
        lag(date) over (order by date) as previous_date
    from {{ ref('stg_akash__graph_data_daily') }}
)

select date, akt_spent_native, akt_total_diff, usd_spent, usd_total_diff
from days
where previous_date = {{ dbt.dateadd('day', -1, 'date') }}
    and (abs(akt_spent_native - akt_total_diff) > 0.000001 or abs(usd_spent - usd_total_diff) > 0.000001)
