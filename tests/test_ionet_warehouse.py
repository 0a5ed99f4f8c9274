"""io.net end to end on sample bodies over loopback replay, real DuckDB, real dbt: estimated supplier
earnings → gross, hired ÷ total utilization, the emission schedule in SQL, and bad input."""

from __future__ import annotations

import json
import os
import shutil
from datetime import date, datetime, timezone

import duckdb
import pytest

from pipelines import ingest
from pipelines.http_layer.client import HttpClient
from pipelines.http_layer.replay_server import serve_recordings
from pipelines.ingest.ionet import (ingest_ionet_clusters, ingest_ionet_earnings_summary,
                                    ingest_ionet_market_snapshot)
from pipelines.sample_data import ionet as sample
from pipelines.schemas.validation import ValidationFailed
from pipelines.settings import DBT_PROJECT_DIR

from .helpers import run_dbt
from .test_ionet_sources import schedule

# Current-state sources are dated by the UTC day they are read, whatever the partition.
TODAY = datetime.now(timezone.utc).date()

WINDOW = ingest.Window(date(2025, 9, 1), date(2025, 9, 8))
MODELS = ("+int_ionet__service_payments_daily", "+int_ionet__mints_daily", "+int_ionet__capacity_daily",
          "stg_ionet__clusters_daily", "ionet_daily_equals_diff_of_total")


def _load(recordings, con, landing):
    with serve_recordings(recordings) as url, HttpClient("replay", replay_url=url) as client:
        for load in (ingest_ionet_earnings_summary, ingest_ionet_clusters, ingest_ionet_market_snapshot):
            load(client, con, landing, WINDOW)


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    root = tmp_path_factory.mktemp("ionet")
    sample.write(root / "rec", WINDOW.start, WINDOW.end)
    with duckdb.connect(str(root / "warehouse.duckdb")) as con:
        _load(root / "rec", con, root / "landing")
    run_dbt(root, "build", "--indirect-selection", "cautious", "--select", *MODELS)
    target = os.environ.get("DBT_TARGET_PATH", str(DBT_PROJECT_DIR / "target"))
    results = json.loads(open(os.path.join(target, "run_results.json")).read())["results"]
    failures = {r["unique_id"].split(".")[-1]: r["failures"] for r in results if r["unique_id"].startswith("test.")}
    con = duckdb.connect(str(root / "warehouse.duckdb"), read_only=True)
    yield root, con, failures
    con.close()
    shutil.rmtree(root, ignore_errors=True)


def test_gross_is_derived_from_estimated_supplier_earnings(warehouse):
    _, con, failures = warehouse
    body = sample.earnings_body(WINDOW.start, WINDOW.end)
    supplier = {date.fromisoformat(r["date"]): r["daily_earnings"] for r in body["data"]}
    rows = con.execute("select date, pay_currency, gross_usd, to_provider_usd, to_protocol_usd, pricing_basis, "
                       "is_estimated, is_external from intermediate.int_ionet__service_payments_daily "
                       "order by date").fetchall()
    assert rows[-1][0] == WINDOW.last_day  # the "today so far" row of 2025-09-08 never enters facts
    assert len(rows) == len(supplier) - 1
    for day, currency, gross, to_provider, to_protocol, basis, estimated, external in rows:
        assert gross == pytest.approx(supplier[day] / (1 - 0.0025) * (1 + 0.0025))
        assert to_provider == supplier[day] and to_protocol == pytest.approx(gross - supplier[day])
        assert (currency, basis, estimated, external) == ("USD", "peg", True, True)
    assert failures["ionet_daily_equals_diff_of_total"] == 0


def test_utilization_is_hired_over_total(warehouse):
    _, con, _ = warehouse
    body = sample.market_snapshot_body()
    total, hired = sum(r["total"] for r in body["data"]), sum(r["hired"] for r in body["data"])
    assert con.execute("select date, unit, units_total, units_active, utilization_rate "
                       "from intermediate.int_ionet__capacity_daily").fetchall() == [
        (TODAY, "GPU", total, hired, pytest.approx(hired / total))]


def test_emissions_in_sql_match_the_schedule(warehouse):
    _, con, _ = warehouse
    plan = schedule()
    rows = dict(con.execute("select date, mint_native from intermediate.int_ionet__mints_daily "
                            "where mint_type = 'provider_reward' and is_provider_emission").fetchall())
    assert min(rows) == date(2024, 7, 1)
    for day in (date(2024, 7, 1), date(2024, 8, 15), date(2025, 2, 28), WINDOW.last_day):
        assert float(rows[day]) == pytest.approx(float(plan.daily(day)), rel=1e-12)
    july = sum(v for d, v in rows.items() if (d.year, d.month) == (2024, 7))
    assert float(july) == pytest.approx(3_333_333, abs=1e-6)


def test_hired_above_total_names_source_partition_column_rows_and_writes_nothing(tmp_path):
    sample.write(tmp_path / "rec", WINDOW.start, WINDOW.end)
    with duckdb.connect(str(tmp_path / "w.duckdb")) as con:
        _load(tmp_path / "rec", con, tmp_path / "landing")
        before = con.execute("select * exclude (retrieved_at) from raw.ionet_market_snapshot order by all").fetchall()
        path = tmp_path / "rec/ionet/market-snapshot.json"
        body = json.loads(path.read_text())
        body["data"][2]["hired"] = body["data"][2]["total"] + 1
        path.write_text(json.dumps(body))
        with pytest.raises(ValidationFailed) as failure:
            _load(tmp_path / "rec", con, tmp_path / "landing")
        after = con.execute("select * exclude (retrieved_at) from raw.ionet_market_snapshot order by all").fetchall()
    message = str(failure.value)
    assert "[ionet_explorer] partition 2025-09-01..2025-09-07" in message
    assert "check hired_at_most_total: rows [2 (hardware_name=NVIDIA L40S)]" in message
    assert after == before
