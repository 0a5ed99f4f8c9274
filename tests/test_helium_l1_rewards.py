"""Helium L1 (pre-Solana) daily rewards from the 1kx/DeWi ETL export, against the schedule they imply.

L1 emitted 5,000,000 HNT a month until HIP-20 halved it on 2021-08-01 to 2,500,000 a month = 30M a
year, i.e. 82,191.78082192 HNT a day: the very rate the Solana schedule starts with (first row of the
pre-2025 hnt.json). L1 paid per ~30-minute epoch, and blocks ran slower than target, so observed days
fall below the schedule; the honest check is windowed: 85–100 % of the schedule on each side of the
halving, and a halving ratio near 1/2."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from pipelines.sources.helium_emissions import VERSIONS, parse_schedule

HIP20 = date(2021, 8, 1)
PRE_HIP20_PER_DAY = Decimal(5_000_000 * 12) / 365   # 164,383.56 HNT/day
HIP20_PER_DAY = Decimal(30_000_000) / 365            # 82,191.78 HNT/day


def parse_l1_daily_rewards(text: str) -> dict[date, dict]:
    """``ts_day,num_accounts,rewards_hnt,date``: quoted thousands separators, M/D/YYYY dates."""
    days = {}
    for row in csv.DictReader(io.StringIO(text)):
        day = datetime.strptime(row["date"], "%m/%d/%Y").date()
        if datetime.fromtimestamp(int(row["ts_day"]), tz=timezone.utc).date() != day:
            raise ValueError(f"ts_day {row['ts_day']} is not {day}")
        days[day] = {"rewards_hnt": int(row["rewards_hnt"].replace(",", "")),
                     "num_accounts": int(row["num_accounts"].replace(",", ""))}
    return days


@pytest.fixture(scope="module")
def l1(real_data):
    path = real_data / "storage_wireless/1kx_depin_tokenomics/helium/helium_rewards_etc_daily.csv"
    return parse_l1_daily_rewards(path.read_text())


def _window(l1, start: date, end: date) -> tuple[int, int]:
    values = [v["rewards_hnt"] for d, v in l1.items() if start <= d < end]
    return len(values), sum(values)


def test_file_parses_with_its_three_missing_days(l1):
    assert len(l1) == 884
    assert min(l1) == date(2019, 7, 29) and max(l1) == date(2021, 12, 31)
    every_day = {date(2019, 7, 29) + timedelta(days=i) for i in range((max(l1) - min(l1)).days + 1)}
    assert every_day - set(l1) == {date(2019, 12, 19), date(2021, 11, 16), date(2021, 12, 19)}
    assert l1[date(2021, 12, 31)] == {"rewards_hnt": 70_115, "num_accounts": 143_204}  # "70,115", "143,204"
    assert l1[date(2019, 7, 30)] == {"rewards_hnt": 5, "num_accounts": 42}


@pytest.mark.parametrize("start, end, per_day", [
    (date(2021, 1, 1), HIP20, PRE_HIP20_PER_DAY),
    (HIP20, date(2022, 1, 1), HIP20_PER_DAY),
])
def test_observed_rewards_stay_within_85_to_100_percent_of_the_schedule(l1, start, end, per_day):
    days, total = _window(l1, start, end)
    ratio = Decimal(total) / (per_day * days)
    assert Decimal("0.85") <= ratio <= 1, ratio


def test_hip20_halving_halves_daily_rewards(l1):
    before_days, before = _window(l1, date(2021, 1, 1), HIP20)
    after_days, after = _window(l1, HIP20, date(2022, 1, 1))
    assert (before_days, after_days) == (212, 151)
    ratio = (after / after_days) / (before / before_days)
    assert 0.45 <= ratio <= 0.55, ratio
    assert l1[HIP20]["rewards_hnt"] < PRE_HIP20_PER_DAY / 2 < l1[HIP20 - timedelta(days=1)]["rewards_hnt"]


def test_the_solana_schedule_starts_at_the_l1_hip20_rate(real_data):
    body = (real_data / "storage_wireless/helium_program_library/emissions_hnt_pre_2025_halving.json").read_bytes()
    first = parse_schedule(body, "hnt", VERSIONS["hnt"][0]).iloc[0]
    assert str(first["start_at"].date()) == "2023-04-18"
    assert Decimal(first["value_text"]) == HIP20_PER_DAY.quantize(Decimal("1e-8"))
