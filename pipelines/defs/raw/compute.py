"""Akash and io.net (compute networks), and SPL token supply on Solana."""

import os

import dagster as dg

from ... import ingest
from ...sources import akash
from ..resources import HttpResource, WarehouseResource
from . import RAW, materialize_result, window_of


@dg.asset(key=["raw", "akash_graph_data"], **RAW)
def akash_graph_data(context: dg.AssetExecutionContext, http: HttpResource,
                     warehouse: WarehouseResource) -> dg.MaterializeResult:
    """Akash console graph-data series (lease spend, GPUs, utilization, BME), whole history per pull."""
    with http.client() as client, warehouse.connect() as con:
        return materialize_result(ingest.ingest_akash_graph_data(client, con, warehouse.landing_dir, window_of(context)))


@dg.asset(key=["raw", "akash_supply_inflation"], **RAW)
def akash_supply_inflation(context: dg.AssetExecutionContext, http: HttpResource,
                           warehouse: WarehouseResource) -> dg.MaterializeResult:
    """AKT supply and mint inflation (Cosmos REST), dated by the day it was read."""
    with http.client() as client, warehouse.connect() as con:
        return materialize_result(ingest.ingest_akash_supply_inflation(
            client, con, warehouse.landing_dir, window_of(context),
            lcd_url=os.environ.get("AKASH_LCD_URL") or akash.DEFAULT_LCD_URL))


@dg.asset(key=["raw", "akash_pre_mine_unlocks"], **RAW)
def akash_pre_mine_unlocks(context: dg.AssetExecutionContext, http: HttpResource,
                           warehouse: WarehouseResource) -> dg.MaterializeResult:
    """AKT pre-mine unlock schedule (vesting_unlock mints)."""
    with http.client() as client, warehouse.connect() as con:
        return materialize_result(ingest.ingest_akash_pre_mine_unlocks(
            client, con, warehouse.landing_dir, window_of(context)))


@dg.asset(key=["raw", "ionet_earnings_summary"], **RAW)
def ionet_earnings_summary(context: dg.AssetExecutionContext, http: HttpResource,
                           warehouse: WarehouseResource) -> dg.MaterializeResult:
    """io.net explorer daily (estimated) supplier earnings, whole history per pull."""
    with http.client() as client, warehouse.connect() as con:
        return materialize_result(ingest.ingest_ionet_earnings_summary(
            client, con, warehouse.landing_dir, window_of(context)))


@dg.asset(key=["raw", "ionet_clusters"], **RAW)
def ionet_clusters(context: dg.AssetExecutionContext, http: HttpResource,
                   warehouse: WarehouseResource) -> dg.MaterializeResult:
    """io.net running clusters and compute hours served, dated by the day it was read."""
    with http.client() as client, warehouse.connect() as con:
        return materialize_result(ingest.ingest_ionet_clusters(client, con, warehouse.landing_dir, window_of(context)))


@dg.asset(key=["raw", "ionet_market_snapshot"], **RAW)
def ionet_market_snapshot(context: dg.AssetExecutionContext, http: HttpResource,
                          warehouse: WarehouseResource) -> dg.MaterializeResult:
    """io.net GPU market (total, idle, hired per hardware), dated by the day it was read."""
    with http.client() as client, warehouse.connect() as con:
        return materialize_result(ingest.ingest_ionet_market_snapshot(
            client, con, warehouse.landing_dir, window_of(context)))


@dg.asset(key=["raw", "solana_token_supply"], **RAW)
def solana_token_supply(context: dg.AssetExecutionContext, http: HttpResource,
                        warehouse: WarehouseResource) -> dg.MaterializeResult:
    """SPL token supply (getTokenSupply) of RENDER, HNT, IO, IOT, MOBILE, dated by the day it was read."""
    with http.client() as client, warehouse.connect() as con:
        return materialize_result(ingest.ingest_solana_token_supply(
            client, con, warehouse.landing_dir, window_of(context), rpc_url=os.environ.get("SOLANA_RPC_URL")))
