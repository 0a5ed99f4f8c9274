-- One row per DAO epoch whose rewards are calculated (done_calculating_scores), latest snapshot.
-- HNT amounts in whole HNT (bones / 1e8).
with latest as (
    {{ latest_rows(source('helium', 'helium_dao_epoch_infos'), 'dao, epoch') }}
)

select
    epoch,
    cast(timezone('UTC', to_timestamp(epoch * 86400)) as date) as date,
    dao,
    cast(cast(total_rewards as decimal(38, 0)) * cast(0.00000001 as decimal(38, 18)) as decimal(38, 18))
        as total_rewards_native,
    cast(cast(current_hnt_supply as decimal(38, 0)) * cast(0.00000001 as decimal(38, 18)) as decimal(38, 18))
        as current_hnt_supply_native,
    cast(cast(not_emitted as decimal(38, 0)) * cast(0.00000001 as decimal(38, 18)) as decimal(38, 18))
        as not_emitted_native,
    cast(cast(smoothed_hnt_burned as decimal(38, 0)) * cast(0.00000001 as decimal(38, 18)) as decimal(38, 18))
        as smoothed_hnt_burned_native,
    done_issuing_rewards,
    snapshot_date,
    is_sample as is_sample_data
from latest
where done_calculating_scores
  and to_timestamp((epoch + 1) * 86400) <= retrieved_at
