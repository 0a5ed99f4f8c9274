"""The Arweave walk over real loopback HTTP into a real DuckDB, on the sample chain: the cursor
lives in the warehouse, a covered window loads nothing, a later one continues; bad input leaves
the warehouse as it was; dbt turns the blocks into exact daily facts."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date, datetime, timezone
from decimal import Decimal

import duckdb
import pytest

from pipelines import ingest, registry
from pipelines.http_layer.client import HttpClient
from pipelines.http_layer.replay_server import serve_recordings
from pipelines.ingest.arweave import ingest_arweave_chain
from pipelines.sample_data import arweave as sample_arweave
from pipelines.sample_data import coingecko as sample_coingecko
from pipelines.schemas.staging.arweave import StgArweaveBlocks, StgArweaveTxs
from pipelines.schemas.validation import ValidationFailed, validate
from pipelines.sources import arweave
from pipelines.sources.errors import SourceDataError

from .helpers import run_dbt

FIRST = ingest.Window(date(2025, 9, 1), date(2025, 9, 8))
LATER = ingest.Window(date(2025, 9, 8), date(2025, 9, 15))
TABLES = ("raw.arweave_blocks", "raw.arweave_txs", "raw.landing_log")


def _run(root, window):
    with serve_recordings(root / "rec") as url, HttpClient("replay", replay_url=url) as client, \
            duckdb.connect(str(root / "warehouse.duckdb")) as con:
        return ingest_arweave_chain(client, con, root / "landing", window)


def _tables(root):
    with duckdb.connect(str(root / "warehouse.duckdb"), read_only=True) as con:
        return {table: con.execute(f"select * from {table} order by all").fetchall() for table in TABLES}


def _chain_in(window):
    """The sample chain's blocks with timestamp in the window, and its txs."""
    blocks, txs = sample_arweave.sample_chain(FIRST.start, LATER.end)
    start, end = (int(datetime.combine(d, datetime.min.time(), timezone.utc).timestamp())
                  for d in (window.start, window.end))
    return {h: b for h, b in blocks.items() if start <= b["timestamp"] < end}, txs


@pytest.fixture
def first_loaded(tmp_path):
    sample_arweave.write(tmp_path / "rec", FIRST.start, LATER.end)
    result = _run(tmp_path, FIRST)
    return tmp_path, result


def test_empty_warehouse_starts_by_binary_search_and_stops_before_the_window_end(first_loaded):
    root, result = first_loaded
    expected, txs = _chain_in(FIRST)
    assert result.notes["cursor_before"] == "empty warehouse" and result.notes["start_found_by"] == "binary search"
    assert result.notes["cursor_after"] == max(expected) and result.rows == len(expected)
    assert result.is_sample_data
    with duckdb.connect(str(root / "warehouse.duckdb"), read_only=True) as con:
        heights = [h for (h,) in con.execute("select height from raw.arweave_blocks order by height").fetchall()]
        rewards = dict(con.execute("select height, reward_winston from raw.arweave_blocks").fetchall())
        fees = dict(con.execute("select tx_id, fee_winston from raw.arweave_txs").fetchall())
    assert heights == sorted(expected)  # first block at/after start … last before end; the stop block is not stored
    assert rewards == {h: b["reward"] for h, b in expected.items()}  # post-2.6 reward, exact winston text
    assert fees == {tx: txs[tx]["reward"] for b in expected.values() for tx in b["txs"]}
    assert result.notes["txs_loaded"] == len(fees)


def test_rerun_of_a_covered_window_loads_nothing_and_changes_nothing(first_loaded):
    root, first = first_loaded
    before = _tables(root)
    again = _run(root, FIRST)
    assert again.rows == 0 and again.landed == [] and again.is_sample_data
    assert again.notes == {"cursor_before": first.notes["cursor_after"], "start_found_by": "cursor",
                           "block_requests": 1, "cursor_after": first.notes["cursor_after"], "txs_loaded": 0}
    assert _tables(root) == before  # retrieved_at included: not a row was rewritten


def test_later_window_continues_from_the_cursor(first_loaded):
    root, first = first_loaded
    later = _run(root, LATER)
    expected, _ = _chain_in(LATER)
    assert later.notes["cursor_before"] == first.notes["cursor_after"] and later.notes["start_found_by"] == "cursor"
    assert min(expected) == first.notes["cursor_after"] + 1 and later.notes["cursor_after"] == max(expected)
    with duckdb.connect(str(root / "warehouse.duckdb"), read_only=True) as con:
        n, low, high = con.execute("select count(*), min(height), max(height) from raw.arweave_blocks").fetchone()
    assert n == high - low + 1 == first.rows + later.rows  # one contiguous run of heights


def _edit(path, change):
    body = json.loads(path.read_text())
    change(body)
    path.write_text(json.dumps(body))


def test_negative_fee_names_source_partition_column_rows_and_keeps_nothing(first_loaded):
    root, first = first_loaded
    before = _tables(root)
    expected, _ = _chain_in(LATER)
    height = min(h for h, b in expected.items() if b["txs"])
    tx_id = expected[height]["txs"][0]
    _edit(root / f"rec/arweave/tx/{tx_id}.json", lambda tx: tx.update(reward="-5"))
    with pytest.raises(ValidationFailed) as failure:
        _run(root, LATER)
    message = str(failure.value)
    assert "[arweave] partition 2025-09-08..2025-09-14" in message
    assert f"column 'fee_winston' check non_negative: rows [0 (block_height={height}, tx_id={tx_id})]" in message
    assert _tables(root) == before  # no block of the window kept without its txs, cursor unchanged


def test_block_that_does_not_extend_the_chain_is_refused(first_loaded):
    root, first = first_loaded
    before = _tables(root)
    height = first.notes["cursor_after"] + 1
    _edit(root / f"rec/arweave/block/{height}.json", lambda b: b.update(previous_block="reorged"))
    with pytest.raises(SourceDataError, match=rf"\[arweave\] partition 2025-09-08..2025-09-14 column "
                                              rf"'previous_block': .*reorg.* rows \[{height}\]"):
        _run(root, LATER)
    assert _tables(root) == before


def test_timestamp_far_before_its_parent_is_refused(first_loaded):
    root, first = first_loaded
    height = first.notes["cursor_after"] + 3
    _edit(root / f"rec/arweave/block/{height}.json", lambda b: b.update(timestamp=b["timestamp"] - 86_400))
    with pytest.raises(ValidationFailed,
                       match=rf"timestamps_increase_with_height_within_35s: rows \[2 \(height={height}\)\]"):
        _run(root, LATER)


def test_dbt_daily_facts_equal_the_chain_exactly(first_loaded):
    root, _ = first_loaded
    _run(root, LATER)
    sample_coingecko.write(root / "rec", FIRST.start, LATER.end)
    with serve_recordings(root / "rec") as url, HttpClient("replay", replay_url=url) as client, \
            duckdb.connect(str(root / "warehouse.duckdb")) as con:
        ingest.ingest_coingecko_market_chart(client, con, root / "landing", ingest.Window(FIRST.start, LATER.end),
                                             tuple(t for t in registry.tokens() if t.token == "AR"))
    run_dbt(root, "build", "--select", "+int_arweave__service_payments_daily", "+int_arweave__mints_daily",
            "+int_arweave__capacity_daily")

    blocks, txs = _chain_in(ingest.Window(FIRST.start, LATER.end))
    fees, mints, weave = defaultdict(int), defaultdict(int), {}
    for height in sorted(blocks):
        day = datetime.fromtimestamp(blocks[height]["timestamp"], timezone.utc).date()
        block_fees = [int(txs[tx]["reward"]) for tx in blocks[height]["txs"]]
        fees[day] += sum(block_fees)
        mints[day] += int(blocks[height]["reward"]) - sum(arweave.miner_fee_share(f, height) for f in block_fees)
        weave[day] = int(blocks[height]["weave_size"])
    with duckdb.connect(str(root / "warehouse.duckdb"), read_only=True) as con:
        chain = {d: (f, m, w) for d, f, m, w in con.execute("""
            select date, fee_winston, emission_native, weave_size_tb
            from intermediate.int_arweave__chain_daily""").fetchall()}
        payments = con.execute("""
            select count(*), max(abs(p.gross_usd - p.gross_native * m.price_usd)), bool_and(p.to_protocol_usd = 0),
                   bool_and(abs(p.to_provider_usd - c.miner_fee_native * m.price_usd) < 1e-9)
            from intermediate.int_arweave__service_payments_daily p
            join intermediate.int_market__token_daily m on m.token = 'AR' and m.date = p.date
            join intermediate.int_arweave__chain_daily c on c.date = p.date""").fetchone()
        capacity = dict(con.execute(
            "select date, units_total from intermediate.int_arweave__capacity_daily").fetchall())
        for table, model in (("stg_arweave__blocks", StgArweaveBlocks), ("stg_arweave__txs", StgArweaveTxs)):
            validate(model, con.execute(f"select * from staging.{table}").df(), source=table, partition="all")
    assert sorted(chain) == sorted(fees) and len(chain) == 14  # every covered day, no partial day
    assert {d: f for d, (f, _, _) in chain.items()} == dict(fees)  # Σ L1 tx fee per UTC day, exact winston
    assert {d: m for d, (_, m, _) in chain.items()} == {d: Decimal(v) / 10**12 for d, v in mints.items()}
    assert capacity == {d: w / 1e12 for d, w in weave.items()}
    assert payments[0] == 14 and payments[1] < 1e-9 and payments[2] and payments[3]
