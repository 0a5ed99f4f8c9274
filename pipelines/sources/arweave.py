"""Arweave node HTTP API (SOURCES.md §5, W1): ``/info``, ``/block/height/{h}``, ``/tx/{id}``. No I/O.

Winston amounts (1 AR = 1e12 winston) stay exact integer text. Blocks come in two field-type
eras: 2018 blocks carry numbers for ``reward_pool``/``weave_size``/``block_size``/``diff``, later
ones strings; ``reward`` (the miner's block reward) exists from fork 2.6 only.
"""

from __future__ import annotations

import json
import math
import re
from decimal import Decimal
from typing import Callable

import pandas as pd

from ..http_layer.client import ApiRequest, SourcePolicy
from .errors import SourceDataError

SOURCE = "arweave"
DEFAULT_GATEWAY = "https://arweave.net"
# Keyless, limits unpublished (429): a few tx look-ups in parallel, politely spaced.
POLICY = SourcePolicy(SOURCE, requests_per_second=5.0, concurrency=4)
WINSTON_PER_AR = 10**12
FORK_2_6_HEIGHT = 1_132_210
# ar_inflation.erl / ar.hrl: 0.2 × 55M genesis tokens × ln2 / B × 2^(−h/B) AR per block.
GENESIS_TOKENS, INFLATION_SHARE, BLOCKS_PER_YEAR = 55_000_000, 0.2, 262_800
# ar_block:verify_timestamp accepts a block up to 2 × JOIN_CLOCK_TOLERANCE + CLOCK_DRIFT_MAX
# seconds earlier than its parent: timestamps are only roughly increasing.
MAX_TIMESTAMP_DEVIATION_S = 2 * 15 + 5


def gateway_url(override: str | None = None) -> str:
    """``ARWEAVE_GATEWAY_URL`` (read by the caller) or arweave.net."""
    return (override or DEFAULT_GATEWAY).rstrip("/")


def info_request(gateway: str = DEFAULT_GATEWAY) -> ApiRequest:
    return ApiRequest(url=f"{gateway}/info")


def block_request(height: int, gateway: str = DEFAULT_GATEWAY) -> ApiRequest:
    return ApiRequest(url=f"{gateway}/block/height/{height}")


def tx_request(tx_id: str, gateway: str = DEFAULT_GATEWAY) -> ApiRequest:
    return ApiRequest(url=f"{gateway}/tx/{tx_id}")


def _load(body: bytes | str, what: str, rows: list | None = None) -> dict:
    try:
        payload = json.loads(body, parse_float=Decimal)
    except json.JSONDecodeError as exc:
        raise SourceDataError(SOURCE, f"{what}: body is not JSON ({exc})", rows=rows) from exc
    if not isinstance(payload, dict):
        raise SourceDataError(SOURCE, f"{what}: expected an object", rows=rows)
    return payload


def _integer_text(value, column: str, what: str, row) -> str:
    """A JSON number (2018 era) or a digit string (later) as exact integer text; sign is checked
    by the raw schema so a negative amount is reported with its rows."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, str) and re.fullmatch(r"-?[0-9]+", value):
        return str(int(value))
    raise SourceDataError(SOURCE, f"{what}: not an integer ({value!r})", column=column, rows=[row])


def _reader(record: dict, what: str, row):
    """``field(name)`` and ``integer(name)`` for one body, errors naming the body and the row."""
    def field(name: str):
        if name not in record:
            raise SourceDataError(SOURCE, f"{what}: field missing", column=name, rows=[row])
        return record[name]

    def integer(name: str, default=None) -> str:
        value = field(name) if default is None else record.get(name, default)
        return _integer_text(value, name, what, row)
    return field, integer


def parse_info(body: bytes | str) -> int:
    """``{"network":"arweave.N.1","height":…,…}`` → the tip height."""
    _, integer = _reader(_load(body, "info"), "info", 0)
    return int(integer("height"))


def block_record(body: bytes | str, height: int) -> dict:
    """One ``/block/height/{height}`` body → one raw row (either field-type era)."""
    what = f"block {height}"
    block = _load(body, what, rows=[height])
    field, integer = _reader(block, what, height)
    if int(integer("height")) != height:
        raise SourceDataError(SOURCE, f"{what}: body is block {block['height']}", column="height", rows=[height])
    return {
        "height": height,
        "indep_hash": field("indep_hash"),
        "previous_block": field("previous_block"),
        "block_at": pd.Timestamp(int(integer("timestamp")), unit="s", tz="UTC"),
        "tx_ids": list(field("txs")),
        "tx_count": len(field("txs")),
        "reward_addr": block.get("reward_addr"),
        "reward_winston": integer("reward") if "reward" in block else None,  # from fork 2.6 only
        "reward_pool_winston": integer("reward_pool"),
        "weave_size_bytes": int(integer("weave_size")),
        "block_size_bytes": int(integer("block_size")),
        "diff": integer("diff"),
    }


def blocks_frame(records: list[dict]) -> pd.DataFrame:
    columns = ["height", "indep_hash", "previous_block", "block_at", "tx_count", "reward_addr",
               "reward_winston", "reward_pool_winston", "weave_size_bytes", "block_size_bytes", "diff"]
    frame = pd.DataFrame([{c: r[c] for c in columns} for r in records], columns=columns)
    return frame.astype({"height": "Int64", "tx_count": "Int64", "weave_size_bytes": "Int64",
                         "block_size_bytes": "Int64"})


def tx_record(body: bytes | str, tx_id: str, block_height: int, tx_index: int) -> dict:
    """One ``/tx/{id}`` body → one raw row; ``reward`` is the fee the sender paid (winston)."""
    what = f"tx {tx_id} of block {block_height}"
    tx = _load(body, what, rows=[tx_id])
    field, integer = _reader(tx, what, tx_id)
    if field("id") != tx_id:
        raise SourceDataError(SOURCE, f"{what}: body is tx {tx['id']}", column="id", rows=[tx_id])
    return {
        "block_height": block_height,
        "tx_index": tx_index,
        "tx_id": tx_id,
        "format": int(integer("format", default=1)),
        "fee_winston": integer("reward"),
        "quantity_winston": integer("quantity"),
        "data_size_bytes": int(integer("data_size", default="0")),
        "target": tx.get("target") or None,
    }


def txs_frame(records: list[dict]) -> pd.DataFrame:
    columns = ["block_height", "tx_index", "tx_id", "format", "fee_winston", "quantity_winston",
               "data_size_bytes", "target"]
    frame = pd.DataFrame(records, columns=columns)
    return frame.astype({"block_height": "Int64", "tx_index": "Int64", "format": "Int64",
                         "data_size_bytes": "Int64"})


def first_height_at_or_after(moment_s: int, tip: int, timestamp_at: Callable[[int], int]) -> int:
    """Binary search over heights [0, tip] for the first block with timestamp ≥ ``moment_s``
    (``tip + 1`` if none): about log2(tip) ≈ 21 block look-ups. Exact when timestamps increase
    with height; Arweave tolerates a block up to 35 s earlier than its parent, so near the
    boundary the answer can be off by a block or two (facts start at the found block's day)."""
    low, high = 0, tip + 1
    while low < high:
        middle = (low + high) // 2
        if timestamp_at(middle) >= moment_s:
            high = middle
        else:
            low = middle + 1
    return low


def check_chain(records: list[dict], parent_hash: str | None) -> None:
    """Each new block must extend the previous one (catches a reorg since the last run)."""
    expected = parent_hash
    for record in records:
        if expected is not None and record["previous_block"] != expected:
            raise SourceDataError(SOURCE, "block does not extend the stored chain (reorg?)",
                                  column="previous_block", rows=[record["height"]])
        expected = record["indep_hash"]


def miner_fee_share(fee_winston: int, height: int) -> int:
    """ar_pricing: from 2.6 the miner gets fee × 1 div 21; before, fee × 2 div 12 (= 1/6)."""
    return fee_winston // 21 if height >= FORK_2_6_HEIGHT else fee_winston * 2 // 12


def inflation_winston(height: int) -> int:
    """Block inflation (ar_inflation calculate_base, float form): 5.5M AR in year 1, halving yearly."""
    per_block_ar = INFLATION_SHARE * GENESIS_TOKENS * math.log(2) / BLOCKS_PER_YEAR
    return int(per_block_ar * 2 ** (-height / BLOCKS_PER_YEAR) * WINSTON_PER_AR)
