"""Sample Akash bodies: graph-data histories that start well before the window and end on a partial
point, chain supply/inflation, and a pre-mine unlock CSV. BME series exist only when the window
reaches 2026-03-23; before that the console answers their names with a 404 text, as an older
deployment would."""

from __future__ import annotations

import json
import random
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from ..http_layer.recordings import write_recording
from ..sources import akash
from .common import NOTE, SEED, iso, midnight, record

BME_DAY = date(2026, 3, 23)
HISTORY_DAYS = 120  # the console returns everything since indexer start; 120 days stands in for that


def daily_points(start: date, end: date, seed: int = SEED) -> list[dict]:
    """One invented day of every series per UTC day in [start - HISTORY_DAYS, end)."""
    rng = random.Random(f"{seed}-akash")
    price, total_uakt, total_uusd, points = 1.6, 9_000_000_000_000, 41_000_000_000_000, []
    day = start - timedelta(days=HISTORY_DAYS)
    while day < end:
        price *= 1 + rng.gauss(0, 0.03)
        uakt, uusdc = rng.randint(2_000, 9_000) * 10**6 + rng.randint(0, 999_999), rng.randint(4_000, 20_000) * 10**6
        uusd = int(uakt * price) + uusdc
        total_uakt, total_uusd = total_uakt + uakt, total_uusd + uusd
        point = {"dailyUAktSpent": uakt, "totalUAktSpent": total_uakt, "dailyUUsdcSpent": uusdc,
                 "dailyUActSpent": uusdc, "dailyUUsdSpent": uusd, "totalUUsdSpent": total_uusd,
                 "activeLeaseCount": rng.randint(500, 900), "activeGPU": rng.randint(250, 450),
                 "gpuUtilization": round(rng.uniform(40, 90), 2)}
        if day >= BME_DAY:
            burned = rng.randint(3_000, 12_000) * 10**6
            reminted = int(burned * rng.uniform(0.9, 1.04))
            point |= {"dailyAktBurnedForAct": burned, "dailyAktReminted": reminted,
                      "dailyNetAktBurned": burned - reminted}
        points.append({"date": day, **point})
        day += timedelta(days=1)
    return points


def graph_data_body(points: list[dict], series: str, end: date) -> dict:
    snapshots = [{"date": iso(midnight(p["date"])), "value": p[series]} for p in points if series in p]
    # The last point is the latest block time: a partial day the parser must drop.
    partial = datetime.combine(end, time(8, 11, 49), tzinfo=timezone.utc)
    snapshots.append({"date": iso(partial), "value": snapshots[-1]["value"]})
    values = [s["value"] for s in snapshots]
    return {"currentValue": values[-1], "compareValue": values[-2], "snapshots": snapshots}


def pre_mine_csv() -> str:
    rng = random.Random(f"{SEED}-akash-premine")
    months = [date(2020 + (8 + m) // 12, (8 + m) % 12 + 1, 25) for m in range(31)]
    return "date,pre_mine_unlocks\n" + "".join(
        f"{month},{rng.choice([0, 0, 0, rng.randint(1, 20) * 500_000])}\n" for month in months)


def write(root: Path, start: date, end: date) -> None:
    points = daily_points(start, end)
    for series in akash.ALL_SERIES:
        request = akash.graph_data_request(series)
        if series in akash.BME_SERIES and end <= BME_DAY:
            write_recording(root, f"akash/graph-data_{series}", method="GET", url=request.url, params={},
                            body=f"Graph data not found: {series}".encode(), status=404, sample=True, note=NOTE)
            continue
        record(root, f"akash/graph-data_{series}", request,
               json.dumps(graph_data_body(points, series, end), separators=(",", ":")).encode())
    record(root, "akash/bank-supply-uakt", akash.lcd_supply_request(),
           json.dumps({"amount": {"denom": "uakt", "amount": "271834561203477"}}).encode())
    record(root, "akash/mint-inflation", akash.lcd_inflation_request(),
           json.dumps({"inflation": "0.131500000000000000"}).encode())
    record(root, "akash/pre-mine-unlocks", akash.pre_mine_unlocks_request(), pre_mine_csv().encode())
