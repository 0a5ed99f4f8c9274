-- fact_mint_daily shape (METRICS.md §6). Schedule days: IOT and MOBILE at their own tokens until
-- HIP-138 (0 after); HNT's HST share; HNT's subDAO share only once it pays hotspots and delegators
-- (after HIP-138; before, it backs IOT/MOBILE in the subDAO treasuries and is not counted again).
-- Days with an observed DaoEpochInfoV0 add the net re-emission, total_rewards − schedule, split the
-- same way. Days between the two HIP-138 dates miss the IoT share of HNT: flagged estimated.
with expected as (
    select expected.*, params.hnt_subdao_share_counted = 1 as subdao_share_counted,
           params.iot_emissions_active <> params.mobile_emissions_active as is_hip138_transition
    from {{ ref('int_helium__expected_emissions_daily') }} as expected
    inner join {{ ref('int_helium__params_daily') }} as params on params.date = expected.date
),

hnt as (
    select * from expected where token = 'HNT' and hst_percent is not null
),

reemit as (
    select
        hnt.*,
        dao.total_rewards_native - hnt.scheduled_native as reemit_native,
        dao.is_sample_data as dao_is_sample_data
    from hnt
    inner join {{ ref('stg_helium__dao_epochs') }} as dao on dao.date = hnt.date
),

mints as (
    select date, token, emissions_native as mint_native, 'provider_reward' as mint_type,
           true as is_provider_emission, 'helium_program_library' as source, false as is_estimated, is_sample_data
    from expected
    where token in ('IOT', 'MOBILE')

    union all
    select date, token, emissions_native * hst_percent * 0.01, 'hst_holder_share',
           false, 'helium_program_library', is_hip138_transition, is_sample_data
    from hnt

    union all
    select date, token, emissions_native * (100 - hst_percent) * 0.01, 'provider_reward',
           true, 'helium_program_library', is_hip138_transition, is_sample_data
    from hnt
    where subdao_share_counted

    union all
    select date, token,
           reemit_native * (hst_percent + (100 - hst_percent) * cast(subdao_share_counted as integer)) * 0.01,
           'net_emission_reemit', subdao_share_counted, 'helium_sub_daos', is_hip138_transition,
           is_sample_data or dao_is_sample_data
    from reemit
)

select
    'helium' as network_id,
    date,
    token,
    cast(mint_native as decimal(38, 18)) as mint_native,
    mint_type,
    is_provider_emission,
    source,
    false as is_interpolated,
    is_estimated,
    is_sample_data
from mints
