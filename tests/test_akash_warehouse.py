"""Akash end to end on sample bodies over loopback replay, real DuckDB, real dbt: unit conversions,
the partial day, daily = diff(total), the BME mixed day, burns/mints, and a restatement between two
snapshots. The pre-mine schedule is the real Artemis file."""

from __future__ import annotations

import json
import os
import shutil
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import duckdb
import pytest

from pipelines import ingest, registry
from pipelines.http_layer.client import HttpClient
from pipelines.http_layer.replay_server import serve_recordings
from pipelines.ingest.akash import (ingest_akash_graph_data, ingest_akash_pre_mine_unlocks,
                                    ingest_akash_supply_inflation)
from pipelines.sample_data import akash as sample
from pipelines.sample_data import coingecko as sample_coingecko
from pipelines.settings import DBT_PROJECT_DIR
from pipelines.sources import akash

from .helpers import run_dbt, write_meta

# Current-state sources are dated by the UTC day they are read, whatever the partition.
TODAY = datetime.now(timezone.utc).date()

FIRST = ingest.Window(date(2026, 3, 20), date(2026, 3, 27))   # reaches BME (2026-03-23)
SECOND = ingest.Window(date(2026, 3, 27), date(2026, 3, 28))  # next day's pull: full history again
BME_DAY = date(2026, 3, 23)
OLD, RECENT = date(2026, 2, 15), date(2026, 3, 10)  # 40 and 17 days before the second snapshot
MODELS = ("+int_akash__service_payments_daily", "+int_akash__burns_daily", "+int_akash__mints_daily",
          "+int_akash__capacity_daily", "stg_akash__graph_data_restatements", "akash_daily_equals_diff_of_total",
          "akash_restated_beyond_repull_window", "akash_net_burn_equals_burned_minus_reminted")
U = Decimal("0.000001")


def _recordings(root, real_data, window_end):
    sample.write(root, FIRST.start, window_end)
    sample_coingecko.write(root, FIRST.start, window_end)
    for suffix in (".json", ".meta.json"):  # the real schedule replaces the invented one
        (root / f"akash/pre-mine-unlocks{suffix}").unlink()
    write_meta(root, "akash/pre-mine-real", akash.PRE_MINE_URL,
               real_data / "compute/artemis_dbt_seeds/akash_pre_mine_unlocks_data.csv")


def _ingest(root, recordings, window):
    with serve_recordings(recordings) as url, HttpClient("replay", replay_url=url) as client, \
            duckdb.connect(str(root / "warehouse.duckdb")) as con:
        ingest_akash_graph_data(client, con, root / "landing", window)
        ingest_akash_supply_inflation(client, con, root / "landing", window)
        ingest_akash_pre_mine_unlocks(client, con, root / "landing", window)
        akt = tuple(t for t in registry.tokens() if t.token == "AKT")
        ingest.ingest_coingecko_market_chart(client, con, root / "landing", ingest.Window(FIRST.start, window.end), akt)


def _build(root) -> dict[str, int]:
    """dbt build of the Akash models; returns the failure count of each warn test."""
    run_dbt(root, "build", "--indirect-selection", "cautious", "--select", *MODELS)
    target = os.environ.get("DBT_TARGET_PATH", str(DBT_PROJECT_DIR / "target"))
    results = json.loads(open(os.path.join(target, "run_results.json")).read())["results"]
    return {r["unique_id"].split(".")[-1]: r["failures"] for r in results if r["unique_id"].startswith("test.")}


def _query(root, sql, *params):
    with duckdb.connect(str(root / "warehouse.duckdb"), read_only=True) as con:
        return con.execute(sql, list(params)).fetchall()


@pytest.fixture(scope="module")
def warehouse(real_data, tmp_path_factory):
    root = tmp_path_factory.mktemp("akash")
    _recordings(root / "rec1", real_data, FIRST.end)
    _ingest(root, root / "rec1", FIRST)
    first_tests = _build(root)
    first = {"daily": _query(root, "select * from staging.stg_akash__graph_data_daily order by date"),
             "raw_max_date": _query(root, "select max(date) from raw.akash_graph_data")[0][0]}

    # Next day: the console returns the whole history again, with two days' USD restated.
    _recordings(root / "rec2", real_data, SECOND.end)
    usd = root / "rec2/akash/graph-data_dailyUUsdSpent.json"
    body = json.loads(usd.read_text())
    for snapshot in body["snapshots"]:
        if snapshot["date"][:10] in (OLD.isoformat(), RECENT.isoformat()):
            snapshot["value"] += 1_000_000  # +1 USD
    usd.write_text(json.dumps(body))
    _ingest(root, root / "rec2", SECOND)
    second_tests = _build(root)
    yield root, first, first_tests, second_tests
    shutil.rmtree(root, ignore_errors=True)


def _points(window_end):
    return {p["date"]: p for p in sample.daily_points(FIRST.start, window_end)}


def test_partial_day_never_enters_and_units_convert_once(warehouse):
    root, first, _, _ = warehouse
    points = _points(FIRST.end)
    assert first["raw_max_date"] == FIRST.last_day  # the 08:11:49 point of 2026-03-27 was dropped
    for row in first["daily"]:
        day, akt, stable, act, usd, *_ = row
        point = points[day]
        assert akt == Decimal(point["dailyUAktSpent"]) * U  # uakt → AKT, exact
        assert stable == act == Decimal(point["dailyUUsdcSpent"]) * U
        assert usd == Decimal(point["dailyUUsdSpent"]) * U
    utilization = dict(_query(root, "select date, gpu_utilization from staging.stg_akash__graph_data_daily"))
    assert utilization[BME_DAY] == pytest.approx(points[BME_DAY]["gpuUtilization"] / 100)  # percent → fraction
    capacity = _query(root, "select unit, units_active, utilization_rate from intermediate.int_akash__capacity_daily "
                            "where date = ?", BME_DAY)
    assert capacity == [("GPU", points[BME_DAY]["activeGPU"], utilization[BME_DAY])]


def test_daily_equals_diff_of_total_then_flags_the_restated_days(warehouse):
    _, _, first_tests, second_tests = warehouse
    assert first_tests["akash_daily_equals_diff_of_total"] == 0
    assert first_tests["akash_net_burn_equals_burned_minus_reminted"] == 0
    # The restated daily values no longer match their (unchanged) totals.
    assert second_tests["akash_daily_equals_diff_of_total"] == 2


def test_restatement_older_than_the_repull_window_is_reported(warehouse):
    root, _, first_tests, second_tests = warehouse
    rows = _query(root, "select series, date, previous_snapshot_date, snapshot_date, days_before_snapshot, "
                        "is_beyond_repull_window from staging.stg_akash__graph_data_restatements order by date")
    assert rows == [("dailyUUsdSpent", OLD, FIRST.last_day, SECOND.last_day, 40, True),
                    ("dailyUUsdSpent", RECENT, FIRST.last_day, SECOND.last_day, 17, False)]
    assert first_tests["akash_restated_beyond_repull_window"] == 0
    assert second_tests["akash_restated_beyond_repull_window"] == 1
    points = _points(SECOND.end)
    latest = dict(_query(root, "select date, usd_spent from staging.stg_akash__graph_data_daily"))
    assert latest[OLD] == (Decimal(points[OLD]["dailyUUsdSpent"]) + 1_000_000) * U  # the latest snapshot wins


def test_revenue_is_indexer_usd_split_by_currency_with_pre_bme_take(warehouse):
    root, *_ = warehouse
    points = _points(SECOND.end)
    rows = _query(root, "select date, pay_currency, gross_native, gross_usd, to_provider_usd, to_protocol_usd, "
                        "pricing_basis, is_estimated from intermediate.int_akash__service_payments_daily "
                        "where date between ? and ? order by date, pay_currency",
                  BME_DAY - timedelta(days=1), BME_DAY + timedelta(days=1))
    by_day = {}
    for day, currency, *values in rows:
        by_day.setdefault(day, {})[currency] = values
    for day, currencies in by_day.items():  # the split always sums back to dailyUUsdSpent / 1e6
        usd = points[day]["dailyUUsdSpent"] / 1e6
        assert sum(v[1] for v in currencies.values()) == pytest.approx(usd, abs=1e-6)

    # values: gross_native, gross_usd, to_provider_usd, to_protocol_usd, pricing_basis, is_estimated
    before, mixed, after = (by_day[BME_DAY + timedelta(days=d)] for d in (-1, 0, 1))
    stable = points[BME_DAY - timedelta(days=1)]["dailyUUsdcSpent"] / 1e6
    assert set(before) == {"AKT", "USDC"}
    assert before["USDC"][:4] == pytest.approx([stable, stable, stable * 0.8, stable * 0.2])
    assert before["AKT"][3] == pytest.approx(before["AKT"][1] * 0.04)
    assert (before["USDC"][4], before["AKT"][4]) == ("peg", "market")

    share = 0.583333333333  # 14:00 UTC upgrade: 14/24 of the day pre-BME (seed)
    stable = points[BME_DAY]["dailyUUsdcSpent"] / 1e6
    assert set(mixed) == {"AKT", "USDC", "ACT"} and all(v[5] for v in mixed.values())  # estimated split
    assert mixed["USDC"][1] == pytest.approx(stable * share)
    assert mixed["USDC"][3] == pytest.approx(stable * share * 0.2)
    assert mixed["ACT"][1] == pytest.approx(stable * (1 - share)) and mixed["ACT"][3] == 0
    assert mixed["AKT"][3] == pytest.approx(mixed["AKT"][1] * 0.04 * share)

    assert set(after) == {"AKT", "ACT"} and not any(v[5] for v in after.values())
    assert all(v[3] == 0 and v[2] == pytest.approx(v[1]) for v in after.values())  # no take after BME


def test_bme_burns_and_mints(warehouse):
    root, *_ = warehouse
    points = _points(SECOND.end)
    burns = _query(root, "select date, burn_type, burn_native, burn_usd is not null "
                         "from intermediate.int_akash__burns_daily order by date, burn_type")
    assert min(d for d, *_ in burns) == BME_DAY  # nothing before BME
    for day, burn_type, native, priced in burns:
        point = points[day]
        expected = point["dailyNetAktBurned"] if burn_type == "service_payment" else \
            point["dailyAktBurnedForAct"] - point["dailyNetAktBurned"]
        assert native == Decimal(expected) * U and priced
    mints = _query(root, "select date, mint_type, mint_native, is_estimated from intermediate.int_akash__mints_daily "
                         "where mint_type <> 'vesting_unlock' order by date, mint_type")
    remints = {d: n for d, t, n, _ in mints if t == "settlement_remint"}
    assert remints == {d: Decimal(p["dailyAktReminted"]) * U for d, p in points.items() if d >= BME_DAY}
    staking = [(d, n, e) for d, t, n, e in mints if t == "validator_staking"]
    expected = 271_834_561.203477 * 0.1315 / 365  # sample supply × inflation ÷ 365
    assert [(d, e) for d, _, e in staking] == [(TODAY, True)]  # one read day, both pulls today
    assert all(float(n) == pytest.approx(expected, rel=1e-12) for _, n, _ in staking)


def test_real_pre_mine_schedule_becomes_vesting_unlocks(warehouse):
    root, *_ = warehouse
    unlocks = _query(root, "select date, mint_native from intermediate.int_akash__mints_daily "
                           "where mint_type = 'vesting_unlock' order by date")
    assert len(unlocks) == 31 and unlocks[:2] == [(date(2020, 9, 25), Decimal(2_800_000)),
                                                  (date(2020, 10, 25), Decimal(12_471_176))]
