-- Public form of fact_market_daily: one row per token and UTC day.
select
    token,
    network_id,
    date,
    price_usd,
    mcap_circ_usd,
    fdv_usd,
    spot_volume_usd,
    circ_supply,
    total_supply,
    max_supply,
    price_source,
    is_sample_data
from {{ ref('int_market__token_valuation_daily') }}
