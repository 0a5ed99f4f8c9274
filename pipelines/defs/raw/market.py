"""Market data and the independent second source: CoinGecko, DefiLlama."""

import os

from ... import ingest, registry
from . import raw_asset, raw_tables_asset

coingecko_market_chart = raw_asset(
    "coingecko_market_chart",
    lambda client, con, landing, window: ingest.ingest_coingecko_market_chart(
        client, con, landing, window, registry.tokens(),
        api_key=os.environ.get("COINGECKO_API_KEY"), plan=os.environ.get("COINGECKO_API_PLAN")),
    "Daily price, market cap and volume for every token of the registry (CoinGecko).")

defillama_fees = raw_tables_asset(
    "defillama_fees",
    {"defillama_fees_daily": "DefiLlama daily fees, revenue and holders revenue per slug, one snapshot per pull.",
     "defillama_pulls": "Status and methodology text of every DefiLlama series pull."},
    lambda client, con, landing, window: ingest.ingest_defillama_fees(
        client, con, landing, window, registry.defillama_slugs(), api_key=os.environ.get("DEFILLAMA_API_KEY")),
    "DefiLlama fees, revenue and holders revenue (second source) with methodology per pull.")
