-- Pre-mine (genesis allocation) AKT unlocked per date, from the latest pull of the curated schedule.
with ranked as (
    select
        raw.*,
        row_number() over (partition by date order by snapshot_date desc, retrieved_at desc) as recency
    from {{ source('akash', 'akash_pre_mine_unlocks') }} as raw
)

select
    date,
    cast(unlocked_akt as decimal(38, 18)) as unlocked_native,
    is_sample as is_sample_data
from ranked
where recency = 1
