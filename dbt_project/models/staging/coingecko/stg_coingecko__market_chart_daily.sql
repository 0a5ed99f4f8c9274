-- One row per token and day; the latest retrieval wins if a day was loaded twice.
with ranked as (
    select
        raw.*,
        row_number() over (partition by coin_id, date order by retrieved_at desc) as recency
    from {{ source('coingecko', 'coingecko_market_chart') }} as raw
)

select
    tokens.token,
    ranked.coin_id,
    cast(ranked.date as date) as date,
    ranked.price_usd,
    ranked.market_cap_usd,
    ranked.volume_usd,
    'coingecko' as price_source,
    ranked.is_sample as is_sample_data
from ranked
inner join {{ ref('tokens') }} as tokens on tokens.coingecko_id = ranked.coin_id
where ranked.recency = 1
