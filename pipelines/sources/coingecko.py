"""CoinGecko daily market data (SOURCES.md §7): requests and parsing, no I/O.

Date convention (used everywhere): CoinGecko's 00:00 UTC point of day D is stored under date D.
A last point not at 00:00 UTC is the intraday "now" point and is dropped (partial day).
"""

from __future__ import annotations

import json
from datetime import date, datetime, timezone

import pandas as pd

from ..http_layer.client import ApiRequest, SourcePolicy
from .errors import SourceDataError

SOURCE = "coingecko"
PUBLIC_BASE = "https://api.coingecko.com/api/v3"
PRO_BASE = "https://pro-api.coingecko.com/api/v3"
SERIES = {"prices": "price_usd", "market_caps": "market_cap_usd", "total_volumes": "volume_usd"}
MS_PER_DAY = 86_400_000


def policy(plan: str | None) -> SourcePolicy:
    """Keyless ≈5/min shared per IP, Demo 100/min, Pro 500/min (SOURCES.md §7)."""
    per_minute = {"pro": 400, "demo": 90}.get(plan or "", 5)
    return SourcePolicy(SOURCE, requests_per_second=per_minute / 60, concurrency=2)


def api_base_and_headers(api_key: str | None, plan: str | None) -> tuple[str, dict]:
    if not api_key:
        return PUBLIC_BASE, {}
    if plan == "pro":
        return PRO_BASE, {"x-cg-pro-api-key": api_key}
    return PUBLIC_BASE, {"x-cg-demo-api-key": api_key}


def market_chart_range_request(coin_id: str, start: date, end: date, base: str = PUBLIC_BASE,
                               headers: dict | None = None) -> ApiRequest:
    """Daily points for days [start, end): ``to`` is end's 00:00, which CoinGecko includes."""
    return ApiRequest(
        url=f"{base}/coins/{coin_id}/market_chart/range",
        params={"vs_currency": "usd", "from": start.isoformat(), "to": end.isoformat(),
                "interval": "daily"},
        headers=headers or {},
    )


def parse_market_chart(body: bytes | str | dict, coin_id: str) -> pd.DataFrame:
    """``{"prices":[[ms,v]],"market_caps":…,"total_volumes":…}`` → one row per UTC day."""
    try:
        payload = json.loads(body) if isinstance(body, (bytes, str)) else body
    except json.JSONDecodeError as exc:
        raise SourceDataError(SOURCE, f"{coin_id}: body is not JSON ({exc})") from exc
    if not isinstance(payload, dict):
        raise SourceDataError(SOURCE, f"{coin_id}: expected an object, got {type(payload).__name__}")
    missing = [key for key in SERIES if key not in payload]
    if missing:
        raise SourceDataError(SOURCE, f"{coin_id}: series missing from body", column=missing[0])
    lengths = {key: len(payload[key]) for key in SERIES}
    if len(set(lengths.values())) != 1:
        raise SourceDataError(SOURCE, f"{coin_id}: series lengths differ {lengths}")

    timestamps = [int(point[0]) for point in payload["prices"]]
    for key in ("market_caps", "total_volumes"):
        bad = [i for i, point in enumerate(payload[key]) if int(point[0]) != timestamps[i]]
        if bad:
            raise SourceDataError(SOURCE, f"{coin_id}: timestamps differ from prices", column=key, rows=bad)
    off_midnight = [i for i, ts in enumerate(timestamps) if ts % MS_PER_DAY]
    if off_midnight and off_midnight != [len(timestamps) - 1]:
        raise SourceDataError(SOURCE, f"{coin_id}: points not at 00:00 UTC before the last",
                              column="prices", rows=off_midnight)
    keep = len(timestamps) - len(off_midnight)

    frame = pd.DataFrame({
        "coin_id": coin_id,
        "date": [datetime.fromtimestamp(ts / 1000, tz=timezone.utc).date() for ts in timestamps[:keep]],
        **{column: pd.array([point[1] for point in payload[key][:keep]], dtype="Float64")
           for key, column in SERIES.items()},
    })
    # CoinGecko writes 0 when it does not know the circulating supply: unknown, not zero.
    frame.loc[frame["market_cap_usd"] == 0, "market_cap_usd"] = pd.NA
    return frame
