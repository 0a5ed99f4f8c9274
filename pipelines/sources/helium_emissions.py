"""Helium emission schedules (SOURCES.md §6): the admin-CLI JSON files of helium-program-library.

``[{"startTime":"2025-08-01T00:00:01Z","emissionsPerEpoch":"20,547.94520548"}]`` in whole tokens per
epoch (one epoch = one UTC day); ``hst.json`` holds ``percent`` (HST share of HNT emissions).

Which row pays which day follows the program, not the calendar: an epoch's emissions are read with
``get_emissions_at(end_of_epoch_ts)`` (helium-sub-daos ``calculate_utility_score_v0.rs``,
``issue_rewards_v0.rs``; binary search in ``state.rs``). Epoch ``d`` ends at ``d+1`` 00:00:00 UTC, so
a row starting at 00:00:01 first pays its own date and a row starting at 00:00:00 already pays the
day before (the 2023-08-02T00:00:00 row pays 2023-08-01).

Each file was rewritten over time and the current version drops past rows (``iot.json`` now starts
2024-01-08), so earlier versions are pulled by commit and merged: a newer version governs from its
first row on, an older one only the days before.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pandas as pd

from ..http_layer.client import ApiRequest, SourcePolicy
from .errors import SourceDataError

SOURCE = "helium_program_library"
RAW_BASE = "https://raw.githubusercontent.com/helium/helium-program-library"
POLICY = SourcePolicy(SOURCE, requests_per_second=2.0, concurrency=2)
PERCENT_FILES = {"hst"}
# Oldest first; "master" is the live file. Commits are the parents of the rewrites (SOURCES.md §6).
VERSIONS: dict[str, tuple[str, ...]] = {
    "hnt": ("87cf92285d96357290b1c42878e21574b3a9ee09", "master"),
    "iot": ("29eab954ee64fc2bed5950d4e9992da97c40eab0", "master"),
    "mobile": ("29eab954ee64fc2bed5950d4e9992da97c40eab0", "master"),
    "hst": ("717b2f65c74692cea4bd8cb1bda00dc6d65e69e8", "master"),
}
_AMOUNT = re.compile(r"^\d{1,3}(,\d{3})*(\.\d+)?$|^\d+(\.\d+)?$")


@dataclass(frozen=True)
class ScheduleRow:
    start_at: datetime
    value: Decimal  # whole tokens per epoch, or percent for hst


def schedule_request(name: str, git_ref: str = "master") -> ApiRequest:
    return ApiRequest(url=f"{RAW_BASE}/{git_ref}/packages/helium-admin-cli/emissions/{name}.json")


def version_order(name: str, git_ref: str) -> int:
    """Position of ``git_ref`` among the pulled versions of ``name`` (0 = oldest)."""
    refs = VERSIONS.get(name, ())
    if git_ref not in refs:
        raise SourceDataError(SOURCE, f"{name}.json: unknown version {git_ref!r}", column="git_ref")
    return refs.index(git_ref)


def _amount(text, index: int, column: str, what: str) -> str:
    """``"20,547.94520548"`` → ``"20547.94520548"``; separators must sit every three digits."""
    if isinstance(text, int) and not isinstance(text, bool):
        return str(text)
    if not isinstance(text, str) or not _AMOUNT.match(text):
        raise SourceDataError(SOURCE, f"{what}: not a decimal amount: {text!r}", column=column, rows=[index])
    return text.replace(",", "")


def parse_schedule(body: bytes | str, name: str, git_ref: str) -> pd.DataFrame:
    """One row per schedule entry: start time and the exact value as decimal text."""
    what = f"{name}.json@{git_ref}"
    try:
        records = json.loads(body)
    except json.JSONDecodeError as exc:
        raise SourceDataError(SOURCE, f"{what}: body is not JSON ({exc})") from exc
    if not isinstance(records, list) or not records:
        raise SourceDataError(SOURCE, f"{what}: expected a non-empty list of rows")
    column = "percent" if name in PERCENT_FILES else "emissionsPerEpoch"
    for field in ("startTime", column):
        missing = [i for i, r in enumerate(records) if not isinstance(r, dict) or field not in r]
        if missing:
            raise SourceDataError(SOURCE, f"{what}: field missing", column=field, rows=missing)
    starts = pd.to_datetime([r["startTime"] for r in records], utc=True).as_unit("us")
    if not starts.is_monotonic_increasing or starts.has_duplicates:
        raise SourceDataError(SOURCE, f"{what}: startTime not strictly increasing", column="startTime")
    return pd.DataFrame({
        "schedule": name,
        "git_ref": git_ref,
        "version_order": version_order(name, git_ref),
        "row_index": pd.array(range(len(records)), dtype="Int64"),
        "start_at": starts,
        "value_text": [_amount(r[column], i, column, what) for i, r in enumerate(records)],
        "value_unit": "percent" if name in PERCENT_FILES else "tokens_per_epoch",
    })


def rows_of(frame: pd.DataFrame) -> list[ScheduleRow]:
    return [ScheduleRow(ts.to_pydatetime(), Decimal(v)) for ts, v in zip(frame["start_at"], frame["value_text"])]


def merge_versions(*versions: list[ScheduleRow]) -> list[ScheduleRow]:
    """Versions oldest first: each newer version replaces everything from its first row's first day."""
    merged: list[ScheduleRow] = []
    for rows in versions:
        cut = first_paid_day(rows[0].start_at)
        merged = [r for r in merged if first_paid_day(r.start_at) < cut] + list(rows)
    return merged


def first_paid_day(start_at: datetime) -> date:
    """The first UTC day whose epoch end (next midnight) is at or after ``start_at`` (whole seconds,
    as the program's i64 ``start_unix_time``)."""
    return (start_at.astimezone(timezone.utc) - timedelta(seconds=1)).date()


def value_for_day(rows: list[ScheduleRow], day: date) -> Decimal | None:
    """The row in force at the end of ``day``'s epoch (``get_emissions_at(end_of_epoch_ts)``)."""
    paid = [r.value for r in rows if first_paid_day(r.start_at) <= day]
    return paid[-1] if paid else None


def expected_emissions(rows: list[ScheduleRow], day: date, *, ends_on: date | None = None) -> Decimal | None:
    """Tokens the schedule mints for ``day``; 0 from ``ends_on`` (HIP-138 for IOT/MOBILE) although
    the files still list rows to 2027. None before the schedule starts."""
    value = value_for_day(rows, day)
    if value is not None and ends_on is not None and day >= ends_on:
        return Decimal(0)
    return value
