"""What every ingest shares: the partition window, fetching, landing, lineage, validated loads."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Callable

import duckdb
import pandas as pd
import pandera.pandas as pa

from ..http_layer.client import ApiRequest, HttpClient, Response, SourcePolicy
from ..landing import land
from ..schemas.validation import validate
from ..sources.errors import SourceDataError
from ..warehouse import replace_window


@dataclass(frozen=True)
class Window:
    """Partition days [start, end) and the key Dagster knows them by."""

    start: date
    end: date

    @property
    def key(self) -> str:
        last = self.end - timedelta(days=1)
        return self.start.isoformat() if last == self.start else f"{self.start}..{last}"

    @property
    def last_day(self) -> date:
        return self.end - timedelta(days=1)


@dataclass(frozen=True)
class LoadResult:
    table: str
    rows: int
    landed: list[str]
    is_sample_data: bool
    notes: dict | None = None  # anything worth showing as asset metadata (e.g. a cursor)


def fetch(client: HttpClient, policy: SourcePolicy, request: ApiRequest) -> Response:
    return client.request(policy, request.url, method=request.method, params=request.params,
                          headers=request.headers, json_body=request.json_body,
                          accept_statuses=request.accept_statuses)


def parse_in(window: Window, parse: Callable, *args) -> pd.DataFrame:
    """Run a pure parser; its errors gain the partition they happened in."""
    try:
        return parse(*args)
    except SourceDataError as error:
        raise error.in_partition(window.key) from None


def with_lineage(frame: pd.DataFrame, response: Response, landed: Path) -> pd.DataFrame:
    return frame.assign(
        landing_path=str(landed),
        body_sha256=response.body_sha256,
        retrieved_at=pd.Timestamp(response.retrieved_at).as_unit("us"),
        is_sample=response.is_sample,
    )


def log_landing(con: duckdb.DuckDBPyConnection, window: Window, endpoint: str,
                response: Response, landed: Path) -> None:
    entry = pd.DataFrame([{
        "source": response.source, "endpoint": endpoint, "url": response.url,
        "params_json": json.dumps(response.params, sort_keys=True),
        "retrieved_at": pd.Timestamp(response.retrieved_at).as_unit("us"),
        "http_status": response.status, "body_sha256": response.body_sha256,
        "landing_path": str(landed), "partition_key": window.key, "is_sample": response.is_sample,
    }])
    replace_window(con, "raw.landing_log", entry, "landing_path = ?", [str(landed)])


def fetch_and_land(client: HttpClient, policy: SourcePolicy, request: ApiRequest, landing_root: Path,
                   window: Window, endpoint: str) -> tuple[Response, Path]:
    response = fetch(client, policy, request)
    return response, land(landing_root, window.key, endpoint, response)


def ingest_snapshot_of_many(
    client: HttpClient, con: duckdb.DuckDBPyConnection, landing_root: Path, window: Window, *,
    policy: SourcePolicy, calls: list[tuple[str, ApiRequest, Callable[[bytes], pd.DataFrame]]],
    model: type[pa.DataFrameModel], table: str, keys: tuple[str, ...], current_state: bool = False,
) -> LoadResult:
    """Whole-history sources: each pull is a snapshot stored under the window's last day; staging
    keeps, per key, the row of the latest snapshot. ``current_state`` sources (an RPC balance, a
    count) only know "now": their snapshot is dated by the UTC day it was read, so a backfill of
    an old partition never files today's value under an old date. ``calls`` are (endpoint,
    request, parser); every body lands, then all rows or none are written."""
    frames, landed = [], []
    for endpoint, request, parse in calls:
        response, path = fetch_and_land(client, policy, request, landing_root, window, endpoint)
        frames.append(with_lineage(parse_in(window, parse, response.body), response, path))
        landed.append((endpoint, response, path))
    snapshot_date = landed[0][1].retrieved_at.date() if current_state else window.last_day
    frame = pd.concat(frames, ignore_index=True).assign(snapshot_date=snapshot_date)
    frame = validate(model, frame, source=policy.name, partition=window.key, keys=keys)
    rows = replace_window(con, table, frame, "snapshot_date = ?", [snapshot_date])
    for endpoint, response, path in landed:
        log_landing(con, window, endpoint, response, path)
    return LoadResult(table, rows, [str(path) for *_, path in landed],
                      any(response.is_sample for _, response, _ in landed))


def ingest_snapshot(
    client: HttpClient, con: duckdb.DuckDBPyConnection, landing_root: Path, window: Window, *,
    policy: SourcePolicy, request: ApiRequest, endpoint: str, parse: Callable[[bytes], pd.DataFrame],
    model: type[pa.DataFrameModel], table: str, keys: tuple[str, ...], current_state: bool = False,
) -> LoadResult:
    """One request as one snapshot (see ``ingest_snapshot_of_many``)."""
    return ingest_snapshot_of_many(client, con, landing_root, window, policy=policy,
                                   calls=[(endpoint, request, parse)], model=model, table=table,
                                   keys=keys, current_state=current_state)
