"""Corrupted inputs over real HTTP into a real DuckDB: a clear error naming source, partition,
column and rows, and the warehouse exactly as it was before."""

from __future__ import annotations

import json
from datetime import date

import duckdb
import pytest

from pipelines import ingest, registry
from pipelines.http_layer.client import HttpClient
from pipelines.http_layer.replay_server import serve_recordings
from pipelines.sample_data import write_sample_recordings
from pipelines.schemas.validation import ValidationFailed
from pipelines.sources.errors import SourceDataError

WINDOW = ingest.Window(date(2025, 9, 1), date(2025, 9, 8))
TOKENS = tuple(t for t in registry.tokens() if t.token in {"RENDER", "HNT"})


def _load_all(recordings, con, landing):
    with serve_recordings(recordings) as url, HttpClient("replay", replay_url=url) as client:
        ingest.ingest_coingecko_market_chart(client, con, landing, WINDOW, TOKENS)
        ingest.ingest_render_epoch_burns(client, con, landing, WINDOW)


def _snapshot(con):
    # A good source reloaded in the same call legitimately gets a new retrieved_at.
    return {table: con.execute(f"select * exclude (retrieved_at) from {table} order by all").fetchall()
            for table in ("raw.coingecko_market_chart", "raw.render_epoch_burns")}


@pytest.fixture
def loaded(tmp_path):
    recordings = write_sample_recordings(tmp_path / "rec", WINDOW.start, WINDOW.end)
    con = duckdb.connect(str(tmp_path / "warehouse.duckdb"))
    _load_all(recordings, con, tmp_path / "landing")
    yield recordings, con, tmp_path / "landing"
    con.close()


def _edit(path, change):
    body = json.loads(path.read_text())
    change(body)
    path.write_text(json.dumps(body))


def test_negative_burn_names_source_partition_column_rows(loaded):
    recordings, con, landing = loaded
    before = _snapshot(con)

    def negative(body):
        body["data"][2]["burnedRender"] = -5.0
    _edit(recordings / "render_foundation/epoch-burn-stats-data.json", negative)
    with pytest.raises(ValidationFailed) as failure:
        _load_all(recordings, con, landing)
    message = str(failure.value)
    assert "[render_foundation] partition 2025-09-01..2025-09-07" in message
    assert "column 'burned_render' check non_negative: rows [2 (epoch_id=3)]" in message
    assert _snapshot(con) == before


def test_duplicate_day_is_rejected_and_nothing_partial_is_kept(loaded):
    recordings, con, landing = loaded
    before = _snapshot(con)

    def duplicate(body):
        for series in ("prices", "market_caps", "total_volumes"):
            body[series].insert(3, list(body[series][3]))
    _edit(recordings / "coingecko/helium.json", duplicate)
    with pytest.raises(ValidationFailed) as failure:
        _load_all(recordings, con, landing)
    message = str(failure.value)
    assert "[coingecko] partition 2025-09-01..2025-09-07" in message
    assert "column 'date' check multiple_fields_uniqueness: rows [3 (coin_id=helium, date=2025-09-04), 4 (coin_id=helium, date=2025-09-04)]" in message
    assert _snapshot(con) == before  # render-token's good rows were not written either


def test_missing_column_names_it(loaded):
    recordings, con, landing = loaded
    before = _snapshot(con)
    _edit(recordings / "coingecko/render-token.json", lambda body: body.pop("total_volumes"))
    with pytest.raises(SourceDataError) as failure:
        _load_all(recordings, con, landing)
    assert str(failure.value).startswith("[coingecko] partition 2025-09-01..2025-09-07 column 'total_volumes'")
    assert _snapshot(con) == before


def test_malformed_json_is_a_clear_error(loaded):
    recordings, con, landing = loaded
    (recordings / "coingecko/helium.json").write_text('{"prices": [[1, 2]')
    with pytest.raises(SourceDataError, match=r"\[coingecko\] partition 2025-09-01..2025-09-07: helium: body is not JSON"):
        _load_all(recordings, con, landing)
