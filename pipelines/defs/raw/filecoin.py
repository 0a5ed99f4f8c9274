"""Filecoin: the Filecoin Data Portal daily tables and the Lotus burnt-funds actor."""

import os

import dagster as dg

from ... import ingest
from ...sources import filecoin_data_portal as fdp
from ..resources import HttpResource, WarehouseResource
from . import RAW, materialize_result, window_of


@dg.asset(key=["raw", "filecoin_fdp_network_metrics"], **RAW)
def filecoin_fdp_network_metrics(context: dg.AssetExecutionContext, http: HttpResource,
                                 warehouse: WarehouseResource) -> dg.MaterializeResult:
    """FDP daily network metrics (burn components, block rewards, power, supply, Filecoin Pay)."""
    with http.client() as client, warehouse.connect() as con:
        return materialize_result(ingest.ingest_filecoin_network_metrics(
            client, con, warehouse.landing_dir, window_of(context), table=fdp.DEFAULT_TABLE))


@dg.asset(key=["raw", "filecoin_fdp_deal_metrics"], **RAW)
def filecoin_fdp_deal_metrics(context: dg.AssetExecutionContext, http: HttpResource,
                              warehouse: WarehouseResource) -> dg.MaterializeResult:
    """FDP legacy daily metrics: client deal payments booked at sector start."""
    with http.client() as client, warehouse.connect() as con:
        return materialize_result(ingest.ingest_filecoin_deal_metrics(
            client, con, warehouse.landing_dir, window_of(context)))


@dg.asset(key=["raw", "filecoin_lotus_burnt_funds"], **RAW)
def filecoin_lotus_burnt_funds(context: dg.AssetExecutionContext, http: HttpResource,
                               warehouse: WarehouseResource) -> dg.MaterializeResult:
    """Balance of the burnt-funds actor f099 (Lotus JSON-RPC), dated by the day it was read."""
    with http.client() as client, warehouse.connect() as con:
        return materialize_result(ingest.ingest_filecoin_burnt_funds(
            client, con, warehouse.landing_dir, window_of(context), rpc_url=os.environ.get("FILECOIN_RPC_URL")))
