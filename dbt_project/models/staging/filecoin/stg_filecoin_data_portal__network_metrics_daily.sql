-- One row per UTC day from the latest FDP snapshot holding it. FDP delivers doubles in whole FIL,
-- PiB and USD: FIL amounts become exact decimals of the delivered value (through its shortest
-- text form, so 6665.81 stays 6665.81); USD and PiB stay doubles. FDP's protocol_revenue_* is the
-- day's total burn (Δ burnt funds, miner tips excluded), so it is named total_burn_* here.
with latest as (
    {{ latest_rows(source('filecoin_data_portal', 'filecoin_fdp_network_metrics'), 'date') }}
)

select
    cast(date as date) as date,
    cast(base_fee_burn_fil::varchar as decimal(38, 18)) as base_fee_burn_fil,
    cast(overestimation_burn_fil::varchar as decimal(38, 18)) as overestimation_burn_fil,
    cast(message_burn_fil::varchar as decimal(38, 18)) as message_burn_fil,
    cast(message_storage_provider_penalty_fil::varchar as decimal(38, 18)) as sp_penalty_fil,
    cast(protocol_revenue_fil::varchar as decimal(38, 18)) as total_burn_fil,
    cast(miner_tip_fil::varchar as decimal(38, 18)) as miner_tip_fil,
    cast(block_rewards_fil::varchar as decimal(38, 18)) as block_rewards_fil,
    base_fee_burn_usd,
    overestimation_burn_usd,
    message_burn_usd,
    message_storage_provider_penalty_usd as sp_penalty_usd,
    protocol_revenue_usd as total_burn_usd,
    miner_tip_usd,
    block_rewards_usd,
    filecoin_pay_paid_usd,
    fil_token_price_avg_usd as fil_price_usd,
    raw_power_pibs as raw_power_pib,
    quality_adjusted_power_pibs as qa_power_pib,
    onboarded_pibs as onboarded_pib,
    cast(circulating_fil::varchar as decimal(38, 18)) as circulating_fil,
    cast(burnt_fil::varchar as decimal(38, 18)) as burnt_fil,
    snapshot_date,
    is_sample as is_sample_data
from latest
