"""Arweave, on-chain and incremental: blocks from the stored cursor, and their transactions."""

import os

import dagster as dg

from ... import ingest
from ...sources import arweave
from ..resources import HttpResource, WarehouseResource
from . import RAW, materialize_result, window_of


@dg.multi_asset(
    specs=[dg.AssetSpec(["raw", "arweave_blocks"], kinds={"python", "duckdb"},
                        description="Arweave blocks walked by height; the highest stored height is the cursor."),
           dg.AssetSpec(["raw", "arweave_txs"], kinds={"python", "duckdb"},
                        description="L1 transactions (fees) of the stored Arweave blocks.")],
    **{key: value for key, value in RAW.items() if key != "kinds"})
def arweave_chain(context: dg.AssetExecutionContext, http: HttpResource, warehouse: WarehouseResource):
    """Incremental Arweave walk (W1): blocks from the cursor up to the window end, and their txs."""
    with http.client() as client, warehouse.connect() as con:
        result = ingest.ingest_arweave_chain(client, con, warehouse.landing_dir, window_of(context),
                                             gateway=arweave.gateway_url(os.environ.get("ARWEAVE_GATEWAY_URL")))
    yield dg.MaterializeResult(asset_key=["raw", "arweave_blocks"], metadata=materialize_result(result).metadata)
    yield dg.MaterializeResult(asset_key=["raw", "arweave_txs"], metadata={
        "table": "raw.arweave_txs", "rows_loaded": result.notes["txs_loaded"], "is_sample_data": result.is_sample_data})
