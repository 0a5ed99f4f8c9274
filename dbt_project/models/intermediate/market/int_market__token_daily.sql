-- fact_market_daily shape. CoinGecko's API first; imported price files fill days it did not deliver.
-- FDV = price × max supply (CoinGecko's definition); NULL where the token has no fixed maximum in the
-- tokens seed. Circulating supply is implied by mcap ÷ price.
with api as (
    select token, date, price_usd, market_cap_usd, volume_usd, price_source, is_sample_data
    from {{ ref('stg_coingecko__market_chart_daily') }}
),

imported as (
    select token, date, price_usd, market_cap_usd, volume_usd, price_source, false as is_sample_data
    from {{ ref('stg_price_csv__daily') }}
    where not exists (select 1 from api where api.token = stg_price_csv__daily.token and api.date = stg_price_csv__daily.date)
),

prices as (
    select * from api
    union all
    select * from imported
)

select
    prices.token,
    tokens.network_id,
    prices.date,
    prices.price_usd,
    prices.price_source,
    prices.volume_usd as spot_volume_usd,
    prices.market_cap_usd as mcap_circ_usd,
    prices.is_sample_data
from prices
inner join {{ ref('tokens') }} as tokens on tokens.token = prices.token
