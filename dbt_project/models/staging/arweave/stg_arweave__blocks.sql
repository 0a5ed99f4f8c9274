-- One row per block height (latest retrieval wins), amounts in AR, weave in TB (1e12 bytes).
-- date is the UTC day of the block timestamp.
with latest as (
    {{ latest_rows(source('arweave', 'arweave_blocks'), 'height', 'retrieved_at desc') }}
)

select
    height,
    indep_hash,
    previous_block,
    block_at,
    cast(timezone('UTC', block_at) as date) as date,
    tx_count,
    cast(reward_winston as hugeint) as reward_winston,
    cast(reward_winston as decimal(38, 0)) * cast(0.000000000001 as decimal(38, 18)) as reward_native,
    cast(reward_pool_winston as decimal(38, 0)) * cast(0.000000000001 as decimal(38, 18)) as reward_pool_native,
    weave_size_bytes,
    weave_size_bytes / 1e12 as weave_size_tb,
    block_size_bytes,
    is_sample as is_sample_data
from latest
