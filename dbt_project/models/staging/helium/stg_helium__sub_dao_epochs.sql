-- One row per subDAO and epoch (UTC day = epoch days since 1970) from the latest snapshot holding it.
-- Only epochs that had ended when the snapshot was taken: the running day's DC burn is partial.
with ranked as (
    select
        raw.*,
        row_number() over (partition by sub_dao, epoch order by snapshot_date desc, retrieved_at desc) as recency
    from {{ source('helium', 'helium_sub_dao_epoch_infos') }} as raw
)

select
    ranked.epoch,
    cast(timezone('UTC', to_timestamp(ranked.epoch * 86400)) as date) as date,
    ranked.sub_dao,
    sub_daos.sub_network,
    cast(ranked.dc_burned as decimal(38, 0)) as dc_burned,
    cast(ranked.dc_onboarding_fees_paid as decimal(38, 0)) as dc_onboarding_fees_paid_cumulative,
    cast(cast(ranked.hnt_rewards_issued as decimal(38, 0)) * cast(0.00000001 as decimal(38, 18))
         as decimal(38, 18)) as hnt_rewards_issued_native,
    cast(cast(ranked.delegation_rewards_issued as decimal(38, 0)) * cast(0.00000001 as decimal(38, 18))
         as decimal(38, 18)) as delegation_rewards_issued_native,
    ranked.rewards_issued_at,
    ranked.previous_percentage / 4294967295.0 as smoothed_utility_share,
    ranked.snapshot_date,
    ranked.retrieved_at,
    ranked.is_sample as is_sample_data
from ranked
inner join {{ ref('helium_sub_daos') }} as sub_daos on sub_daos.sub_dao = ranked.sub_dao
where ranked.recency = 1
  and to_timestamp((ranked.epoch + 1) * 86400) <= ranked.retrieved_at
