-- DC burned per subnetwork and UTC day. Data transfer: SubDaoEpochInfoV0.dc_burned, a per-epoch flow
-- (track_dc_burn_v0). Onboarding: dc_onboarding_fees_paid is a running total over *active* hotspots,
-- copied when the epoch account is first touched, so a day's onboarding DC is its change from the
-- previous epoch. Deactivations subtract, so the change is net: kept at >= 0 as a lower bound of new
-- onboarding fees and flagged estimated downstream. No onboarding value after a missing epoch.
with epochs as (
    select
        *,
        lag(epoch) over by_sub_dao as previous_epoch,
        lag(dc_onboarding_fees_paid_cumulative) over by_sub_dao as previous_onboarding_cumulative
    from {{ ref('stg_helium__sub_dao_epochs') }}
    window by_sub_dao as (partition by sub_dao order by epoch)
)

select
    date,
    sub_network,
    dc_burned as dc_data,
    case when previous_epoch = epoch - 1
         then dc_onboarding_fees_paid_cumulative - previous_onboarding_cumulative end as dc_onboarding_net_change,
    case when previous_epoch = epoch - 1
         then greatest(dc_onboarding_fees_paid_cumulative - previous_onboarding_cumulative, 0) end as dc_onboarding,
    is_sample_data
from epochs
