-- fact_mint_daily shape. Block rewards net of the miner's fee share (counted as a provider
-- payment) → provider_reward; days priced by the inflation formula (before 2.6) are estimated.
select
    'arweave' as network_id,
    date,
    'AR' as token,
    emission_native as mint_native,
    'provider_reward' as mint_type,
    true as is_provider_emission,
    'arweave_node' as source,
    false as is_interpolated,
    emission_is_formula as is_estimated,
    is_sample_data
from {{ ref('int_arweave__chain_daily') }}
