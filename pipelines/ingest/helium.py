"""Helium: emission schedule files, sub-DAO and DAO epoch accounts (Solana getProgramAccounts),
hotspot counts. Each is a whole-history or current-state snapshot stored under the window's last day."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pandas as pd

from ..schemas.raw.helium import (HeliumDaoEpochInfosRaw, HeliumEmissionSchedulesRaw, HeliumHotspotCountsRaw,
                                  HeliumSubDaoEpochInfosRaw)
from ..schemas.validation import validate
from ..sources import helium_emissions, helium_entities, helium_sub_daos
from ..warehouse import replace_window
from .core import LoadResult, Window, ingest_snapshot_of_many


def ingest_helium_emission_schedules(client, con, landing_root: Path, window: Window) -> LoadResult:
    calls = [(f"emissions_{name}_{ref[:12]}", helium_emissions.schedule_request(name, ref),
              partial(helium_emissions.parse_schedule, name=name, git_ref=ref))
             for name, refs in helium_emissions.VERSIONS.items() for ref in refs]
    return ingest_snapshot_of_many(client, con, landing_root, window, policy=helium_emissions.POLICY, calls=calls,
                             model=HeliumEmissionSchedulesRaw, table="raw.helium_emission_schedules",
                             keys=("schedule", "git_ref", "row_index"))


def _epoch_accounts(client, con, landing_root, window, rpc_url, account, model, table, keys) -> LoadResult:
    request = helium_sub_daos.program_accounts_request(account, rpc_url or helium_sub_daos.PUBLIC_RPC)
    parse = partial(helium_sub_daos.parse_program_accounts, account=account)
    return ingest_snapshot_of_many(client, con, landing_root, window, policy=helium_sub_daos.POLICY,
                             calls=[(f"gpa_{account}", request, parse)], model=model, table=table, keys=keys)


def ingest_helium_sub_dao_epoch_infos(client, con, landing_root: Path, window: Window,
                                      rpc_url: str | None = None) -> LoadResult:
    return _epoch_accounts(client, con, landing_root, window, rpc_url, "SubDaoEpochInfoV0",
                           HeliumSubDaoEpochInfosRaw, "raw.helium_sub_dao_epoch_infos", ("sub_dao", "epoch"))


def ingest_helium_dao_epoch_infos(client, con, landing_root: Path, window: Window,
                                  rpc_url: str | None = None) -> LoadResult:
    return _epoch_accounts(client, con, landing_root, window, rpc_url, "DaoEpochInfoV0",
                           HeliumDaoEpochInfosRaw, "raw.helium_dao_epoch_infos", ("dao", "epoch"))


def ingest_helium_hotspot_counts(client, con, landing_root: Path, window: Window) -> LoadResult:
    calls = [(f"pagination_metadata_{subnetwork}", helium_entities.pagination_metadata_request(subnetwork),
              partial(helium_entities.parse_pagination_metadata, subnetwork=subnetwork))
             for subnetwork in helium_entities.SUBNETWORKS]
    return ingest_snapshot_of_many(client, con, landing_root, window, policy=helium_entities.POLICY, calls=calls,
                             model=HeliumHotspotCountsRaw, table="raw.helium_hotspot_counts",
                             keys=("subnetwork",), current_state=True)
