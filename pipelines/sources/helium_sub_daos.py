"""Helium sub-DAO epoch accounts on Solana (SOURCES.md §6 H1): one ``getProgramAccounts`` call per
account type on helium-sub-daos, filtered by the Anchor discriminator, decoded from borsh.

Layouts: ``helium/helium-program-library@5b839c50:programs/helium-sub-daos/src/state.rs``. Fields were
appended over the years and accounts are allocated with spare zeroed bytes, so a field an old account
predates reads as 0, and a field beyond an account's end decodes to None (the "tail" fields below).
Amounts stay integer text: DC (0 decimals), HNT in bones (1e-8).
"""

from __future__ import annotations

import base64
import hashlib
import struct
from datetime import datetime, timezone

import pandas as pd

from ..http_layer.client import ApiRequest, SourcePolicy
from .errors import SourceDataError
from .jsonrpc import rpc_request, rpc_result

SOURCE = "helium_sub_daos"
PROGRAM_ID = "hdaoVTCqhfHHo75XdAMxBKdUqvq1i5bF23sisBqVgGR"
# subDAO account → subnetwork (SOURCES.md §6; same rows as seeds/helium_sub_daos.csv).
SUB_DAOS = {"39Lw1RH6zt8AJvKn3BTxmUDofzduCM2J3kSaGDZ8L7Sk": "iot",
            "Gm9xDCJawDEKDrrQW6haw94gABaYzQwCq4ZQU8h8bd22": "mobile"}
PUBLIC_RPC = "https://api.mainnet-beta.solana.com/"  # usually refuses gPA: set SOLANA_RPC_URL
POLICY = SourcePolicy(SOURCE, requests_per_second=0.5, concurrency=1, timeout_s=180.0)
_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

# (field, borsh type). HEAD fields must be present; TAIL fields may be cut off by an old account.
LAYOUTS = {
    "SubDaoEpochInfoV0": {
        "head": (("epoch", "u64"), ("sub_dao", "pubkey"), ("dc_burned", "u64"),
                 ("vehnt_at_epoch_start", "u64"), ("vehnt_in_closing_positions", "u128"),
                 ("fall_rates_from_closing_positions", "u128"), ("delegation_rewards_issued", "u64"),
                 ("utility_score", "option_u128"), ("rewards_issued_at", "option_i64"),
                 ("bump_seed", "u8"), ("initialized", "bool")),
        "tail": (("dc_onboarding_fees_paid", "u64"), ("hnt_rewards_issued", "u64"),
                 ("previous_percentage", "u32")),
    },
    "DaoEpochInfoV0": {
        "head": (("done_calculating_scores", "bool"), ("epoch", "u64"), ("dao", "pubkey"),
                 ("total_rewards", "u64"), ("current_hnt_supply", "u64"), ("total_utility_score", "u128"),
                 ("num_utility_scores_calculated", "u32"), ("num_rewards_issued", "u32"),
                 ("done_issuing_rewards", "bool"), ("done_issuing_hst_pool", "bool"), ("bump_seed", "u8")),
        "tail": (("recent_proposals", "proposals4"), ("delegation_rewards_issued", "u64"),
                 ("vehnt_at_epoch_start", "u64"), ("cumulative_not_emitted", "u64"), ("not_emitted", "u64"),
                 ("smoothed_hnt_burned", "u64"), ("hnt_price_used", "u64"), ("deployer_cap_hnt", "u64")),
    },
}
# Decoded fields kept in raw; integers above 2^63 are possible in u64, so amounts stay text.
COLUMNS = {
    "SubDaoEpochInfoV0": ("epoch", "sub_dao", "dc_burned", "dc_onboarding_fees_paid", "hnt_rewards_issued",
                          "delegation_rewards_issued", "rewards_issued_at", "previous_percentage", "initialized"),
    "DaoEpochInfoV0": ("epoch", "dao", "done_calculating_scores", "done_issuing_rewards", "total_rewards",
                       "current_hnt_supply", "delegation_rewards_issued", "cumulative_not_emitted",
                       "not_emitted", "smoothed_hnt_burned"),
}
_TEXT = {"dc_burned", "dc_onboarding_fees_paid", "hnt_rewards_issued", "delegation_rewards_issued",
         "total_rewards", "current_hnt_supply", "cumulative_not_emitted", "not_emitted", "smoothed_hnt_burned"}
_FIXED = {"u8": 1, "bool": 1, "u32": 4, "u64": 8, "i64": 8, "u128": 16, "pubkey": 32, "proposals4": 4 * 40}


def b58encode(raw: bytes) -> str:
    number, text = int.from_bytes(raw, "big"), ""
    while number:
        number, digit = divmod(number, 58)
        text = _B58[digit] + text
    return "1" * (len(raw) - len(raw.lstrip(b"\0"))) + text


def b58decode(text: str) -> bytes:
    number = 0
    for char in text:
        number = number * 58 + _B58.index(char)
    body = number.to_bytes((number.bit_length() + 7) // 8, "big") if number else b""
    return b"\0" * (len(text) - len(text.lstrip("1"))) + body


def discriminator(account: str) -> bytes:
    """Anchor: the first 8 bytes of sha256("account:<Name>")."""
    return hashlib.sha256(f"account:{account}".encode()).digest()[:8]


def program_accounts_request(account: str, rpc_url: str = PUBLIC_RPC) -> ApiRequest:
    """Every ``account`` of helium-sub-daos (whole history in one response), data as base64."""
    memcmp = {"offset": 0, "bytes": b58encode(discriminator(account))}
    return rpc_request(rpc_url, "getProgramAccounts",
                       [PROGRAM_ID, {"encoding": "base64", "filters": [{"memcmp": memcmp}]}])


class _Truncated(Exception):
    pass


class _Reader:
    def __init__(self, data: bytes):
        self.data, self.at = data, 0

    def take(self, size: int) -> bytes:
        if self.at + size > len(self.data):
            raise _Truncated
        self.at += size
        return self.data[self.at - size:self.at]

    def read(self, kind: str):
        if kind.startswith("option_"):
            tag = self.take(1)[0]
            if tag > 1:
                raise ValueError(f"option tag {tag} at byte {self.at - 1}")
            return self.read(kind.removeprefix("option_")) if tag else None
        raw = self.take(_FIXED[kind])
        if kind == "pubkey":
            return b58encode(raw)
        if kind == "proposals4":
            return None  # governance bookkeeping, skipped
        if kind == "bool":
            if raw[0] > 1:
                raise ValueError(f"bool byte {raw[0]} at byte {self.at - 1}")
            return bool(raw[0])
        if kind == "i64":
            return struct.unpack("<q", raw)[0]
        return int.from_bytes(raw, "little")


def decode_account(account: str, data: bytes) -> dict:
    """Borsh-decode one account's data (discriminator included); raises ValueError on a bad layout."""
    if data[:8] != discriminator(account):
        raise ValueError(f"discriminator {data[:8].hex()} is not {account}")
    reader, layout, decoded = _Reader(data[8:]), LAYOUTS[account], {}
    try:
        for field, kind in layout["head"]:
            decoded[field] = reader.read(kind)
    except _Truncated:
        raise ValueError(f"account ends inside {field} ({len(data)} bytes)") from None
    decoded |= {field: None for field, _ in layout["tail"]}
    for field, kind in layout["tail"]:
        try:
            decoded[field] = reader.read(kind)
        except _Truncated:
            break  # the account ends here: this and later fields did not exist when it was allocated
    return decoded


def parse_program_accounts(body: bytes | str, account: str) -> pd.DataFrame:
    """``{"result":[{"pubkey","account":{"data":[b64,"base64"],"owner",…}}]}`` → one row per account."""
    results = rpc_result(body, SOURCE, account)
    if not isinstance(results, list):
        raise SourceDataError(SOURCE, f"{account}: expected {{'result': [...]}}", column="result")
    if not results:  # the whole history never shrinks to nothing: a wrong filter or a truncated index
        raise SourceDataError(SOURCE, f"{account}: no accounts returned", column="result")

    rows, bad, problems = [], [], []
    for index, item in enumerate(results):
        try:
            info = item["account"]
            encoded, encoding = info["data"]
            if encoding != "base64" or info.get("owner") != PROGRAM_ID:
                raise ValueError(f"encoding {encoding!r}, owner {info.get('owner')!r}")
            data = base64.b64decode(encoded, validate=True)
            decoded = decode_account(account, data)
        except (KeyError, TypeError, ValueError) as exc:
            bad.append(index)
            problems.append(str(exc))
            continue
        rows.append({"account_pubkey": item.get("pubkey"), "data_len": len(data),
                     **{column: decoded[column] for column in COLUMNS[account]}})
    if bad:
        raise SourceDataError(SOURCE, f"{account}: undecodable account data ({problems[0]})",
                              column="account.data", rows=bad)
    return _frame(rows, account)


def _frame(rows: list[dict], account: str) -> pd.DataFrame:
    """Typed columns; integers turn into text before pandas sees them (no float round trip)."""
    def column(name: str) -> list:
        return [row[name] for row in rows]

    frame = {"account_pubkey": pd.array(column("account_pubkey"), dtype="string"),
             "data_len": pd.array(column("data_len"), dtype="Int64")}
    for name in COLUMNS[account]:
        values = column(name)
        if name in _TEXT:
            frame[name] = pd.array([None if v is None else str(v) for v in values], dtype="string")
        elif name in ("epoch", "previous_percentage"):
            frame[name] = pd.array(values, dtype="Int64")
        elif name == "rewards_issued_at":
            frame[name] = pd.to_datetime([None if v is None else datetime.fromtimestamp(v, tz=timezone.utc)
                                          for v in values], utc=True).as_unit("us")
        elif name in ("sub_dao", "dao"):
            frame[name] = pd.array(values, dtype="string")
        else:
            frame[name] = pd.array(values, dtype="boolean")
    return pd.DataFrame(frame)
