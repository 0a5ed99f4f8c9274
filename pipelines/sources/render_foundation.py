"""Render Foundation stats (SOURCES.md §1): weekly burns (R1) and emissions owed per channel (R2).

Amounts are kept as the exact decimal text of the JSON (``parse_float=Decimal``) so sums over
days reproduce the Foundation's epoch totals to the last digit. Units are converted in staging.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pandas as pd

from ..http_layer.client import ApiRequest, SourcePolicy
from .errors import SourceDataError

SOURCE = "render_foundation"
BASE = "https://stats.renderfoundation.com"
POLICY = SourcePolicy(SOURCE, requests_per_second=1.0, concurrency=1)
KNOWN_CHANNELS = {"node_operator", "availability", "render_compute_network",
                  "render_compute_network_bonus", "upgrade", "open_compute"}


def epoch_burns_request() -> ApiRequest:
    return ApiRequest(url=f"{BASE}/epoch-burn-stats-data.json")


def liability_epochs_request() -> ApiRequest:
    return ApiRequest(url=f"{BASE}/liability-epochs-data.json")


def _load(body: bytes | str, what: str):
    try:
        return json.loads(body, parse_float=Decimal)
    except json.JSONDecodeError as exc:
        raise SourceDataError(SOURCE, f"{what}: body is not JSON ({exc})") from exc


def _field(record: dict, name: str, index: int, what: str):
    if name not in record:
        raise SourceDataError(SOURCE, f"{what}: field missing", column=name, rows=[index])
    return record[name]


def _decimal_text(value) -> str | None:
    return None if value is None else str(Decimal(value))


def parse_epoch_burns(body: bytes | str) -> pd.DataFrame:
    """``{"data":[{id,startDate,endDate,burnedRender,burnedRenderUSDCAmt,totalRenderUsed}]}``."""
    payload = _load(body, "epoch-burn-stats")
    records = payload.get("data") if isinstance(payload, dict) else None
    if not isinstance(records, list):
        raise SourceDataError(SOURCE, "epoch-burn-stats: expected {'data': [...]}", column="data")
    what = "epoch-burn-stats"
    return pd.DataFrame({
        "epoch_id": pd.array([_field(r, "id", i, what) for i, r in enumerate(records)], dtype="Int64"),
        "start_at": pd.to_datetime([_field(r, "startDate", i, what) for i, r in enumerate(records)], utc=True),
        "end_at": pd.to_datetime([_field(r, "endDate", i, what) for i, r in enumerate(records)], utc=True),
        "burned_render": [_decimal_text(_field(r, "burnedRender", i, what)) for i, r in enumerate(records)],
        "burned_render_usd": [_decimal_text(_field(r, "burnedRenderUSDCAmt", i, what))
                              for i, r in enumerate(records)],
        # Undocumented (≈4× the USD amount): kept for the record, never used as a burn.
        "total_render_used": [_decimal_text(r.get("totalRenderUsed")) for r in records],
    })


def parse_liability_epochs(body: bytes | str) -> pd.DataFrame:
    """``{"data":{"epochs":[{epochId,channel,start,end,amountDue,metadataBySolKey}]}}``.

    ``amountDue`` is in 1e-8 RENDER and must be an integer; kept as integer text here.
    """
    payload = _load(body, "liability-epochs")
    data = payload.get("data") if isinstance(payload, dict) else None
    records = data.get("epochs") if isinstance(data, dict) else None
    if not isinstance(records, list):
        raise SourceDataError(SOURCE, "liability-epochs: expected {'data': {'epochs': [...]}}",
                              column="data.epochs")
    what = "liability-epochs"
    amounts = [_field(r, "amountDue", i, what) for i, r in enumerate(records)]
    fractional = [i for i, a in enumerate(amounts) if Decimal(a) != Decimal(a).to_integral_value()]
    if fractional:
        raise SourceDataError(SOURCE, f"{what}: amountDue is not an integer", column="amountDue",
                              rows=fractional)

    def obh_used(record: dict) -> int | None:
        wallets = record.get("metadataBySolKey") or {}
        used = [w.get("obhUsed") for w in wallets.values() if w.get("obhUsed") is not None]
        return sum(int(u) for u in used) if used else None

    return pd.DataFrame({
        "channel": [_field(r, "channel", i, what) for i, r in enumerate(records)],
        "epoch_id": pd.array([_field(r, "epochId", i, what) for i, r in enumerate(records)], dtype="Int64"),
        "start_at": pd.to_datetime([_field(r, "start", i, what) for i, r in enumerate(records)], utc=True),
        "end_at": pd.to_datetime([_field(r, "end", i, what) for i, r in enumerate(records)], utc=True),
        "amount_due_base_units": [str(int(Decimal(a))) for a in amounts],
        "obh_used": pd.array([obh_used(r) for r in records], dtype="Int64"),
        "wallets_reported": pd.array([len(r.get("metadataBySolKey") or {}) for r in records], dtype="Int64"),
    })
