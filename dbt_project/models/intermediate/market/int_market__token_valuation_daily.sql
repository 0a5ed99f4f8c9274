-- fact_market_daily shape: prices with supply and valuation. FDV = price × max supply, or × total
-- supply where the token has no fixed maximum (CoinGecko's definition); total supply comes from
-- on-chain snapshots (Solana getTokenSupply) on the days they were read. Circulating supply is
-- implied by mcap ÷ price.
select
    market.token,
    market.network_id,
    market.date,
    market.price_usd,
    market.price_source,
    {{ safe_divide('market.mcap_circ_usd', 'market.price_usd') }} as circ_supply,
    supply.total_supply,
    tokens.max_supply,
    market.spot_volume_usd,
    market.mcap_circ_usd,
    market.price_usd * coalesce(tokens.max_supply, supply.total_supply) as fdv_usd,
    market.is_sample_data
from {{ ref('int_market__token_daily') }} as market
inner join {{ ref('tokens') }} as tokens on tokens.token = market.token
left join {{ ref('int_solana__token_supply_daily') }} as supply
    on supply.token = market.token and supply.date = market.date
