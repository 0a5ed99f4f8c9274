-- fact_market_daily shape. FDV = price × max supply (CoinGecko's definition); NULL where the
-- token has no fixed maximum in the tokens seed. Circulating supply is implied by mcap ÷ price.
select
    stg.token,
    tokens.network_id,
    stg.date,
    stg.price_usd,
    stg.price_source,
    {{ safe_divide('stg.market_cap_usd', 'stg.price_usd') }} as circ_supply,
    cast(null as double) as total_supply,
    tokens.max_supply,
    stg.volume_usd as spot_volume_usd,
    stg.market_cap_usd as mcap_circ_usd,
    stg.price_usd * tokens.max_supply as fdv_usd,
    stg.is_sample_data
from {{ ref('stg_coingecko__market_chart_daily') }} as stg
inner join {{ ref('tokens') }} as tokens on tokens.token = stg.token
