-- SPL token supply per token and day (base units ÷ 10^decimals), from the day's latest pull.
with latest as (
    {{ latest_rows(source('solana', 'solana_token_supply'), 'token, snapshot_date', 'retrieved_at desc') }}
)

select
    token,
    mint,
    snapshot_date as date,
    cast(amount_base_units as decimal(38, 0)) / power(10, decimals) as total_supply,
    decimals,
    slot,
    is_sample as is_sample_data
from latest
