-- fact_mint_daily shape: block rewards minted per day (= Δ total_mined_reward of f02) are the
-- storage providers' incentive. Counted when minted; the 180-day vesting is ignored (METRICS §6).
select
    'filecoin' as network_id,
    date,
    'FIL' as token,
    block_rewards_fil as mint_native,
    'provider_reward' as mint_type,
    true as is_provider_emission,
    'filecoin_data_portal' as source,
    false as is_interpolated,
    false as is_estimated,
    is_sample_data
from {{ ref('stg_filecoin_data_portal__network_metrics_daily') }}
where block_rewards_fil is not null
