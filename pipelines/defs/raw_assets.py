"""Raw assets: one per source entity, each a thin call into pipelines.ingest."""


import os
from datetime import date

import dagster as dg

from .. import ingest, registry
from .partitions import DAILY, SINGLE_RUN, WAREHOUSE_WRITER
from .resources import HttpResource, WarehouseResource


def _window(context: dg.AssetExecutionContext) -> ingest.Window:
    window = context.partition_time_window
    return ingest.Window(date.fromisoformat(window.start.strftime("%Y-%m-%d")),
                         date.fromisoformat(window.end.strftime("%Y-%m-%d")))


def _result(result: ingest.LoadResult) -> dg.MaterializeResult:
    return dg.MaterializeResult(metadata={
        "table": result.table,
        "rows_loaded": result.rows,
        "landing_files": len(result.landed),
        "is_sample_data": result.is_sample_data,
        **(result.notes or {}),
    })


_raw = dict(partitions_def=DAILY, backfill_policy=SINGLE_RUN, group_name="raw",
            kinds={"python", "duckdb"}, pool=WAREHOUSE_WRITER)


@dg.asset(key=["raw", "coingecko_market_chart"], **_raw)
def coingecko_market_chart(context: dg.AssetExecutionContext, http: HttpResource,
                           warehouse: WarehouseResource) -> dg.MaterializeResult:
    """Daily price, market cap and volume for every token of the registry (CoinGecko)."""
    with http.client() as client, warehouse.connect() as con:
        return _result(ingest.ingest_coingecko_market_chart(
            client, con, warehouse.landing_dir, _window(context), registry.tokens(),
            api_key=os.environ.get("COINGECKO_API_KEY"), plan=os.environ.get("COINGECKO_API_PLAN")))


@dg.asset(key=["raw", "render_epoch_burns"], **_raw)
def render_epoch_burns(context: dg.AssetExecutionContext, http: HttpResource,
                       warehouse: WarehouseResource) -> dg.MaterializeResult:
    """Weekly RENDER burns per BME epoch (Render Foundation stats), one snapshot per pull."""
    with http.client() as client, warehouse.connect() as con:
        return _result(ingest.ingest_render_epoch_burns(client, con, warehouse.landing_dir, _window(context)))


@dg.asset(key=["raw", "render_liability_epochs"], **_raw)
def render_liability_epochs(context: dg.AssetExecutionContext, http: HttpResource,
                            warehouse: WarehouseResource) -> dg.MaterializeResult:
    """RENDER emissions owed per channel and epoch (Render Foundation stats), one snapshot per pull."""
    with http.client() as client, warehouse.connect() as con:
        return _result(ingest.ingest_render_liability_epochs(client, con, warehouse.landing_dir,
                                                             _window(context)))


@dg.asset(key=["raw", "defillama_fees_daily"], **_raw)
def defillama_fees_daily(context: dg.AssetExecutionContext, http: HttpResource,
                         warehouse: WarehouseResource) -> dg.MaterializeResult:
    """DefiLlama fees, revenue and holders revenue (second source) with methodology per pull."""
    with http.client() as client, warehouse.connect() as con:
        return _result(ingest.ingest_defillama_fees(client, con, warehouse.landing_dir, _window(context),
                                                    registry.defillama_slugs(),
                                                    api_key=os.environ.get("DEFILLAMA_API_KEY")))
