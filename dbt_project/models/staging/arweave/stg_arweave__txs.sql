-- One row per L1 transaction (latest retrieval wins); fee = the tx `reward` field, in AR.
with latest as (
    {{ latest_rows(source('arweave', 'arweave_txs'), 'tx_id', 'retrieved_at desc') }}
)

select
    tx_id,
    block_height,
    tx_index,
    format,
    cast(fee_winston as hugeint) as fee_winston,
    cast(fee_winston as decimal(38, 0)) * cast(0.000000000001 as decimal(38, 18)) as fee_native,
    cast(quantity_winston as decimal(38, 0)) * cast(0.000000000001 as decimal(38, 18)) as quantity_native,
    data_size_bytes,
    is_sample as is_sample_data
from latest
