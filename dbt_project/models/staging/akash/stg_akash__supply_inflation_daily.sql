-- Chain AKT supply (uakt ÷ 1e6) and annual mint inflation as of each pull, dated by its partition day.
with latest as (
    {{ latest_rows(source('akash', 'akash_supply_inflation'), 'snapshot_date', 'retrieved_at desc') }}
)

select
    snapshot_date as date,
    cast(total_supply_uakt as decimal(38, 12)) * cast(0.000001 as decimal(38, 6)) as total_supply_native,
    cast(inflation as double) as inflation_rate,
    is_sample as is_sample_data
from latest
