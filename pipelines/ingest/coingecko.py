"""CoinGecko daily market data for every registry token, one window per call."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import duckdb
import pandas as pd

from ..http_layer.client import HttpClient, Response
from ..landing import land
from ..registry import Token
from ..schemas.raw.coingecko import CoingeckoMarketChartRaw
from ..schemas.validation import validate
from ..sources import coingecko
from ..warehouse import replace_window
from .core import LoadResult, Window, fetch, log_landing, parse_in, with_lineage


def ingest_coingecko_market_chart(
    client: HttpClient, con: duckdb.DuckDBPyConnection, landing_root: Path, window: Window,
    tokens: tuple[Token, ...], api_key: str | None = None, plan: str | None = None,
) -> LoadResult:
    base, headers = coingecko.api_base_and_headers(api_key, plan)
    policy = coingecko.policy(plan if api_key else None)
    coin_ids = sorted({token.coingecko_id for token in tokens})

    def fetch_coin(coin_id: str) -> tuple[str, Response]:
        request = coingecko.market_chart_range_request(coin_id, window.start, window.end, base, headers)
        return coin_id, fetch(client, policy, request)

    with ThreadPoolExecutor(max_workers=policy.concurrency) as pool:
        responses = list(pool.map(fetch_coin, coin_ids))

    frames, landed = [], []
    for coin_id, response in responses:
        path = land(landing_root, window.key, f"market_chart_range_{coin_id}", response)
        landed.append((response, path))
        daily = parse_in(window, coingecko.parse_market_chart, response.body, coin_id)
        in_window = daily[(daily["date"] >= window.start) & (daily["date"] < window.end)]
        frames.append(with_lineage(in_window, response, path))
    frame = validate(CoingeckoMarketChartRaw, pd.concat(frames, ignore_index=True),
                     source=coingecko.SOURCE, partition=window.key, keys=("coin_id", "date"))
    rows = replace_window(con, "raw.coingecko_market_chart", frame,
                          "date >= ? AND date < ? AND list_contains(?, coin_id)",
                          [window.start, window.end, coin_ids])
    for response, path in landed:
        log_landing(con, window, "market_chart_range", response, path)
    return LoadResult("raw.coingecko_market_chart", rows, [str(p) for _, p in landed],
                      any(r.is_sample for r, _ in landed))
