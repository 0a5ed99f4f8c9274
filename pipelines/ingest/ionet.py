"""io.net explorer: earnings summary (whole history per pull), clusters and market snapshot (current
state, one snapshot per day)."""

from __future__ import annotations

from pathlib import Path

from ..schemas.raw.ionet import IonetClustersRaw, IonetEarningsSummaryRaw, IonetMarketSnapshotRaw
from ..sources import ionet
from .core import LoadResult, Window, ingest_snapshot


def ingest_ionet_earnings_summary(client, con, landing_root: Path, window: Window) -> LoadResult:
    return ingest_snapshot(
        client, con, landing_root, window, policy=ionet.POLICY, request=ionet.earnings_summary_request(),
        endpoint="total-earnings-summary", parse=ionet.parse_earnings_summary, model=IonetEarningsSummaryRaw,
        table="raw.ionet_earnings_summary", keys=("date",))


def ingest_ionet_clusters(client, con, landing_root: Path, window: Window) -> LoadResult:
    return ingest_snapshot(
        client, con, landing_root, window, policy=ionet.POLICY, request=ionet.clusters_request(),
        endpoint="clusters", parse=ionet.parse_clusters, model=IonetClustersRaw,
        table="raw.ionet_clusters", keys=(), current_state=True)


def ingest_ionet_market_snapshot(client, con, landing_root: Path, window: Window) -> LoadResult:
    return ingest_snapshot(
        client, con, landing_root, window, policy=ionet.POLICY, request=ionet.market_snapshot_request(),
        endpoint="market-snapshot", parse=ionet.parse_market_snapshot, model=IonetMarketSnapshotRaw,
        table="raw.ionet_market_snapshot", keys=("hardware_name",), current_state=True)
