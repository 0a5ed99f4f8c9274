-- Chain AKT supply (uakt ÷ 1e6) and annual mint inflation as of each pull, dated by its partition day.
with ranked as (
    select
        raw.*,
        row_number() over (partition by snapshot_date order by retrieved_at desc) as recency
    from {{ source('akash', 'akash_supply_inflation') }} as raw
)

select
    snapshot_date as date,
    cast(total_supply_uakt as decimal(38, 12)) * cast(0.000001 as decimal(38, 6)) as total_supply_native,
    cast(inflation as double) as inflation_rate,
    is_sample as is_sample_data
from ranked
where recency = 1
