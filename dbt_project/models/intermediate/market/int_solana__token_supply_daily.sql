-- On-chain total supply per Solana SPL token and day (a stock: a day without a pull has no row).
select
    token,
    date,
    total_supply,
    is_sample_data
from {{ ref('stg_solana__token_supply_daily') }}
