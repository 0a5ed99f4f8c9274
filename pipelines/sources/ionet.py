"""io.net explorer (SOURCES.md §3): supplier earnings (I1), clusters (I2), market snapshot (I3), and the
IO emission schedule of the tokenomics docs. Requests, parsing and the pure formulas; no I/O.

I1 earnings are *estimated* supplier earnings in USD (docs: "estimated from compute provided, not actual
payments"), kept apart from gross revenue; gross is derived in dbt with :func:`gross_from_supplier`'s
formula. The routes are undocumented, so the row date field is read from a short list of names [unv].
"""

from __future__ import annotations

import calendar
import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

import pandas as pd

from ..http_layer.client import ApiRequest, SourcePolicy
from .errors import SourceDataError

SOURCE = "ionet_explorer"
BASE = "https://api.io.solutions/v1/io-explorer"
POLICY = SourcePolicy(SOURCE, requests_per_second=5.0, concurrency=1)  # docs: 150 req / 10 s
EXPLORER_HEADERS = {"Origin": "https://explorer.io.net", "Referer": "https://explorer.io.net"}
DATE_FIELDS = ("date", "day", "timestamp")  # [unv]: third-party code shows only the amounts
MARKET_COUNTS = ("total", "idle", "hired")


def earnings_summary_request() -> ApiRequest:
    return ApiRequest(url=f"{BASE}/network/info/cluster/total-earnings-summary")


def clusters_request() -> ApiRequest:
    return ApiRequest(url=f"{BASE}/network/info/clusters")


def market_snapshot_request() -> ApiRequest:
    return ApiRequest(url=f"{BASE}/network/market-snapshot", headers=dict(EXPLORER_HEADERS))


def _load(body: bytes | str, what: str):
    try:
        return json.loads(body, parse_float=Decimal)
    except json.JSONDecodeError as exc:
        raise SourceDataError(SOURCE, f"{what}: body is not JSON ({exc})") from exc


def _data(payload, kind: type, what: str):
    data = payload.get("data") if isinstance(payload, dict) else None
    if not isinstance(data, kind):
        raise SourceDataError(SOURCE, f"{what}: expected {{'data': {kind.__name__}}}", column="data")
    return data


def _number_text(records: list[dict], column: str, what: str) -> list[str]:
    missing = [i for i, r in enumerate(records) if r.get(column) is None]
    if missing:
        raise SourceDataError(SOURCE, f"{what}: field missing", column=column, rows=missing)
    try:
        numbers = [Decimal(str(r[column])) for r in records]
    except InvalidOperation:
        raise SourceDataError(SOURCE, f"{what}: not a number", column=column) from None
    bad = [i for i, n in enumerate(numbers) if not n.is_finite()]
    if bad:
        raise SourceDataError(SOURCE, f"{what}: not a finite number", column=column, rows=bad)
    return [format(n, "f") for n in numbers]


def _optional_number_text(records: list[dict], column: str, what: str) -> list[str | None]:
    present = [i for i, r in enumerate(records) if r.get(column) is not None]
    texts = _number_text([records[i] for i in present], column, what)
    by_row = dict(zip(present, texts))
    return [by_row.get(i) for i in range(len(records))]


def _row_day(value) -> pd.Timestamp:
    """ISO date/datetime text, or unix seconds/milliseconds."""
    if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        return pd.Timestamp(int(value), unit="ms" if value > 10**11 else "s", tz="UTC")
    moment = pd.Timestamp(value)
    return moment.tz_convert("UTC") if moment.tzinfo else moment.tz_localize("UTC")


def parse_earnings_summary(body: bytes | str) -> pd.DataFrame:
    """I1 ``{"data":[{<date>, "daily_earnings", "total_earnings", …}]}`` → (date, daily, total) as text.

    Only the last row may carry a time other than 00:00 UTC (today so far) and is dropped; a
    date-only "today" row is dropped in staging (rows after the snapshot day never enter facts).
    """
    what = "total-earnings-summary"
    records = _data(_load(body, what), list, what)
    field = next((f for f in DATE_FIELDS if records and f in records[0]), None)
    if records and field is None:
        raise SourceDataError(SOURCE, f"{what}: no date field (looked for {list(DATE_FIELDS)})", column="date",
                              rows=[0])
    try:
        moments = [_row_day(r.get(field)) for r in records]
    except (ValueError, TypeError):
        raise SourceDataError(SOURCE, f"{what}: unreadable {field}", column=field) from None
    off_midnight = [i for i, m in enumerate(moments) if m != m.normalize()]
    if off_midnight and off_midnight != [len(moments) - 1]:
        raise SourceDataError(SOURCE, f"{what}: rows not at 00:00 UTC before the last", column=field,
                              rows=off_midnight)
    keep = len(records) - len(off_midnight)
    return pd.DataFrame({
        "date": [m.date() for m in moments[:keep]],
        "daily_earnings_usd": pd.Series(_number_text(records[:keep], "daily_earnings", what), dtype=object),
        "total_earnings_usd": pd.Series(_number_text(records[:keep], "total_earnings", what), dtype=object),
    })


def parse_clusters(body: bytes | str) -> pd.DataFrame:
    """I2 ``{"data":{"running_clusters":int,"total_compute_hours_served":num,…}}`` → one current row."""
    what = "clusters"
    data = _data(_load(body, what), dict, what)
    running, hours = _number_text([data], "running_clusters", what) + _number_text(
        [data], "total_compute_hours_served", what)
    return pd.DataFrame({"running_clusters": pd.array([int(Decimal(running))], dtype="Int64"),
                         "total_compute_hours_served": [hours]})


def parse_market_snapshot(body: bytes | str) -> pd.DataFrame:
    """I3 ``{"data":[{"hardware_name","price","total","idle","hired"}]}`` (price USD/h) → one row per hardware."""
    what = "market-snapshot"
    records = _data(_load(body, what), list, what)
    names = [r.get("hardware_name") for r in records]
    missing = [i for i, n in enumerate(names) if not n]
    if missing:
        raise SourceDataError(SOURCE, f"{what}: field missing", column="hardware_name", rows=missing)
    counts = {c: [Decimal(t) for t in _number_text(records, c, what)] for c in MARKET_COUNTS}
    for column, values in counts.items():
        fractional = [i for i, v in enumerate(values) if v != v.to_integral_value()]
        if fractional:
            raise SourceDataError(SOURCE, f"{what}: count is not an integer", column=column, rows=fractional)
    return pd.DataFrame({
        "hardware_name": pd.Series(names, dtype=object),
        "price_usd_per_hour": pd.Series(_optional_number_text(records, "price", what), dtype=object),
        **{c: pd.array([int(v) for v in values], dtype="Int64") for c, values in counts.items()},
    })


def gross_from_supplier(supplier_usd: float, supplier_fee: float, renter_fee: float) -> float:
    """METRICS §6: gross ≈ supplier ÷ (1 − f_s) × (1 + f_r) (each side pays its reservation fee)."""
    return supplier_usd / (1 - supplier_fee) * (1 + renter_fee)


@dataclass(frozen=True)
class EmissionSchedule:
    """SOURCES §3: 300M IO over 240 months from July 2024, each month the previous × ``monthly_decay``."""

    first_month: date
    month_1_io: Decimal
    monthly_decay: Decimal
    months: int

    def month_index(self, day: date) -> int:
        return (day.year - self.first_month.year) * 12 + day.month - self.first_month.month + 1

    def monthly(self, month_index: int) -> Decimal:
        if not 1 <= month_index <= self.months:
            return Decimal(0)
        return self.month_1_io * self.monthly_decay ** (month_index - 1)

    def daily(self, day: date) -> Decimal:
        """Paid hourly; a day gets the month's amount ÷ its days (flagged interpolated downstream)."""
        return self.monthly(self.month_index(day)) / calendar.monthrange(day.year, day.month)[1]

    @classmethod
    def from_params(cls, params: dict[str, str], first_month: date) -> "EmissionSchedule":
        """From the ``ionet_params`` seed values (param → value text) and the month-1 row's valid_from."""
        return cls(first_month, Decimal(params["emission_month_1_io"]),
                   Decimal(params["emission_monthly_decay"]), int(Decimal(params["emission_months"])))
