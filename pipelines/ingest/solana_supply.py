"""Solana SPL token supply: one ``getTokenSupply`` per mint of the seed, a snapshot per day read."""

from __future__ import annotations

import csv
from functools import partial
from pathlib import Path

from ..schemas.raw.solana_supply import SolanaTokenSupplyRaw
from ..settings import SEEDS_DIR
from ..sources import solana_supply
from .core import LoadResult, Window, ingest_snapshot_of_many


def token_mints() -> tuple[tuple[str, str], ...]:
    """(token, mint) pairs from ``seeds/solana_token_mints.csv``."""
    with open(SEEDS_DIR / "solana_token_mints.csv", newline="") as handle:
        return tuple((row["token"], row["mint"]) for row in csv.DictReader(handle))


def ingest_solana_token_supply(client, con, landing_root: Path, window: Window,
                               rpc_url: str | None = None,
                               mints: tuple[tuple[str, str], ...] | None = None) -> LoadResult:
    """Current SPL supply per mint, dated by the UTC day it was read (an RPC only knows "now")."""
    rpc_url = rpc_url or solana_supply.DEFAULT_RPC_URL
    calls = [(f"getTokenSupply_{token}", solana_supply.token_supply_request(mint, rpc_url),
              partial(solana_supply.parse_token_supply, token=token, mint=mint))
             for token, mint in mints or token_mints()]
    return ingest_snapshot_of_many(client, con, landing_root, window, policy=solana_supply.POLICY, calls=calls,
                                   model=SolanaTokenSupplyRaw, table="raw.solana_token_supply",
                                   keys=("token",), current_state=True)
