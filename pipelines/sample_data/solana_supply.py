"""Sample ``getTokenSupply`` answers for every mint of the seed (invented amounts, real shape)."""

from __future__ import annotations

import json
import random
from datetime import date
from pathlib import Path

from ..ingest.solana_supply import token_mints
from ..sources import solana_supply
from .common import SEED, record

# Rough whole-token supplies and decimals, only so the sample looks plausible.
_SUPPLY = {"RENDER": (531e6, 8), "HNT": (186e6, 8), "IOT": (58e9, 6), "MOBILE": (88e9, 6), "IO": (197e6, 8)}


def token_supply_body(token: str, seed: int = SEED) -> dict:
    rng = random.Random(f"{seed}-solana-{token}")
    whole, decimals = _SUPPLY.get(token, (1e9, 6))
    amount = int(whole * rng.uniform(0.98, 1.02) * 10**decimals) + rng.randint(0, 10**decimals - 1)
    return {"jsonrpc": "2.0", "result": {"context": {"apiVersion": "2.1.21", "slot": 335_501_812},
            "value": {"amount": str(amount), "decimals": decimals, "uiAmount": amount / 10**decimals,
                      "uiAmountString": str(amount / 10**decimals)}}, "id": 1}


def write(root: Path, start: date, end: date) -> None:
    for token, mint in token_mints():
        record(root, f"solana_rpc/getTokenSupply_{token}", solana_supply.token_supply_request(mint),
               json.dumps(token_supply_body(token)).encode())
