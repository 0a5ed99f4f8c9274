"""The network and token registry: dbt seeds, read by Python too (one source of truth)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache

from .settings import SEEDS_DIR


@dataclass(frozen=True)
class Token:
    token: str
    network_id: str
    coingecko_id: str
    is_main_token: bool


@cache
def tokens() -> tuple[Token, ...]:
    with open(SEEDS_DIR / "tokens.csv", newline="") as handle:
        return tuple(
            Token(row["token"], row["network_id"], row["coingecko_id"], row["is_main_token"] == "true")
            for row in csv.DictReader(handle)
        )


@cache
def network_ids() -> tuple[str, ...]:
    with open(SEEDS_DIR / "networks.csv", newline="") as handle:
        return tuple(row["network_id"] for row in csv.DictReader(handle))


@cache
def defillama_slugs() -> dict[str, str]:
    """network_id → DefiLlama fees slug, for networks DefiLlama covers."""
    with open(SEEDS_DIR / "networks.csv", newline="") as handle:
        return {row["network_id"]: row["defillama_slug"] for row in csv.DictReader(handle) if row["defillama_slug"]}
