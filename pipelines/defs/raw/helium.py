"""Helium: emission schedules, sub-DAO / DAO epoch accounts (Solana RPC), hotspot counts."""

import os

import dagster as dg

from ... import ingest
from ..resources import HttpResource, WarehouseResource
from . import RAW, materialize_result, window_of


@dg.asset(key=["raw", "helium_emission_schedules"], **RAW)
def helium_emission_schedules(context: dg.AssetExecutionContext, http: HttpResource,
                              warehouse: WarehouseResource) -> dg.MaterializeResult:
    """HNT, IOT, MOBILE emission schedules and the HST share (helium-program-library)."""
    with http.client() as client, warehouse.connect() as con:
        return materialize_result(ingest.ingest_helium_emission_schedules(
            client, con, warehouse.landing_dir, window_of(context)))


@dg.asset(key=["raw", "helium_sub_dao_epoch_infos"], **RAW)
def helium_sub_dao_epoch_infos(context: dg.AssetExecutionContext, http: HttpResource,
                               warehouse: WarehouseResource) -> dg.MaterializeResult:
    """SubDaoEpochInfoV0 accounts (DC burned per sub-DAO and day) via getProgramAccounts."""
    with http.client() as client, warehouse.connect() as con:
        return materialize_result(ingest.ingest_helium_sub_dao_epoch_infos(
            client, con, warehouse.landing_dir, window_of(context), rpc_url=os.environ.get("SOLANA_RPC_URL")))


@dg.asset(key=["raw", "helium_dao_epoch_infos"], **RAW)
def helium_dao_epoch_infos(context: dg.AssetExecutionContext, http: HttpResource,
                           warehouse: WarehouseResource) -> dg.MaterializeResult:
    """DaoEpochInfoV0 accounts (total HNT rewards per day) via getProgramAccounts."""
    with http.client() as client, warehouse.connect() as con:
        return materialize_result(ingest.ingest_helium_dao_epoch_infos(
            client, con, warehouse.landing_dir, window_of(context), rpc_url=os.environ.get("SOLANA_RPC_URL")))


@dg.asset(key=["raw", "helium_hotspot_counts"], **RAW)
def helium_hotspot_counts(context: dg.AssetExecutionContext, http: HttpResource,
                          warehouse: WarehouseResource) -> dg.MaterializeResult:
    """Registered IoT and Mobile hotspots (entities API pagination metadata), a daily snapshot."""
    with http.client() as client, warehouse.connect() as con:
        return materialize_result(ingest.ingest_helium_hotspot_counts(
            client, con, warehouse.landing_dir, window_of(context)))
