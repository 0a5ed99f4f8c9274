{{ config(severity='warn') }}
-- daily_earnings = diff(total_earnings) on consecutive days, to a cent.
with days as (
    select
        date,
        supplier_earnings_usd,
        total_supplier_earnings_usd - lag(total_supplier_earnings_usd) over (order by date) as total_diff,
        lag(date) over (order by date) as previous_date
    from {{ ref('stg_ionet__earnings_daily') }}
)

select date, supplier_earnings_usd, total_diff
from days
where previous_date = {{ dbt.dateadd('day', -1, 'date') }} and abs(supplier_earnings_usd - total_diff) > 0.01
