"""Fetch → land → parse → validate → load, per source. No Dagster here: the assets call these.

Each function loads one raw table for one partition window in one transaction, or raises and
leaves the table as it was.
"""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import duckdb
import pandas as pd

from .http_layer.client import ApiRequest, HttpClient, Response, SourcePolicy
from .landing import land
from .registry import Token
from .schemas import raw as raw_schemas
from .schemas.validation import validate
from .sources import coingecko, render_foundation
from .sources.errors import SourceDataError
from .warehouse import replace_window


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


def _fetch(client: HttpClient, policy: SourcePolicy, request: ApiRequest) -> Response:
    return client.request(policy, request.url, method=request.method, params=request.params,
                          headers=request.headers, json_body=request.json_body)


def _parse(window: Window, parse, *args) -> pd.DataFrame:
    try:
        return parse(*args)
    except SourceDataError as error:
        raise error.in_partition(window.key) from None


def _with_lineage(frame: pd.DataFrame, response: Response, landed: Path) -> pd.DataFrame:
    return frame.assign(
        landing_path=str(landed),
        body_sha256=response.body_sha256,
        retrieved_at=pd.Timestamp(response.retrieved_at).as_unit("us"),
        is_sample=response.is_sample,
    )


def _log_landing(con: duckdb.DuckDBPyConnection, window: Window, endpoint: str,
                 response: Response, landed: Path) -> None:
    entry = pd.DataFrame([{
        "source": response.source, "endpoint": endpoint, "url": response.url,
        "params_json": json.dumps(response.params, sort_keys=True),
        "retrieved_at": pd.Timestamp(response.retrieved_at).as_unit("us"),
        "http_status": response.status, "body_sha256": response.body_sha256,
        "landing_path": str(landed), "partition_key": window.key, "is_sample": response.is_sample,
    }])
    replace_window(con, "raw.landing_log", entry, "landing_path = ?", [str(landed)])


def ingest_coingecko_market_chart(
    client: HttpClient, con: duckdb.DuckDBPyConnection, landing_root: Path, window: Window,
    tokens: tuple[Token, ...], api_key: str | None = None, plan: str | None = None,
) -> LoadResult:
    base, headers = coingecko.api_base_and_headers(api_key, plan)
    policy = coingecko.policy(plan if api_key else None)
    coin_ids = sorted({token.coingecko_id for token in tokens})

    def fetch(coin_id: str) -> tuple[str, Response]:
        request = coingecko.market_chart_range_request(coin_id, window.start, window.end, base, headers)
        return coin_id, _fetch(client, policy, request)

    with ThreadPoolExecutor(max_workers=policy.concurrency) as pool:
        responses = list(pool.map(fetch, coin_ids))

    frames, landed = [], []
    for coin_id, response in responses:
        path = land(landing_root, window.key, f"market_chart_range_{coin_id}", response)
        landed.append((response, path))
        daily = _parse(window, coingecko.parse_market_chart, response.body, coin_id)
        in_window = daily[(daily["date"] >= window.start) & (daily["date"] < window.end)]
        frames.append(_with_lineage(in_window, response, path))
    frame = pd.concat(frames, ignore_index=True)
    frame = validate(raw_schemas.CoingeckoMarketChartRaw, frame, source=coingecko.SOURCE,
                     partition=window.key, keys=("coin_id", "date"))
    rows = replace_window(con, "raw.coingecko_market_chart", frame,
                          "date >= ? AND date < ? AND list_contains(?, coin_id)",
                          [window.start, window.end, coin_ids])
    for response, path in landed:
        _log_landing(con, window, "market_chart_range", response, path)
    return LoadResult("raw.coingecko_market_chart", rows, [str(p) for _, p in landed],
                      any(r.is_sample for r, _ in landed))


def _ingest_snapshot(client, con, landing_root, window, *, request, endpoint, parse, model, table, keys):
    """Whole-history sources: each pull is a snapshot stored under the window's last day."""
    response = _fetch(client, render_foundation.POLICY, request)
    path = land(landing_root, window.key, endpoint, response)
    frame = _with_lineage(_parse(window, parse, response.body), response, path).assign(snapshot_date=window.last_day)
    frame = validate(model, frame, source=render_foundation.SOURCE, partition=window.key, keys=keys)
    rows = replace_window(con, table, frame, "snapshot_date = ?", [window.last_day])
    _log_landing(con, window, endpoint, response, path)
    return LoadResult(table, rows, [str(path)], response.is_sample)


def ingest_render_epoch_burns(client, con, landing_root: Path, window: Window) -> LoadResult:
    return _ingest_snapshot(
        client, con, landing_root, window, request=render_foundation.epoch_burns_request(),
        endpoint="epoch-burn-stats", parse=render_foundation.parse_epoch_burns,
        model=raw_schemas.RenderEpochBurnsRaw, table="raw.render_epoch_burns", keys=("epoch_id",))


def ingest_render_liability_epochs(client, con, landing_root: Path, window: Window) -> LoadResult:
    return _ingest_snapshot(
        client, con, landing_root, window, request=render_foundation.liability_epochs_request(),
        endpoint="liability-epochs", parse=render_foundation.parse_liability_epochs,
        model=raw_schemas.RenderLiabilityEpochsRaw, table="raw.render_liability_epochs",
        keys=("channel", "epoch_id"))
