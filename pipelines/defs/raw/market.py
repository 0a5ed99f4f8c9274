"""Market data and the independent second source: CoinGecko, DefiLlama."""

import os

import dagster as dg

from ... import ingest, registry
from ..resources import HttpResource, WarehouseResource
from . import RAW, materialize_result, window_of


@dg.asset(key=["raw", "coingecko_market_chart"], **RAW)
def coingecko_market_chart(context: dg.AssetExecutionContext, http: HttpResource,
                           warehouse: WarehouseResource) -> dg.MaterializeResult:
    """Daily price, market cap and volume for every token of the registry (CoinGecko)."""
    with http.client() as client, warehouse.connect() as con:
        return materialize_result(ingest.ingest_coingecko_market_chart(
            client, con, warehouse.landing_dir, window_of(context), registry.tokens(),
            api_key=os.environ.get("COINGECKO_API_KEY"), plan=os.environ.get("COINGECKO_API_PLAN")))


@dg.multi_asset(
    specs=[dg.AssetSpec(["raw", "defillama_fees_daily"], kinds={"python", "duckdb"},
                        description="DefiLlama daily fees, revenue and holders revenue per slug, one snapshot per pull."),
           dg.AssetSpec(["raw", "defillama_pulls"], kinds={"python", "duckdb"},
                        description="Status and methodology text of every DefiLlama series pull.")],
    **{key: value for key, value in RAW.items() if key != "kinds"})
def defillama_fees(context: dg.AssetExecutionContext, http: HttpResource, warehouse: WarehouseResource):
    """DefiLlama fees, revenue and holders revenue (second source) with methodology per pull."""
    with http.client() as client, warehouse.connect() as con:
        result = ingest.ingest_defillama_fees(client, con, warehouse.landing_dir, window_of(context),
                                              registry.defillama_slugs(), api_key=os.environ.get("DEFILLAMA_API_KEY"))
    yield dg.MaterializeResult(asset_key=["raw", "defillama_fees_daily"], metadata=materialize_result(result).metadata)
    yield dg.MaterializeResult(asset_key=["raw", "defillama_pulls"], metadata={"table": "raw.defillama_pulls"})
