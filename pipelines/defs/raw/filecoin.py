"""Filecoin: the Filecoin Data Portal daily tables and the Lotus burnt-funds actor."""

import os

from ... import ingest
from . import raw_asset

filecoin_fdp_network_metrics = raw_asset(
    "filecoin_fdp_network_metrics", ingest.ingest_filecoin_network_metrics,
    "FDP daily network metrics (burn components, block rewards, power, supply, Filecoin Pay).")

filecoin_fdp_deal_metrics = raw_asset(
    "filecoin_fdp_deal_metrics", ingest.ingest_filecoin_deal_metrics,
    "FDP legacy daily metrics: client deal payments booked at sector start.")

filecoin_lotus_burnt_funds = raw_asset(
    "filecoin_lotus_burnt_funds",
    lambda client, con, landing, window: ingest.ingest_filecoin_burnt_funds(
        client, con, landing, window, rpc_url=os.environ.get("FILECOIN_RPC_URL")),
    "Balance of the burnt-funds actor f099 (Lotus JSON-RPC), dated by the day it was read.")
