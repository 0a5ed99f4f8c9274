-- SPL token supply per token and day (base units ÷ 10^decimals), from the day's latest pull.
with ranked as (
    select
        raw.*,
        row_number() over (partition by token, snapshot_date order by retrieved_at desc) as recency
    from {{ source('solana', 'solana_token_supply') }} as raw
)

select
    token,
    mint,
    snapshot_date as date,
    cast(amount_base_units as decimal(38, 0)) / power(10, decimals) as total_supply,
    decimals,
    slot,
    is_sample as is_sample_data
from ranked
where recency = 1
