"""Filecoin: FDP whole-history Parquet tables and the Lotus burnt-funds actor, one snapshot per pull."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from ..schemas.raw.filecoin import (FilecoinFdpDealMetricsRaw, FilecoinFdpNetworkMetricsRaw,
                                    FilecoinLotusBurntFundsRaw)
from ..sources import filecoin_data_portal as fdp
from ..sources import lotus
from .core import LoadResult, Window, ingest_snapshot


def _cutoff(window: Window):
    """Days kept: before the window's end and before today (UTC), so a partial day never lands.
    Taken before the fetch: crossing midnight during it only drops one more day, never adds one."""
    return min(window.end, datetime.now(timezone.utc).date())


def ingest_filecoin_network_metrics(client, con, landing_root: Path, window: Window,
                                    table: str = fdp.DEFAULT_TABLE) -> LoadResult:
    before = _cutoff(window)
    return ingest_snapshot(
        client, con, landing_root, window, policy=fdp.POLICY, request=fdp.table_request(table),
        endpoint=table, parse=lambda body: fdp.parse_daily_metrics(body, table, before),
        model=FilecoinFdpNetworkMetricsRaw, table="raw.filecoin_fdp_network_metrics", keys=("date",))


def ingest_filecoin_deal_metrics(client, con, landing_root: Path, window: Window) -> LoadResult:
    before = _cutoff(window)
    return ingest_snapshot(
        client, con, landing_root, window, policy=fdp.POLICY, request=fdp.table_request(fdp.DEAL_TABLE),
        endpoint=fdp.DEAL_TABLE, parse=lambda body: fdp.parse_daily_metrics(body, fdp.DEAL_TABLE, before),
        model=FilecoinFdpDealMetricsRaw, table="raw.filecoin_fdp_deal_metrics", keys=("date",))


def ingest_filecoin_burnt_funds(client, con, landing_root: Path, window: Window,
                                rpc_url: str | None = None) -> LoadResult:
    """``rpc_url``: FILECOIN_RPC_URL (read by the asset, never here); default the public Glif node."""
    return ingest_snapshot(
        client, con, landing_root, window, policy=lotus.POLICY,
        request=lotus.state_get_actor_request(lotus.BURNT_FUNDS_ACTOR, rpc_url),
        endpoint="state_get_actor_f099", parse=lotus.parse_state_get_actor,
        model=FilecoinLotusBurntFundsRaw, table="raw.filecoin_lotus_burnt_funds", keys=("actor",),
        current_state=True)
