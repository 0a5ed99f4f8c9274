"""Lotus JSON-RPC (SOURCES.md §4 F3): the burnt-funds actor f099 at chain head, a daily supply
snapshot that cross-checks FDP's ``burnt_fil``. Public nodes keep only ~2,000 epochs, so the
balance can only be read now, never for a past day: each pull is stored as a snapshot.

``Balance`` is attoFIL as integer text and stays integer text in raw (FIL = attoFIL / 1e18, staging).
"""

from __future__ import annotations


import pandas as pd

from ..http_layer.client import ApiRequest, SourcePolicy
from .errors import SourceDataError
from .jsonrpc import rpc_request, rpc_result

SOURCE = "lotus"
DEFAULT_RPC_URL = "https://api.node.glif.io/rpc/v1"
BURNT_FUNDS_ACTOR = "f099"
POLICY = SourcePolicy(SOURCE, requests_per_second=1.0, concurrency=1)


def state_get_actor_request(actor: str = BURNT_FUNDS_ACTOR, rpc_url: str | None = None) -> ApiRequest:
    """``Filecoin.StateGetActor [actor, null]``: a null tipset key means the heaviest tipset."""
    return rpc_request(rpc_url or DEFAULT_RPC_URL, "Filecoin.StateGetActor", [actor, None])


def parse_state_get_actor(body: bytes | str, actor: str = BURNT_FUNDS_ACTOR) -> pd.DataFrame:
    """``{"result": {"Code": {"/": cid}, "Head": {"/": cid}, "Nonce": n, "Balance": "<attoFIL>"}}``."""
    result = rpc_result(body, SOURCE, f"StateGetActor {actor}")
    if not isinstance(result, dict):
        raise SourceDataError(SOURCE, f"StateGetActor {actor}: expected {{'result': {{...}}}}", column="result")
    for field in ("Code", "Head", "Nonce", "Balance"):
        if field not in result:
            raise SourceDataError(SOURCE, f"StateGetActor {actor}: field missing", column=field, rows=[0])
    balance = result["Balance"]
    if not (isinstance(balance, str) and balance.isdigit()):
        raise SourceDataError(SOURCE, f"StateGetActor {actor}: Balance is not attoFIL integer text "
                                      f"({balance!r})", column="Balance", rows=[0])
    return pd.DataFrame({
        "actor": [actor],
        "balance_attofil": [balance],
        "code_cid": [(result["Code"] or {}).get("/")],
        "head_cid": [(result["Head"] or {}).get("/")],
        "nonce": pd.array([result["Nonce"]], dtype="Int64"),
    })
