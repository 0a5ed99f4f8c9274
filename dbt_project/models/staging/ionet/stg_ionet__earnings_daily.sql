-- Estimated supplier earnings per UTC day from the latest snapshot holding the day. A snapshot only
-- speaks for days up to its partition day and before the day it was fetched: a row for "today so far"
-- (date-only, so it cannot be told apart by its time) never enters facts.
with ranked as (
    select
        raw.*,
        row_number() over (partition by date order by snapshot_date desc, retrieved_at desc) as recency
    from {{ source('ionet', 'ionet_earnings_summary') }} as raw
    where date <= snapshot_date and date < cast(timezone('UTC', retrieved_at) as date)
)

select
    date,
    cast(daily_earnings_usd as double) as supplier_earnings_usd,
    cast(total_earnings_usd as double) as total_supplier_earnings_usd,
    true as is_estimated,
    snapshot_date,
    is_sample as is_sample_data
from ranked
where recency = 1
