"""Sample CoinGecko market_chart bodies: seeded random walks per registry token."""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path

from ..registry import tokens
from ..sources import coingecko
from .common import SEED, midnight_ms, record

# Rough orders of magnitude so the sample looks like a market, not like real prices.
_START_PRICE = {"RENDER": 4.0, "AKT": 1.5, "IO": 1.2, "FIL": 3.0, "AR": 7.0, "HNT": 3.5,
                "IOT": 0.0006, "MOBILE": 0.0005, "WIFI": 0.002, "FET": 0.7, "TAO": 380.0,
                "BTC": 95_000.0}
_CIRCULATING = {"RENDER": 518e6, "AKT": 270e6, "IO": 190e6, "FIL": 680e6, "AR": 65e6, "HNT": 186e6,
                "IOT": 60e9, "MOBILE": 90e9, "WIFI": 1.3e9, "FET": 2.4e9, "TAO": 9.5e6,
                "BTC": 19.9e6}


def market_chart_body(token: str, start: date, end: date, seed: int = SEED) -> dict:
    """Daily points for [start, end] inclusive of ``end`` 00:00, as CoinGecko returns for ``to``."""
    rng = random.Random(f"{seed}-{token}")
    price, points = _START_PRICE[token], {"prices": [], "market_caps": [], "total_volumes": []}
    day = start
    while day <= end:
        price *= 1 + rng.gauss(0.0005, 0.035)
        ms = midnight_ms(day)
        points["prices"].append([ms, round(price, 8)])
        points["market_caps"].append([ms, round(price * _CIRCULATING[token], 2)])
        points["total_volumes"].append([ms, round(price * _CIRCULATING[token] * rng.uniform(0.01, 0.08), 2)])
        day += timedelta(days=1)
    return points



def write(root: Path, start: date, end: date) -> None:
    for token in tokens():
        request = coingecko.market_chart_range_request(token.coingecko_id, start, end)
        body = json.dumps(market_chart_body(token.token, start, end), separators=(",", ":")).encode()
        record(root, f"coingecko/{token.coingecko_id}", request, body)
