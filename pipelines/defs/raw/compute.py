"""Akash and io.net (compute networks), and SPL token supply on Solana."""

import os

from ... import ingest
from ...sources import akash
from . import raw_asset

akash_graph_data = raw_asset(
    "akash_graph_data", ingest.ingest_akash_graph_data,
    "Akash console graph-data series (lease spend, GPUs, utilization, BME), whole history per pull.")

akash_supply_inflation = raw_asset(
    "akash_supply_inflation",
    lambda client, con, landing, window: ingest.ingest_akash_supply_inflation(
        client, con, landing, window, lcd_url=os.environ.get("AKASH_LCD_URL") or akash.DEFAULT_LCD_URL),
    "AKT supply and mint inflation (Cosmos REST), dated by the day it was read.")

akash_pre_mine_unlocks = raw_asset(
    "akash_pre_mine_unlocks", ingest.ingest_akash_pre_mine_unlocks,
    "AKT pre-mine unlock schedule (vesting_unlock mints).")

ionet_earnings_summary = raw_asset(
    "ionet_earnings_summary", ingest.ingest_ionet_earnings_summary,
    "io.net explorer daily (estimated) supplier earnings, whole history per pull.")

ionet_clusters = raw_asset(
    "ionet_clusters", ingest.ingest_ionet_clusters,
    "io.net running clusters and compute hours served, dated by the day it was read.")

ionet_market_snapshot = raw_asset(
    "ionet_market_snapshot", ingest.ingest_ionet_market_snapshot,
    "io.net GPU market (total, idle, hired per hardware), dated by the day it was read.")

solana_token_supply = raw_asset(
    "solana_token_supply",
    lambda client, con, landing, window: ingest.ingest_solana_token_supply(
        client, con, landing, window, rpc_url=os.environ.get("SOLANA_RPC_URL")),
    "SPL token supply (getTokenSupply) of RENDER, HNT, IO, IOT, MOBILE, dated by the day it was read.")
