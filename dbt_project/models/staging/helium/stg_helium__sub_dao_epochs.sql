-- One row per subDAO and epoch (UTC day = epoch days since 1970) from the latest snapshot holding it.
-- Only epochs that had ended when the snapshot was taken: the running day's DC burn is partial.
with latest as (
    {{ latest_rows(source('helium', 'helium_sub_dao_epoch_infos'), 'sub_dao, epoch') }}
)

select
    latest.epoch,
    cast(timezone('UTC', to_timestamp(latest.epoch * 86400)) as date) as date,
    latest.sub_dao,
    sub_daos.sub_network,
    cast(latest.dc_burned as decimal(38, 0)) as dc_burned,
    cast(latest.dc_onboarding_fees_paid as decimal(38, 0)) as dc_onboarding_fees_paid_cumulative,
    cast(cast(latest.hnt_rewards_issued as decimal(38, 0)) * cast(0.00000001 as decimal(38, 18))
         as decimal(38, 18)) as hnt_rewards_issued_native,
    cast(cast(latest.delegation_rewards_issued as decimal(38, 0)) * cast(0.00000001 as decimal(38, 18))
         as decimal(38, 18)) as delegation_rewards_issued_native,
    latest.rewards_issued_at,
    latest.previous_percentage / 4294967295.0 as smoothed_utility_share,
    latest.snapshot_date,
    latest.retrieved_at,
    latest.is_sample as is_sample_data
from latest
inner join {{ ref('helium_sub_daos') }} as sub_daos on sub_daos.sub_dao = latest.sub_dao
where to_timestamp((latest.epoch + 1) * 86400) <= latest.retrieved_at
