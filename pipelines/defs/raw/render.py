"""Render Foundation stats."""

import dagster as dg

from ... import ingest
from ..resources import HttpResource, WarehouseResource
from . import RAW, materialize_result, window_of


@dg.asset(key=["raw", "render_epoch_burns"], **RAW)
def render_epoch_burns(context: dg.AssetExecutionContext, http: HttpResource,
                       warehouse: WarehouseResource) -> dg.MaterializeResult:
    """Weekly RENDER burns per BME epoch (Render Foundation stats), one snapshot per pull."""
    with http.client() as client, warehouse.connect() as con:
        return materialize_result(ingest.ingest_render_epoch_burns(client, con, warehouse.landing_dir, window_of(context)))


@dg.asset(key=["raw", "render_liability_epochs"], **RAW)
def render_liability_epochs(context: dg.AssetExecutionContext, http: HttpResource,
                            warehouse: WarehouseResource) -> dg.MaterializeResult:
    """RENDER emissions owed per channel and epoch (Render Foundation stats), one snapshot per pull."""
    with http.client() as client, warehouse.connect() as con:
        return materialize_result(ingest.ingest_render_liability_epochs(client, con, warehouse.landing_dir,
                                                             window_of(context)))
