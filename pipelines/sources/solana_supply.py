"""Solana SPL token supply (SOURCES.md §1/§3/§6): JSON-RPC ``getTokenSupply`` per mint, no I/O.

``result.value.amount`` is the supply in base units as integer text and is kept as text; the
division by 10^decimals happens in staging. ``SOLANA_RPC_URL`` may embed a key in its path or query:
the HTTP client redacts that variable's value wherever the URL is shown or stored.
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

import pandas as pd

from ..http_layer.client import ApiRequest, SourcePolicy
from .errors import SourceDataError

SOURCE = "solana_rpc"
DEFAULT_RPC_URL = "https://api.mainnet-beta.solana.com"
POLICY = SourcePolicy(SOURCE, requests_per_second=2.0, concurrency=1)  # public RPC: low limits


def token_supply_request(mint: str, rpc_url: str = DEFAULT_RPC_URL) -> ApiRequest:
    # An RPC URL with no path gets "/": the same request live, and the form replay matches on.
    if not urlsplit(rpc_url).path:
        rpc_url += "/"
    return ApiRequest(url=rpc_url, method="POST", json_body={
        "jsonrpc": "2.0", "id": 1, "method": "getTokenSupply", "params": [mint, {"commitment": "finalized"}]})


def parse_token_supply(body: bytes | str, token: str, mint: str) -> pd.DataFrame:
    """``{"result":{"context":{"slot"},"value":{"amount":"<int>","decimals":int,…}}}`` → one row."""
    what = f"getTokenSupply {token}"
    try:
        payload = json.loads(body)
    except json.JSONDecodeError as exc:
        raise SourceDataError(SOURCE, f"{what}: body is not JSON ({exc})") from exc
    if isinstance(payload, dict) and "error" in payload:
        error = payload["error"] or {}
        raise SourceDataError(SOURCE, f"{what}: RPC error {error.get('code')}: {error.get('message')}",
                              column="error")
    result = payload.get("result") if isinstance(payload, dict) else None
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
