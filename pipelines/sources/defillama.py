"""DefiLlama fees/revenue (SOURCES.md §8): an independent second source, with its methodology.

``GET /summary/fees/{slug}?dataType=dailyFees|dailyRevenue|dailyHoldersRevenue`` returns the whole
history (USD, unix seconds at 00:00 UTC) plus a ``methodology`` object that is stored on every pull.
HTTP 400 "… not found" means the series is not published: recorded as ``not_published``.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pandas as pd

from ..http_layer.client import ApiRequest, SourcePolicy
from .errors import SourceDataError

SOURCE = "defillama"
PUBLIC_BASE = "https://api.llama.fi"
PRO_BASE = "https://pro-api.llama.fi"
DATA_TYPES = ("dailyFees", "dailyRevenue", "dailyHoldersRevenue")
POLICY = SourcePolicy(SOURCE, requests_per_second=2.0, concurrency=2)
SECONDS_PER_DAY = 86_400


def summary_fees_request(slug: str, data_type: str, api_key: str | None = None) -> ApiRequest:
    """Pro puts the key in the path (the client redacts it from logs, landing files and errors)."""
    base = f"{PRO_BASE}/{api_key}/api" if api_key else PUBLIC_BASE
    return ApiRequest(url=f"{base}/summary/fees/{slug}", params={"dataType": data_type},
                      accept_statuses=frozenset({400}))


def parse_summary_fees(body: bytes, status: int, slug: str, data_type: str) -> tuple[pd.DataFrame, dict]:
    """→ (daily rows [slug, data_type, date, value_usd], a methodology record for the pull)."""
    if status == 400:
        return _empty_series(), {"slug": slug, "data_type": data_type, "status": "not_published",
                                 "methodology_json": None}
    try:
        payload = json.loads(body)
    except json.JSONDecodeError as exc:
        raise SourceDataError(SOURCE, f"{slug} {data_type}: body is not JSON ({exc})") from exc
    chart = payload.get("totalDataChart") if isinstance(payload, dict) else None
    if not isinstance(chart, list):
        raise SourceDataError(SOURCE, f"{slug} {data_type}: series missing", column="totalDataChart")
    timestamps = [int(point[0]) for point in chart]
    off_midnight = [i for i, ts in enumerate(timestamps) if ts % SECONDS_PER_DAY]
    if off_midnight:
        raise SourceDataError(SOURCE, f"{slug} {data_type}: points not at 00:00 UTC",
                              column="totalDataChart", rows=off_midnight)
    not_increasing = [i for i in range(1, len(timestamps)) if timestamps[i] <= timestamps[i - 1]]
    if not_increasing:
        raise SourceDataError(SOURCE, f"{slug} {data_type}: timestamps not strictly increasing",
                              column="totalDataChart", rows=not_increasing)
    rows = pd.DataFrame({
        "slug": slug,
        "data_type": data_type,
        "date": [datetime.fromtimestamp(ts, tz=timezone.utc).date() for ts in timestamps],
        "value_usd": pd.array([point[1] for point in chart], dtype="Float64"),
    })
    methodology = payload.get("methodology")
    return rows, {"slug": slug, "data_type": data_type, "status": "published",
                  "methodology_json": json.dumps(methodology, sort_keys=True) if methodology is not None else None}


def _empty_series() -> pd.DataFrame:
    return pd.DataFrame({"slug": pd.Series(dtype="str"), "data_type": pd.Series(dtype="str"),
                         "date": pd.Series(dtype="object"), "value_usd": pd.Series(dtype="Float64")})


def coverage_in_metadata(slug: str, protocols: dict, chains: dict) -> str:
    """Where DefiLlama's app metadata lists a slug with fees: 'protocol', 'chain' or 'absent'."""
    if any(entry.get("name") == slug and entry.get("fees") for entry in protocols.values()):
        return "protocol"
    if chains.get(slug, {}).get("fees"):
        return "chain"
    return "absent"
