-- fact_mint_daily shape. Staking inflation → validator_staking: a day's mint ≈ supply × annual inflation
-- ÷ 365 from that day's chain snapshot (x/mint annual provisions = inflation × supply; estimated).
-- Post-BME AKT reminted to providers → settlement_remint: the payment leg of user spend, not an
-- incentive. The curated pre-mine schedule → vesting_unlock on its dates.
select
    'akash' as network_id,
    date,
    'AKT' as token,
    cast(cast(total_supply_native as double) * inflation_rate / 365 as decimal(38, 18)) as mint_native,
    'validator_staking' as mint_type,
    false as is_provider_emission,
    'akash_lcd' as source,
    false as is_interpolated,
    true as is_estimated,
    is_sample_data
from {{ ref('stg_akash__supply_inflation_daily') }}

union all

select
    'akash', date, 'AKT', cast(akt_reminted_native as decimal(38, 18)), 'settlement_remint', false,
    'akash_console', false, false, is_sample_data
from {{ ref('stg_akash__graph_data_daily') }}
where akt_reminted_native is not null

union all

select
    'akash', date, 'AKT', unlocked_native, 'vesting_unlock', false,
    'artemis_dbt_seeds', false, false, is_sample_data
from {{ ref('stg_akash__pre_mine_unlocks') }}
