"""Sample io.net explorer bodies: daily supplier earnings (with a "today so far" row), clusters and a
GPU market snapshot. Invented values in the third-party-documented shapes (SOURCES.md §3)."""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path

from ..sources import ionet
from .common import SEED, record

HISTORY_DAYS = 60
HARDWARE = {"NVIDIA H100 80GB HBM3": 2.19, "NVIDIA A100-SXM4-80GB": 1.29, "NVIDIA L40S": 0.89,
            "NVIDIA GeForce RTX 4090": 0.35, "NVIDIA GeForce RTX 3090": 0.2}


def earnings_body(start: date, end: date, seed: int = SEED) -> dict:
    """Rows for [start - HISTORY_DAYS, end], the last one (``end``) being today so far."""
    rng = random.Random(f"{seed}-ionet-earnings")
    total, rows, day = 1_250_000.0, [], start - timedelta(days=HISTORY_DAYS)
    while day <= end:
        daily = round(rng.uniform(8_000, 30_000) * (0.3 if day == end else 1), 2)
        total = round(total + daily, 2)
        rows.append({"date": day.isoformat(), "daily_earnings": daily, "total_earnings": total})
        day += timedelta(days=1)
    return {"data": rows}


def market_snapshot_body(seed: int = SEED) -> dict:
    rng = random.Random(f"{seed}-ionet-market")
    rows = []
    for name, price in HARDWARE.items():
        total = rng.randint(200, 3_000)
        hired = rng.randint(0, total // 2)
        rows.append({"hardware_name": name, "price": price, "total": total,
                     "idle": rng.randint(0, total - hired), "hired": hired})
    return {"data": rows}


def write(root: Path, start: date, end: date) -> None:
    record(root, "ionet/total-earnings-summary", ionet.earnings_summary_request(),
           json.dumps(earnings_body(start, end)).encode())
    record(root, "ionet/clusters", ionet.clusters_request(), json.dumps(
        {"data": {"running_clusters": 412, "total_compute_hours_served": 18234567.5,
                  "total_earnings": 3210987.65}}).encode())
    record(root, "ionet/market-snapshot", ionet.market_snapshot_request(),
           json.dumps(market_snapshot_body()).encode())
