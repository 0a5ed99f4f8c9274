-- fact_service_payment_daily shape. Users pay L1 tx fees in AR (real revenue at the same-day AR
-- price). The miner's share is supply-side. The rest goes to the storage endowment: locked, not
-- burned, not protocol revenue. It is gross_usd − to_provider_usd here (to_protocol_usd = 0) and
-- endowment_fee_native in int_arweave__chain_daily.
select
    'arweave' as network_id,
    chain.date,
    'AR' as pay_currency,
    cast(null as varchar) as sub_network,
    cast(chain.fee_native as double) as gross_native,
    cast(chain.fee_native as double) * market.price_usd as gross_usd,
    true as is_external,
    cast(chain.miner_fee_native as double) * market.price_usd as to_provider_usd,
    cast(0 as double) as to_protocol_usd,
    'market' as pricing_basis,
    'service_payment' as payment_type,
    'arweave_node' as source,
    false as is_interpolated,
    false as is_estimated,
    chain.is_sample_data
from {{ ref('int_arweave__chain_daily') }} as chain
left join {{ ref('int_market__token_daily') }} as market
    on market.token = 'AR' and market.date = chain.date
