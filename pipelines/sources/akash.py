"""Akash (SOURCES.md §2): console graph-data series (A1), chain supply and inflation (A7), and the
curated pre-mine unlock schedule. Requests and parsing only, no I/O.

graph-data returns the whole daily history on every call, so each pull is a snapshot. Values are kept
as the exact decimal text of the JSON (base units uakt/uusdc/uact/uusd); units convert in staging.
The last snapshot is the latest block time (a partial day) and is dropped here.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from decimal import Decimal, InvalidOperation

import pandas as pd

from ..http_layer.client import ApiRequest, SourcePolicy
from .errors import SourceDataError

SOURCE = "akash_console"
BASE = "https://console-api.akash.network"
POLICY = SourcePolicy(SOURCE, requests_per_second=2.0, concurrency=1)  # no app limiter, CDN: be gentle
LCD_SOURCE = "akash_lcd"
DEFAULT_LCD_URL = "https://api.akashnet.net"  # public REST node [unv]; AKASH_LCD_URL overrides
LCD_POLICY = SourcePolicy(LCD_SOURCE, requests_per_second=1.0, concurrency=1)
PRE_MINE_SOURCE = "artemis_dbt_seeds"
PRE_MINE_URL = ("https://raw.githubusercontent.com/Artemis-xyz/dbt/0efb125e1aea1a60e11908d7a2199abb40f30af5/"
                "seeds/supply/akash/akash_pre_mine_unlocks_data.csv")
PRE_MINE_POLICY = SourcePolicy(PRE_MINE_SOURCE, requests_per_second=1.0, concurrency=1)

CORE_SERIES = ("dailyUAktSpent", "totalUAktSpent", "dailyUUsdcSpent", "dailyUUsdSpent", "totalUUsdSpent",
               "activeLeaseCount", "activeGPU", "gpuUtilization")
BME_SERIES = ("dailyAktBurnedForAct", "dailyAktReminted", "dailyNetAktBurned")  # from 2026-03-23
# Names an older console deployment may not know yet (404 text): skipped and reported, never fatal.
# dailyUActSpent came with the same rename (PRs #2973/#2978) as the BME series.
OPTIONAL_SERIES = frozenset(BME_SERIES + ("dailyUActSpent",))
ALL_SERIES = CORE_SERIES + ("dailyUActSpent",) + BME_SERIES
NET_SERIES = frozenset({"dailyNetAktBurned"})  # the only series allowed below zero


def graph_data_request(series: str, optional: bool = False) -> ApiRequest:
    """An optional series (BME, ACT) may be unknown upstream yet: its 404 is an answer, not an error."""
    return ApiRequest(url=f"{BASE}/v1/graph-data/{series}",
                      accept_statuses=frozenset({404}) if optional else frozenset())


def lcd_supply_request(base: str = DEFAULT_LCD_URL) -> ApiRequest:
    """``by_denom`` answers uakt alone: ``/supply`` pages through every IBC denom."""
    return ApiRequest(url=f"{base.rstrip('/')}/cosmos/bank/v1beta1/supply/by_denom", params={"denom": "uakt"})


def lcd_inflation_request(base: str = DEFAULT_LCD_URL) -> ApiRequest:
    return ApiRequest(url=f"{base.rstrip('/')}/cosmos/mint/v1beta1/inflation")


def pre_mine_unlocks_request() -> ApiRequest:
    return ApiRequest(url=PRE_MINE_URL)


def _load(body: bytes | str, what: str, source: str = SOURCE):
    try:
        return json.loads(body, parse_float=Decimal)
    except json.JSONDecodeError as exc:
        raise SourceDataError(source, f"{what}: body is not JSON ({exc})") from exc


def _decimal_text(value, what: str, column: str, row: int, source: str = SOURCE) -> str | None:
    """Exact plain decimal text (no exponent) of a JSON number or numeric string; None stays None."""
    if value is None:
        return None
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        number = None
    if number is None or not number.is_finite():
        raise SourceDataError(source, f"{what}: not a number: {value!r}", column=column, rows=[row])
    return format(number, "f")


def _is_midnight(moment: pd.Timestamp) -> bool:
    return moment == moment.normalize()


def parse_graph_data(body: bytes | str, series: str) -> pd.DataFrame:
    """``{"currentValue","compareValue","snapshots":[{"date":ISO,"value":num}]}`` → (series, date, value).

    Only the last snapshot may sit off 00:00 UTC (the latest block: a partial day) and is dropped.
    ``currentValue``/``compareValue`` are rolling 24 h figures and are not kept.
    """
    what = f"graph-data/{series}"
    payload = _load(body, what)
    snapshots = payload.get("snapshots") if isinstance(payload, dict) else None
    if not isinstance(snapshots, list):
        raise SourceDataError(SOURCE, f"{what}: expected {{'snapshots': [...]}}", column="snapshots")
    missing = [i for i, s in enumerate(snapshots) if not isinstance(s, dict) or "date" not in s]
    if missing:
        raise SourceDataError(SOURCE, f"{what}: snapshot without a date", column="date", rows=missing)
    try:
        moments = list(pd.to_datetime([s["date"] for s in snapshots], utc=True, format="ISO8601"))
    except (ValueError, TypeError) as exc:
        raise SourceDataError(SOURCE, f"{what}: unreadable date ({exc})", column="date") from None
    off_midnight = [i for i, m in enumerate(moments) if not _is_midnight(m)]
    if off_midnight and off_midnight != [len(moments) - 1]:
        raise SourceDataError(SOURCE, f"{what}: snapshots not at 00:00 UTC before the last", column="date",
                              rows=off_midnight)
    keep = len(moments) - len(off_midnight)
    return pd.DataFrame({
        "series": pd.Series([series] * keep, dtype=object),
        "date": [m.date() for m in moments[:keep]],
        "value": pd.Series([_decimal_text(s.get("value"), what, "value", i) for i, s in enumerate(snapshots[:keep])],
                           dtype=object),
    })


def parse_supply_and_inflation(supply_body: bytes | str, inflation_body: bytes | str) -> pd.DataFrame:
    """A7 ``{"amount":{"denom":"uakt","amount":"<int>"}}`` + ``{"inflation":"<dec>"}`` → one current row."""
    supply = _load(supply_body, "bank supply", LCD_SOURCE)
    amount = supply.get("amount") if isinstance(supply, dict) else None
    if not isinstance(amount, dict) or amount.get("denom") != "uakt" or "amount" not in amount:
        raise SourceDataError(LCD_SOURCE, "bank supply: expected {'amount': {'denom': 'uakt', 'amount': ...}}",
                              column="amount")
    supply_text = _decimal_text(amount["amount"], "bank supply", "amount", 0, LCD_SOURCE)
    if supply_text is None or Decimal(supply_text) != Decimal(supply_text).to_integral_value():
        raise SourceDataError(LCD_SOURCE, "bank supply: uakt amount is not an integer", column="amount", rows=[0])
    inflation = _load(inflation_body, "mint inflation", LCD_SOURCE)
    if not isinstance(inflation, dict) or "inflation" not in inflation:
        raise SourceDataError(LCD_SOURCE, "mint inflation: expected {'inflation': '<decimal>'}", column="inflation")
    return pd.DataFrame({
        "total_supply_uakt": [str(int(Decimal(supply_text)))],
        "inflation": [_decimal_text(inflation["inflation"], "mint inflation", "inflation", 0, LCD_SOURCE)],
    })


def parse_pre_mine_unlocks(body: bytes | str) -> pd.DataFrame:
    """Artemis' curated ``date,pre_mine_unlocks`` (whole AKT, monthly on the 25th) → (date, unlocked_akt)."""
    text = body.decode() if isinstance(body, bytes) else body
    rows = list(csv.DictReader(io.StringIO(text)))
    for column in ("date", "pre_mine_unlocks"):
        if not rows or column not in rows[0]:
            raise SourceDataError(PRE_MINE_SOURCE, "pre-mine unlocks: column missing", column=column)
    bad_dates = [i for i, r in enumerate(rows) if not _iso_date(r["date"])]
    if bad_dates:
        raise SourceDataError(PRE_MINE_SOURCE, "pre-mine unlocks: date is not YYYY-MM-DD", column="date",
                              rows=bad_dates)
    return pd.DataFrame({
        "date": [date.fromisoformat(r["date"]) for r in rows],
        "unlocked_akt": [_decimal_text(r["pre_mine_unlocks"].strip(), "pre-mine unlocks", "pre_mine_unlocks", i,
                                       PRE_MINE_SOURCE) for i, r in enumerate(rows)],
    })


def _iso_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except (TypeError, ValueError):
        return False
    return True
