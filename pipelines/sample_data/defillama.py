"""Sample DefiLlama summary/fees bodies. Render's series follows the sample Render burns (weekly
epoch USD ÷ 7 ÷ 0.95, with daily noise), so the reconciliation has something real to compare."""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path

from ..registry import defillama_slugs
from ..sources import defillama
from .common import SEED, midnight, record
from .render_foundation import epoch_burns_body

HISTORY_DAYS = 60
NOT_PUBLISHED = {"akash-network"}  # the summary endpoint answers 400 for it (SOURCES.md §8)
METHODOLOGY = {"Fees": "Sample methodology text (invented).", "Revenue": "Sample.", "HoldersRevenue": "Sample."}


def _render_daily_fees(end: date) -> dict[date, float]:
    fees = {}
    for epoch in epoch_burns_body(end)["data"]:
        first = date.fromisoformat(epoch["startDate"][:10])
        for offset in range(7):
            fees[first + timedelta(days=offset)] = epoch["burnedRenderUSDCAmt"] / 7 / 0.95
    return fees


def summary_body(slug: str, data_type: str, start: date, end: date, seed: int = SEED) -> dict:
    rng = random.Random(f"{seed}-defillama-{slug}-{data_type}")
    render_fees = _render_daily_fees(end) if slug == "render-network-bme" else {}
    share = {"dailyFees": 1.0, "dailyRevenue": 1.0, "dailyHoldersRevenue": 0.95}[data_type]
    chart, day = [], start - timedelta(days=HISTORY_DAYS)
    while day < end:
        base = render_fees.get(day) if render_fees else rng.uniform(1_000, 50_000)
        if base is not None:
            chart.append([int(midnight(day).timestamp()), round(base * share * rng.uniform(0.97, 1.03), 2)])
        day += timedelta(days=1)
    return {"slug": slug, "methodology": METHODOLOGY, "latestFetchIsOk": True, "totalDataChart": chart}


def write(root: Path, start: date, end: date) -> None:
    for slug in sorted(set(defillama_slugs().values())):
        for data_type in defillama.DATA_TYPES:
            request = defillama.summary_fees_request(slug, data_type)
            name = f"defillama/{slug}_{data_type}"
            if slug in NOT_PUBLISHED:
                body = json.dumps({"message": f"Fees for {slug} not found"}).encode()
                record(root, name, request, body, status=400)
            else:
                record(root, name, request, json.dumps(summary_body(slug, data_type, start, end)).encode())
