-- DefiLlama daily fees, revenue and holders revenue per slug, from the latest pull of each day.
with latest as (
    select *
    from {{ source('defillama', 'defillama_fees_daily') }}
    qualify row_number() over (partition by slug, data_type, date order by snapshot_date desc) = 1
)

select
    slug,
    cast(date as date) as date,
    max(value_usd) filter (where data_type = 'dailyFees') as fees_usd,
    max(value_usd) filter (where data_type = 'dailyRevenue') as revenue_usd,
    max(value_usd) filter (where data_type = 'dailyHoldersRevenue') as holders_revenue_usd,
    bool_or(is_sample) as is_sample_data
from latest
group by slug, date
