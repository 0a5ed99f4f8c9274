"""Solana SPL token supply (SOURCES.md §1/§3/§6): JSON-RPC ``getTokenSupply`` per mint, no I/O.

``result.value.amount`` is the supply in base units as integer text and is kept as text; the
division by 10^decimals happens in staging. ``SOLANA_RPC_URL`` may embed a key in its path or query:
the HTTP client redacts that variable's value wherever the URL is shown or stored.
"""

from __future__ import annotations


import pandas as pd

from ..http_layer.client import ApiRequest, SourcePolicy
from .errors import SourceDataError
from .jsonrpc import rpc_request, rpc_result

SOURCE = "solana_rpc"
DEFAULT_RPC_URL = "https://api.mainnet-beta.solana.com"
POLICY = SourcePolicy(SOURCE, requests_per_second=2.0, concurrency=1)  # public RPC: low limits


def token_supply_request(mint: str, rpc_url: str = DEFAULT_RPC_URL) -> ApiRequest:
    return rpc_request(rpc_url, "getTokenSupply", [mint, {"commitment": "finalized"}])


def parse_token_supply(body: bytes | str, token: str, mint: str) -> pd.DataFrame:
    """``{"result":{"context":{"slot"},"value":{"amount":"<int>","decimals":int,…}}}`` → one row."""
    what = f"getTokenSupply {token}"
    result = rpc_result(body, SOURCE, what)
    value = result.get("value") if isinstance(result, dict) else None
    if not isinstance(value, dict):
        raise SourceDataError(SOURCE, f"{what}: expected {{'result': {{'value': {{...}}}}}}", column="result.value")
    amount, decimals = value.get("amount"), value.get("decimals")
    if not isinstance(amount, str) or not amount.isdigit():
        raise SourceDataError(SOURCE, f"{what}: amount is not integer text: {amount!r}", column="amount", rows=[0])
    if not isinstance(decimals, int) or isinstance(decimals, bool) or not 0 <= decimals <= 18:
        raise SourceDataError(SOURCE, f"{what}: decimals is not an integer 0-18: {decimals!r}", column="decimals",
                              rows=[0])
    slot = (result.get("context") or {}).get("slot")
    return pd.DataFrame({
        "token": [token], "mint": [mint], "amount_base_units": [amount],
        "decimals": pd.array([decimals], dtype="Int64"),
        "slot": pd.array([slot], dtype="Int64"),
    })
