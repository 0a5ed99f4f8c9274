"""io.net parsers (sample bodies in the SOURCES.md §3 shapes; no real body exists), the gross-from-supplier
formula worked by hand, and the IO emission schedule from its seed."""

from __future__ import annotations

import csv
import json
from datetime import date
from decimal import Decimal

import pytest

from pipelines.sample_data import ionet as sample
from pipelines.settings import SEEDS_DIR
from pipelines.sources import ionet
from pipelines.sources.errors import SourceDataError


def schedule() -> ionet.EmissionSchedule:
    rows = list(csv.DictReader((SEEDS_DIR / "ionet_params.csv").open()))
    first = next(r["valid_from"] for r in rows if r["param"] == "emission_month_1_io")
    return ionet.EmissionSchedule.from_params({r["param"]: r["value"] for r in rows}, date.fromisoformat(first))


def test_emission_schedule_month_1_and_2():
    plan = schedule()
    assert plan.month_index(date(2024, 7, 1)) == 1 and plan.month_index(date(2024, 8, 31)) == 2
    assert plan.monthly(1) == 3_333_333  # July 2024
    assert abs(plan.monthly(2) - 3_299_497) <= 1  # August 2024 (docs)
    assert plan.daily(date(2024, 7, 15)) == Decimal(3_333_333) / 31
    assert plan.monthly(0) == plan.monthly(241) == 0  # before July 2024 and after 240 months
    total = sum(plan.monthly(m) for m in range(1, 241))
    assert abs(total - 300_000_000) / 300_000_000 < 0.001  # 300M over 240 months


def test_gross_from_supplier_by_hand():
    # 10,000 USD to suppliers after their 0.25 % fee was 10,000 / 0.9975 = 10,025.0627 of rental;
    # the renter paid that plus 0.25 %: 10,025.0627 × 1.0025 = 10,050.1253.
    assert ionet.gross_from_supplier(10_000, 0.0025, 0.0025) == pytest.approx(10_050.12531328321, abs=1e-9)
    assert ionet.gross_from_supplier(0, 0.0025, 0.0025) == 0


def test_earnings_summary_keeps_text_and_drops_a_partial_timestamped_row():
    body = sample.earnings_body(date(2025, 9, 1), date(2025, 9, 8))
    frame = ionet.parse_earnings_summary(json.dumps(body))
    assert len(frame) == len(body["data"]) == sample.HISTORY_DAYS + 8  # date-only rows: today is dropped in staging
    assert frame["daily_earnings_usd"].iloc[0] == str(body["data"][0]["daily_earnings"])
    stamped = {"data": [{"timestamp": 1756684800, "daily_earnings": 10, "total_earnings": 100},
                        {"timestamp": 1756771200000, "daily_earnings": 11, "total_earnings": 111},
                        {"timestamp": "2025-09-03T09:30:00Z", "daily_earnings": 2, "total_earnings": 113}]}
    frame = ionet.parse_earnings_summary(json.dumps(stamped))
    assert list(frame["date"]) == [date(2025, 9, 1), date(2025, 9, 2)]  # unix s, unix ms; partial dropped


@pytest.mark.parametrize("body, problem", [
    ({"data": [{"daily_earnings": 1, "total_earnings": 1}]}, r"column 'date'.*no date field"),
    ({"data": [{"date": "2025-09-01", "total_earnings": 1}]}, r"column 'daily_earnings'.*rows \[0\]"),
    ({"data": {"daily_earnings": 1}}, r"column 'data'"),
])
def test_malformed_earnings_fail_naming_the_field(body, problem):
    with pytest.raises(SourceDataError, match=problem):
        ionet.parse_earnings_summary(json.dumps(body))


def test_market_snapshot_and_clusters():
    body = sample.market_snapshot_body()
    frame = ionet.parse_market_snapshot(json.dumps(body))
    assert list(frame["hardware_name"]) == list(sample.HARDWARE)
    assert frame["hired"].sum() == sum(r["hired"] for r in body["data"])
    assert ionet.market_snapshot_request().headers == {"Origin": "https://explorer.io.net",
                                                       "Referer": "https://explorer.io.net"}
    with pytest.raises(SourceDataError, match=r"column 'hired'.*not an integer.*rows \[1\]"):
        ionet.parse_market_snapshot(json.dumps({"data": [dict(body["data"][0]), dict(body["data"][1], hired=2.5)]}))
    clusters = ionet.parse_clusters('{"data": {"running_clusters": 412, "total_compute_hours_served": 18234567.5}}')
    assert clusters.to_dict("records") == [{"running_clusters": 412, "total_compute_hours_served": "18234567.5"}]
