"""Corrupted Helium inputs over real loopback HTTP into a real DuckDB: a clear error naming source,
partition, column and rows, and the raw tables exactly as they were before."""

from __future__ import annotations

import base64
import json
from datetime import date

import duckdb
import pytest

from pipelines.http_layer.client import HttpClient
from pipelines.http_layer.replay_server import serve_recordings
from pipelines.ingest import helium
from pipelines.ingest.core import Window
from pipelines.sample_data.helium import write
from pipelines.schemas.validation import ValidationFailed
from pipelines.sources.errors import SourceDataError

WINDOW = Window(date(2025, 9, 1), date(2025, 9, 8))
PARTITION = "partition 2025-09-01..2025-09-07"
TABLES = ("raw.helium_emission_schedules", "raw.helium_sub_dao_epoch_infos", "raw.helium_dao_epoch_infos",
          "raw.helium_hotspot_counts")


def _load_all(recordings, con, landing):
    with serve_recordings(recordings) as url, HttpClient("replay", replay_url=url) as client:
        for load in (helium.ingest_helium_emission_schedules, helium.ingest_helium_sub_dao_epoch_infos,
                     helium.ingest_helium_dao_epoch_infos, helium.ingest_helium_hotspot_counts):
            load(client, con, landing, WINDOW)


def _snapshot(con):
    return {table: con.execute(f"select * exclude (retrieved_at) from {table} order by all").fetchall()
            for table in TABLES}


@pytest.fixture
def loaded(tmp_path):
    write(tmp_path / "rec", WINDOW.start, WINDOW.end)
    con = duckdb.connect(str(tmp_path / "warehouse.duckdb"))
    _load_all(tmp_path / "rec", con, tmp_path / "landing")
    yield tmp_path / "rec" / "helium", con, tmp_path / "landing"
    con.close()


def _edit(path, change):
    body = json.loads(path.read_text())
    change(body)
    path.write_text(json.dumps(body))


def test_truncated_account_names_source_partition_column_rows(loaded):
    recordings, con, landing = loaded
    before = _snapshot(con)

    def truncate(body):
        data = base64.b64decode(body["result"][3]["account"]["data"][0])
        body["result"][3]["account"]["data"][0] = base64.b64encode(data[:40]).decode()
    _edit(recordings / "gpa_SubDaoEpochInfoV0.json", truncate)
    with pytest.raises(SourceDataError) as failure:
        _load_all(recordings.parent, con, landing)
    assert str(failure.value).startswith(f"[helium_sub_daos] {PARTITION} column 'account.data': SubDaoEpochInfoV0:"
                                         " undecodable account data (account ends inside")
    assert str(failure.value).endswith("rows [3]")
    assert _snapshot(con) == before


def test_duplicate_epoch_account_is_rejected_naming_its_rows(loaded):
    recordings, con, landing = loaded
    before = _snapshot(con)

    def duplicate(body):
        copy = json.loads(json.dumps(body["result"][2]))
        copy["pubkey"] = "11111111111111111111111111111112"
        body["result"].append(copy)
    _edit(recordings / "gpa_SubDaoEpochInfoV0.json", duplicate)
    with pytest.raises(ValidationFailed) as failure:
        _load_all(recordings.parent, con, landing)
    message = str(failure.value)
    assert f"[helium_sub_daos] {PARTITION}" in message
    assert "check multiple_fields_uniqueness: rows [2 (sub_dao=" in message and ", 14 (sub_dao=" in message
    assert _snapshot(con) == before


def test_bad_schedule_amount_names_file_column_and_row(loaded):
    recordings, con, landing = loaded
    before = _snapshot(con)
    _edit(recordings / "emissions_hnt_master.json", lambda rows: rows[1].update(emissionsPerEpoch="40,10O.0"))
    with pytest.raises(SourceDataError) as failure:
        _load_all(recordings.parent, con, landing)
    assert str(failure.value) == (f"[helium_program_library] {PARTITION} column 'emissionsPerEpoch': "
                                  "hnt.json@master: not a decimal amount: '40,10O.0' rows [1]")
    assert _snapshot(con) == before


def test_rpc_refusing_getprogramaccounts_is_a_clear_error(loaded):
    recordings, con, landing = loaded
    before = _snapshot(con)
    (recordings / "gpa_DaoEpochInfoV0.json").write_text(json.dumps(
        {"jsonrpc": "2.0", "id": 1, "error": {"code": -32010, "message": "hdao… excluded from account secondary indexes"}}))
    with pytest.raises(SourceDataError, match=rf"\[helium_sub_daos\] {PARTITION} column 'error': DaoEpochInfoV0: "
                                              r"RPC error -32010"):
        _load_all(recordings.parent, con, landing)
    assert _snapshot(con) == before
