"""Akash parsers: graph-data (sample bodies in the SOURCES.md §2 shape, over loopback replay), the chain
supply/inflation pair, and the real curated pre-mine unlock schedule. No real A1 body exists."""

from __future__ import annotations

import csv
import json
from datetime import date
from decimal import Decimal

import duckdb
import pytest

from pipelines import ingest
from pipelines.http_layer.client import HttpClient, SourceError
from pipelines.http_layer.replay_server import serve_recordings
from pipelines.ingest.akash import ingest_akash_graph_data, ingest_akash_pre_mine_unlocks
from pipelines.sample_data import akash as sample
from pipelines.schemas.validation import ValidationFailed
from pipelines.sources import akash
from pipelines.sources.errors import SourceDataError

from .helpers import write_meta

PRE_BME = ingest.Window(date(2025, 9, 1), date(2025, 9, 8))
PRE_MINE = "compute/artemis_dbt_seeds/akash_pre_mine_unlocks_data.csv"


def test_graph_data_drops_the_partial_last_point_and_keeps_exact_text():
    points = sample.daily_points(PRE_BME.start, PRE_BME.end)
    body = json.dumps(sample.graph_data_body(points, "dailyUUsdSpent", PRE_BME.end))
    frame = akash.parse_graph_data(body, "dailyUUsdSpent")
    assert json.loads(body)["snapshots"][-1]["date"] == "2025-09-08T08:11:49.000Z"  # latest block time
    assert frame["date"].iloc[-1] == date(2025, 9, 7)  # the partial 2025-09-08 is gone
    assert len(frame) == sample.HISTORY_DAYS + 7
    assert list(frame["value"]) == [str(p["dailyUUsdSpent"]) for p in points]
    utilization = akash.parse_graph_data('{"snapshots": [{"date": "2025-09-01T00:00:00.000Z", "value": 87.25}, '
                                         '{"date": "2025-09-02T00:00:00.000Z", "value": 1.5e11}]}', "gpuUtilization")
    assert list(utilization["value"]) == ["87.25", "150000000000"]  # exact, never an exponent


@pytest.mark.parametrize("body, problem", [
    ('{"snapshots": [', "not JSON"),
    ('{"data": []}', "expected {'snapshots'"),
    ('{"snapshots": [{"date": "2025-09-01T06:00:00Z", "value": 1}, {"date": "2025-09-02T00:00:00Z", "value": 1}]}',
     r"column 'date': graph-data/activeGPU: snapshots not at 00:00 UTC before the last rows \[0\]"),
    ('{"snapshots": [{"date": "2025-09-01T00:00:00Z", "value": "lots"}]}', r"column 'value'.*rows \[0\]"),
])
def test_malformed_graph_data_fails_naming_the_field(body, problem):
    with pytest.raises(SourceDataError, match=problem):
        akash.parse_graph_data(body, "activeGPU")


def test_chain_supply_and_inflation():
    frame = akash.parse_supply_and_inflation('{"amount": {"denom": "uakt", "amount": "271834561203477"}}',
                                             '{"inflation": "0.131500000000000000"}')
    assert frame.to_dict("records") == [{"total_supply_uakt": "271834561203477", "inflation": "0.131500000000000000"}]
    with pytest.raises(SourceDataError, match="column 'amount'"):
        akash.parse_supply_and_inflation('{"amount": {"denom": "ibc/1", "amount": "5"}}', '{"inflation": "0.1"}')


def test_real_pre_mine_unlock_schedule(real_data):
    path = real_data / PRE_MINE
    frame = akash.parse_pre_mine_unlocks(path.read_bytes())
    rows = list(csv.DictReader(path.open()))
    assert len(frame) == len(rows) == 31
    assert (frame["date"].iloc[0], frame["unlocked_akt"].iloc[0]) == (date(2020, 9, 25), "2800000")
    assert (frame["date"].iloc[1], frame["unlocked_akt"].iloc[1]) == (date(2020, 10, 25), "12471176")
    assert frame["date"].iloc[-1] == date(2023, 3, 25) and all(d.day == 25 for d in frame["date"])
    assert sum(map(Decimal, frame["unlocked_akt"])) == sum(Decimal(r["pre_mine_unlocks"]) for r in rows)
    with pytest.raises(SourceDataError, match="column 'pre_mine_unlocks'"):
        akash.parse_pre_mine_unlocks("date,unlocks\n2020-09-25,1\n")


def test_real_pre_mine_schedule_loads_over_replay(real_data, tmp_path):
    write_meta(tmp_path / "rec", "premine", akash.PRE_MINE_URL, real_data / PRE_MINE)
    with serve_recordings(tmp_path / "rec") as url, HttpClient("replay", replay_url=url) as client, \
            duckdb.connect(str(tmp_path / "w.duckdb")) as con:
        result = ingest_akash_pre_mine_unlocks(client, con, tmp_path / "landing", PRE_BME)
        total = con.execute("select sum(cast(unlocked_akt as decimal(38, 0))) "
                            "from raw.akash_pre_mine_unlocks").fetchone()[0]
    assert result.rows == 31 and not result.is_sample_data
    assert total == sum(Decimal(r["pre_mine_unlocks"]) for r in csv.DictReader((real_data / PRE_MINE).open()))


@pytest.fixture
def pre_bme_recordings(tmp_path):
    sample.write(tmp_path / "rec", PRE_BME.start, PRE_BME.end)
    return tmp_path / "rec"


def _load(recordings, con, landing):
    with serve_recordings(recordings) as url, HttpClient("replay", replay_url=url) as client:
        return ingest_akash_graph_data(client, con, landing, PRE_BME)


def test_unknown_bme_names_are_skipped_and_the_rest_loads(pre_bme_recordings, tmp_path):
    with duckdb.connect(str(tmp_path / "w.duckdb")) as con:
        result = _load(pre_bme_recordings, con, tmp_path / "landing")
        series = {s for (s,) in con.execute("select distinct series from raw.akash_graph_data").fetchall()}
    assert result.notes == {"not_published": list(akash.BME_SERIES)}  # 404 text upstream: no rows, not 0
    assert series == set(akash.CORE_SERIES) | {"dailyUActSpent"}
    assert result.rows == len(series) * (sample.HISTORY_DAYS + 7)


def test_a_core_series_404_is_an_error_not_a_skip(pre_bme_recordings, tmp_path):
    meta = pre_bme_recordings / "akash/graph-data_dailyUUsdSpent.meta.json"
    recording = json.loads(meta.read_text())
    recording["response"]["status"] = 404
    meta.write_text(json.dumps(recording))
    with duckdb.connect(str(tmp_path / "w.duckdb")) as con, pytest.raises(SourceError, match="HTTP 404"):
        _load(pre_bme_recordings, con, tmp_path / "landing")


def test_out_of_range_utilization_names_source_partition_column_rows_and_writes_nothing(pre_bme_recordings, tmp_path):
    with duckdb.connect(str(tmp_path / "w.duckdb")) as con:
        _load(pre_bme_recordings, con, tmp_path / "landing")
        before = con.execute("select * exclude (retrieved_at) from raw.akash_graph_data order by all").fetchall()
        path = pre_bme_recordings / "akash/graph-data_gpuUtilization.json"
        body = json.loads(path.read_text())
        body["snapshots"][3]["value"] = 130.0  # a percent above 100
        path.write_text(json.dumps(body))
        with pytest.raises(ValidationFailed) as failure:
            _load(pre_bme_recordings, con, tmp_path / "landing")
        after = con.execute("select * exclude (retrieved_at) from raw.akash_graph_data order by all").fetchall()
    message = str(failure.value)
    assert "[akash_console] partition 2025-09-01..2025-09-07" in message
    row = sample.HISTORY_DAYS + 7  # rows per series before gpuUtilization in the concatenated pull
    assert (f"check gpu_utilization_percent_0_100: rows [{7 * row + 3} "
            f"(series=gpuUtilization, date=2025-05-07)]") in message
    assert after == before
