-- One row per token and day; the latest retrieval wins if a day was loaded twice.
with latest as (
    {{ latest_rows(source('coingecko', 'coingecko_market_chart'), 'coin_id, date', 'retrieved_at desc') }}
)

select
    tokens.token,
    latest.coin_id,
    cast(latest.date as date) as date,
    latest.price_usd,
    latest.market_cap_usd,
    latest.volume_usd,
    'coingecko' as price_source,
    latest.is_sample as is_sample_data
from latest
inner join {{ ref('tokens') }} as tokens on tokens.coingecko_id = latest.coin_id

