"""Corrupted Filecoin bodies over real HTTP into a real DuckDB: a clear error naming source,
partition, column and rows, and the raw tables exactly as they were before."""

from __future__ import annotations

from datetime import date

import duckdb
import pytest

from pipelines import ingest
from pipelines.http_layer.client import HttpClient
from pipelines.http_layer.replay_server import serve_recordings
from pipelines.ingest.filecoin import (ingest_filecoin_burnt_funds, ingest_filecoin_deal_metrics,
                                       ingest_filecoin_network_metrics)
from pipelines.sample_data import filecoin as sample
from pipelines.schemas.validation import ValidationFailed
from pipelines.sources.errors import SourceDataError

WINDOW = ingest.Window(date(2025, 9, 1), date(2025, 9, 8))
TABLES = ("raw.filecoin_fdp_network_metrics", "raw.filecoin_fdp_deal_metrics", "raw.filecoin_lotus_burnt_funds")
PARTITION = "partition 2025-09-01..2025-09-07"


def _load_all(recordings, con, landing):
    with serve_recordings(recordings) as url, HttpClient("replay", replay_url=url) as client:
        for load in (ingest_filecoin_network_metrics, ingest_filecoin_deal_metrics, ingest_filecoin_burnt_funds):
            load(client, con, landing, WINDOW)


def _snapshot(con):
    return {table: con.execute(f"select * exclude (retrieved_at) from {table} order by all").fetchall()
            for table in TABLES}


@pytest.fixture
def loaded(tmp_path):
    recordings = tmp_path / "rec"
    sample.write(recordings, WINDOW.start, WINDOW.end)
    con = duckdb.connect(str(tmp_path / "warehouse.duckdb"))
    _load_all(recordings, con, tmp_path / "landing")
    yield recordings, con, tmp_path / "landing"
    con.close()


def _rewrite_network_body(recordings, change):
    rows = sample.network_metrics_rows(WINDOW.start, WINDOW.end)
    change(rows)
    (recordings / "filecoin_data_portal/daily_network_metrics.json").write_bytes(sample.parquet_body(rows))


def test_negative_burn_and_duplicate_day_name_column_and_rows(loaded):
    recordings, con, landing = loaded
    before = _snapshot(con)

    def corrupt(rows):
        rows[-3]["base_fee_burn_fil"] = -1.0  # 2025-09-05, upstream row 2 (newest first)
        rows.append(dict(rows[-1]))  # 2025-09-07 twice
    _rewrite_network_body(recordings, corrupt)
    with pytest.raises(ValidationFailed) as failure:
        _load_all(recordings, con, landing)
    message = str(failure.value)
    assert f"[filecoin_data_portal] {PARTITION}: 3 validation failure(s)" in message
    assert "column 'date' check field_uniqueness: rows [0 (date=2025-09-07), 1 (date=2025-09-07)]" in message
    assert "column 'base_fee_burn_fil' check greater_than_or_equal_to(0): rows [3 (date=2025-09-05)]" in message
    assert _snapshot(con) == before


def test_missing_column_is_schema_drift_naming_it(loaded):
    recordings, con, landing = loaded
    before = _snapshot(con)

    def drop(rows):
        for row in rows:
            del row["message_storage_provider_penalty_fil"]
    _rewrite_network_body(recordings, drop)
    with pytest.raises(SourceDataError) as failure:
        _load_all(recordings, con, landing)
    assert str(failure.value) == (f"[filecoin_data_portal] {PARTITION} column 'message_storage_provider_penalty_fil': "
                                  "daily_network_metrics: expected column missing (schema drift)")
    assert _snapshot(con) == before


def test_lotus_rpc_error_and_negative_balance_write_nothing(loaded):
    recordings, con, landing = loaded
    before = _snapshot(con)
    body = recordings / "lotus/state_get_actor_f099.json"
    body.write_text('{"jsonrpc":"2.0","id":1,"error":{"code":-32000,"message":"lookback limit exceeded"}}')
    with pytest.raises(SourceDataError, match=rf"\[lotus\] {PARTITION} column 'error': StateGetActor f099: "
                                              r"RPC error -32000: lookback limit exceeded"):
        _load_all(recordings, con, landing)
    body.write_text('{"jsonrpc":"2.0","id":1,"result":{"Code":{"/":"x"},"Head":{"/":"y"},"Nonce":0,"Balance":"-5"}}')
    with pytest.raises(SourceDataError, match=rf"\[lotus\] {PARTITION} column 'Balance'.*rows \[0\]"):
        _load_all(recordings, con, landing)
    assert _snapshot(con) == before
