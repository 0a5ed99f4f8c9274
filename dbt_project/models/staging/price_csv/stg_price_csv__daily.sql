-- Imported daily prices, one row per token and day (latest import wins), without days before a
-- network's mainnet (e.g. FIL futures before 2020-10-15, from regime_events).
with mainnet as (
    select tokens.token, events.effective_date as mainnet_date
    from {{ ref('tokens') }} as tokens
    inner join {{ ref('regime_events') }} as events
        on events.network_id = tokens.network_id and events.regime = 'mainnet'
)

select
    imported.token,
    cast(imported.date as date) as date,
    imported.price_usd,
    imported.market_cap_usd,
    imported.volume_usd,
    'csv:' || imported.source_file as price_source
from {{ source('price_csv', 'price_csv_daily') }} as imported
left join mainnet on mainnet.token = imported.token
where mainnet.mainnet_date is null or imported.date >= mainnet.mainnet_date
qualify row_number() over (partition by imported.token, imported.date order by imported.imported_at desc) = 1
