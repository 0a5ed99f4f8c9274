"""Helium: emission schedules, sub-DAO / DAO epoch accounts (Solana RPC), hotspot counts."""

import os

from ... import ingest
from . import raw_asset

helium_emission_schedules = raw_asset(
    "helium_emission_schedules", ingest.ingest_helium_emission_schedules,
    "HNT, IOT, MOBILE emission schedules and the HST share (helium-program-library).")

helium_sub_dao_epoch_infos = raw_asset(
    "helium_sub_dao_epoch_infos",
    lambda client, con, landing, window: ingest.ingest_helium_sub_dao_epoch_infos(
        client, con, landing, window, rpc_url=os.environ.get("SOLANA_RPC_URL")),
    "SubDaoEpochInfoV0 accounts (DC burned per sub-DAO and day) via getProgramAccounts.")

helium_dao_epoch_infos = raw_asset(
    "helium_dao_epoch_infos",
    lambda client, con, landing, window: ingest.ingest_helium_dao_epoch_infos(
        client, con, landing, window, rpc_url=os.environ.get("SOLANA_RPC_URL")),
    "DaoEpochInfoV0 accounts (total HNT rewards per day) via getProgramAccounts.")

helium_hotspot_counts = raw_asset(
    "helium_hotspot_counts", ingest.ingest_helium_hotspot_counts,
    "Registered IoT and Mobile hotspots (entities API pagination metadata), dated by the day it was read.")
