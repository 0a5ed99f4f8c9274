"""Deterministic sample recordings in the exact upstream shapes, for the demo and tests.

Everything here is invented (seeded random walks), marked ``"sample": true`` in each recording's
meta; the replay server then flags responses and every table built from them says
``is_sample_data = true``. Real third-party data is never copied here.
"""

from __future__ import annotations

import json
import random
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from .http_layer.recordings import write_recording
from .registry import tokens
from .sources import coingecko, render_foundation

DEMO_START = date(2025, 5, 1)
DEMO_END = date(2025, 10, 29)  # exclusive: the last demo day is 2025-10-28
NOTE = "SAMPLE DATA made by pipelines.sample_data (deterministic, invented values)"

# Rough orders of magnitude so the sample looks like a market, not like real prices.
_START_PRICE = {"RENDER": 4.0, "AKT": 1.5, "IO": 1.2, "FIL": 3.0, "AR": 7.0, "HNT": 3.5,
                "IOT": 0.0006, "MOBILE": 0.0005, "WIFI": 0.002, "FET": 0.7, "TAO": 380.0}
_CIRCULATING = {"RENDER": 518e6, "AKT": 270e6, "IO": 190e6, "FIL": 680e6, "AR": 65e6, "HNT": 186e6,
                "IOT": 60e9, "MOBILE": 90e9, "WIFI": 1.3e9, "FET": 2.4e9, "TAO": 9.5e6}


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _midnight_ms(day: date) -> int:
    return int(datetime.combine(day, time(), tzinfo=timezone.utc).timestamp() * 1000)


def market_chart_body(token: str, start: date, end: date, seed: int = 7) -> dict:
    """Daily points for [start, end] inclusive of ``end`` 00:00, as CoinGecko returns for ``to``."""
    rng = random.Random(f"{seed}-{token}")
    price, points = _START_PRICE[token], {"prices": [], "market_caps": [], "total_volumes": []}
    day = start
    while day <= end:
        price *= 1 + rng.gauss(0.0005, 0.035)
        ms = _midnight_ms(day)
        points["prices"].append([ms, round(price, 8)])
        points["market_caps"].append([ms, round(price * _CIRCULATING[token], 2)])
        points["total_volumes"].append([ms, round(price * _CIRCULATING[token] * rng.uniform(0.01, 0.08), 2)])
        day += timedelta(days=1)
    return points


def render_epochs(end: date) -> list[tuple[int, datetime, datetime]]:
    """Weekly Wed→Wed epochs from 2023-12-20 up to ``end``."""
    first = datetime(2023, 12, 20, tzinfo=timezone.utc)
    epochs, epoch_id = [], 1
    while first + timedelta(days=7) <= datetime.combine(end, time(), tzinfo=timezone.utc):
        epochs.append((epoch_id, first, first + timedelta(days=7)))
        first, epoch_id = first + timedelta(days=7), epoch_id + 1
    return epochs


def epoch_burns_body(end: date, seed: int = 7) -> dict:
    rng = random.Random(f"{seed}-render-burns")
    data = []
    for epoch_id, start, stop in render_epochs(end):
        burned = round(rng.uniform(2_000, 40_000), 2)
        price = rng.uniform(2.5, 9.0)
        data.append({"id": epoch_id, "startDate": _iso(start), "endDate": _iso(stop),
                     "burnedRenderUSDCAmt": burned * price, "burnedRender": burned,
                     "totalRenderUsed": round(burned * price * 3.8, 2)})
    return {"data": data, "timestamp": _iso(datetime.combine(end, time(), tzinfo=timezone.utc)),
            "success": True, "endpoint": "external-render-api/epochBurnStats"}


def liability_epochs_body(end: date, seed: int = 7) -> dict:
    rng = random.Random(f"{seed}-render-liabilities")
    rnp013 = datetime(2024, 6, 5, tzinfo=timezone.utc)
    rcn_start = datetime(2025, 7, 28, tzinfo=timezone.utc)
    rows = []
    for epoch_id, start, stop in render_epochs(end):
        node_operator = 15_000 if start >= rnp013 else 43_758.7
        rows.append(("node_operator", epoch_id, start, stop, node_operator))
        if start >= rnp013:
            rows.append(("availability", epoch_id - 24, start, stop, 2_884.6))
        if start >= rcn_start:
            rows.append(("render_compute_network", epoch_id - 83, start, stop, rng.uniform(5_000, 9_000)))
    epochs = [{"epochId": eid, "channel": channel, "start": _iso(start), "end": _iso(stop),
               "amountDue": int(round(amount * 1e8)) - rng.randint(0, 150), "metadataBySolKey": {}}
              for channel, eid, start, stop, amount in reversed(rows)]
    return {"data": {"epochs": epochs}, "timestamp": _iso(datetime.combine(end, time(), tzinfo=timezone.utc)),
            "success": True}


def write_sample_recordings(root: Path, start: date = DEMO_START, end: date = DEMO_END) -> Path:
    """Recordings answering the requests of one run over partitions [start, end)."""
    root = Path(root)
    for token in tokens():
        request = coingecko.market_chart_range_request(token.coingecko_id, start, end)
        body = json.dumps(market_chart_body(token.token, start, end), separators=(",", ":")).encode()
        write_recording(root, f"coingecko/{token.coingecko_id}", method="GET", url=request.url,
                        params=request.params, body=body, sample=True, note=NOTE)
    for name, request, body in (
        ("epoch-burn-stats-data", render_foundation.epoch_burns_request(), epoch_burns_body(end)),
        ("liability-epochs-data", render_foundation.liability_epochs_request(), liability_epochs_body(end)),
    ):
        write_recording(root, f"render_foundation/{name}", method="GET", url=request.url,
                        params=request.params, body=json.dumps(body, indent=2).encode(), sample=True,
                        note=NOTE)
    return root
