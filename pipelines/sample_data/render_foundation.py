"""Sample Render Foundation bodies: weekly epochs with invented burns, channel liabilities."""

from __future__ import annotations

import json
import random
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from ..sources import render_foundation
from .common import SEED, iso, record


def render_epochs(end: date) -> list[tuple[int, datetime, datetime]]:
    """Weekly Wed→Wed epochs from 2023-12-20 up to ``end``."""
    first = datetime(2023, 12, 20, tzinfo=timezone.utc)
    epochs, epoch_id = [], 1
    while first + timedelta(days=7) <= datetime.combine(end, time(), tzinfo=timezone.utc):
        epochs.append((epoch_id, first, first + timedelta(days=7)))
        first, epoch_id = first + timedelta(days=7), epoch_id + 1
    return epochs


def epoch_burns_body(end: date, seed: int = SEED) -> dict:
    rng = random.Random(f"{seed}-render-burns")
    data = []
    for epoch_id, start, stop in render_epochs(end):
        burned = round(rng.uniform(2_000, 40_000), 2)
        price = rng.uniform(2.5, 9.0)
        data.append({"id": epoch_id, "startDate": iso(start), "endDate": iso(stop),
                     "burnedRenderUSDCAmt": burned * price, "burnedRender": burned,
                     "totalRenderUsed": round(burned * price * 3.8, 2)})
    return {"data": data, "timestamp": iso(datetime.combine(end, time(), tzinfo=timezone.utc)),
            "success": True, "endpoint": "external-render-api/epochBurnStats"}


def _wallets(rng: random.Random) -> dict:
    """Invented node wallets (base58-looking keys) with OctaneBench-hours used."""
    alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    return {"".join(rng.choice(alphabet) for _ in range(44)): {"obhUsed": rng.randint(500, 300_000)}
            for _ in range(rng.randint(230, 260))}


def liability_epochs_body(end: date, seed: int = SEED) -> dict:
    rng = random.Random(f"{seed}-render-liabilities")
    rnp013 = datetime(2024, 6, 5, tzinfo=timezone.utc)
    rcn_start = datetime(2025, 7, 28, tzinfo=timezone.utc)
    obh_start = datetime(2025, 5, 28, tzinfo=timezone.utc)  # per-wallet obhUsed is reported from here
    rows = []
    for epoch_id, start, stop in render_epochs(end):
        node_operator = 15_000 if start >= rnp013 else 43_758.7
        rows.append(("node_operator", epoch_id, start, stop, node_operator))
        if start >= rnp013:
            rows.append(("availability", epoch_id - 24, start, stop, 2_884.6))
        if start >= rcn_start:
            rows.append(("render_compute_network", epoch_id - 83, start, stop, rng.uniform(5_000, 9_000)))
    epochs = [{"epochId": eid, "channel": channel, "start": iso(start), "end": iso(stop),
               "amountDue": int(round(amount * 1e8)) - rng.randint(0, 150),
               "metadataBySolKey": _wallets(rng) if channel == "node_operator" and start >= obh_start else {}}
              for channel, eid, start, stop, amount in reversed(rows)]
    return {"data": {"epochs": epochs}, "timestamp": iso(datetime.combine(end, time(), tzinfo=timezone.utc)),
            "success": True}



def write(root: Path, start: date, end: date) -> None:
    record(root, "render_foundation/epoch-burn-stats-data", render_foundation.epoch_burns_request(),
           json.dumps(epoch_burns_body(end), indent=2).encode())
    record(root, "render_foundation/liability-epochs-data", render_foundation.liability_epochs_request(),
           json.dumps(liability_epochs_body(end), indent=2).encode())
