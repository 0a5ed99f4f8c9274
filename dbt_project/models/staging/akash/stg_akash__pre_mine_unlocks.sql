-- Pre-mine (genesis allocation) AKT unlocked per date, from the latest pull of the curated schedule.
with latest as (
    {{ latest_rows(source('akash', 'akash_pre_mine_unlocks'), 'date') }}
)

select
    date,
    cast(unlocked_akt as decimal(38, 18)) as unlocked_native,
    is_sample as is_sample_data
from latest
