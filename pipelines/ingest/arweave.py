"""Arweave chain, loaded incrementally: the cursor is the highest block height in the warehouse.

A run over window [start, end) walks blocks from cursor + 1 until the first block whose timestamp
is ≥ end (that block is not stored: the next run starts there), fetches the L1 txs of the walked
blocks for their fees, and loads blocks and txs in one transaction. Every stored day is therefore
complete. With an empty warehouse the walk starts at the first block with timestamp ≥ start,
found by binary search over ``/block/height/{h}`` between 0 and the ``/info`` height. A window
already covered loads nothing; a later one continues from the cursor (filling any gap).
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, time, timezone
from pathlib import Path

import duckdb
import pandas as pd

from ..http_layer.client import HttpClient, Response
from ..landing import land
from ..schemas.raw.arweave import ArweaveBlocksRaw, ArweaveTxsRaw
from ..schemas.validation import validate
from ..sources import arweave
from ..sources.errors import SourceDataError
from ..warehouse import TableLoad, replace_all, table_exists
from .core import LoadResult, Window, fetch, fetch_and_land, log_landing, parse_in

BLOCKS_TABLE, TXS_TABLE = "raw.arweave_blocks", "raw.arweave_txs"


def _epoch_s(day) -> int:
    return int(datetime.combine(day, time(), tzinfo=timezone.utc).timestamp())


def stored_cursor(con: duckdb.DuckDBPyConnection) -> tuple[int, str] | None:
    """(height, indep_hash) of the highest stored block, or None for an empty warehouse."""
    if not table_exists(con, BLOCKS_TABLE):
        return None
    return con.execute(f"select height, indep_hash from {BLOCKS_TABLE} order by height desc limit 1").fetchone()


def ingest_arweave_chain(client: HttpClient, con: duckdb.DuckDBPyConnection, landing_root: Path,
                         window: Window, gateway: str = arweave.DEFAULT_GATEWAY) -> LoadResult:
    cursor = stored_cursor(con)
    responses: dict[int, Response] = {}

    def block(height: int) -> dict:
        if height not in responses:
            responses[height] = fetch(client, arweave.POLICY, arweave.block_request(height, gateway))
        return parse_in(window, arweave.block_record, responses[height].body, height)

    landed: list[tuple[str, Response, Path]] = []
    if cursor is None:
        info, info_path = fetch_and_land(client, arweave.POLICY, arweave.info_request(gateway), landing_root,
                                         window, "info")
        tip = parse_in(window, arweave.parse_info, info.body)
        height = arweave.first_height_at_or_after(_epoch_s(window.start), tip,
                                                  lambda h: int(block(h)["block_at"].timestamp()))
        if height > tip:
            raise SourceDataError(arweave.SOURCE, f"no block at or after {window.start} yet (tip {tip})",
                                  column="timestamp", partition=window.key)
        landed.append(("info", info, info_path))
    else:
        height = cursor[0] + 1

    walked = []
    while (record := block(height))["block_at"].timestamp() < _epoch_s(window.end):
        walked.append(record)
        height += 1
    try:
        arweave.check_chain(walked, cursor[1] if cursor else None)
    except SourceDataError as error:
        raise error.in_partition(window.key) from None
    notes = {"cursor_before": cursor[0] if cursor else "empty warehouse",
             "start_found_by": "binary search" if cursor is None else "cursor",
             "block_requests": len(responses)}
    if not walked:
        return LoadResult(BLOCKS_TABLE, 0, [], any(r.is_sample for r in responses.values()),
                          notes={**notes, "cursor_after": notes["cursor_before"], "txs_loaded": 0})

    block_rows = []
    for record in walked:
        response = responses[record["height"]]
        path = land(landing_root, window.key, "block_height", response)
        block_rows.append((record, response, path))
        landed.append(("block_height", response, path))
    wanted = [(tx_id, r["height"], i) for r in walked for i, tx_id in enumerate(r["tx_ids"])]
    with ThreadPoolExecutor(max_workers=arweave.POLICY.concurrency) as pool:
        tx_responses = list(pool.map(lambda w: fetch(client, arweave.POLICY, arweave.tx_request(w[0], gateway)),
                                     wanted))
    tx_rows = []
    for (tx_id, block_height, index), response in zip(wanted, tx_responses):
        record = parse_in(window, arweave.tx_record, response.body, tx_id, block_height, index)
        path = land(landing_root, window.key, "tx", response)
        tx_rows.append((record, response, path))
        landed.append(("tx", response, path))

    blocks = validate(ArweaveBlocksRaw, _with_lineage(block_rows, arweave.blocks_frame),
                      source=arweave.SOURCE, partition=window.key, keys=("height",))
    txs = validate(ArweaveTxsRaw, _with_lineage(tx_rows, arweave.txs_frame),
                   source=arweave.SOURCE, partition=window.key, keys=("block_height", "tx_id"))
    span = [walked[0]["height"], walked[-1]["height"]]
    replace_all(con, [TableLoad(BLOCKS_TABLE, blocks, "height between ? and ?", span),
                      TableLoad(TXS_TABLE, txs, "block_height between ? and ?", span)])
    for endpoint, response, path in landed:
        log_landing(con, window, endpoint, response, path)
    return LoadResult(BLOCKS_TABLE, len(blocks), [str(p) for _, _, p in landed],
                      any(r.is_sample for _, r, _ in landed),
                      notes={**notes, "cursor_after": span[1], "txs_loaded": len(txs)})


def _with_lineage(rows: list[tuple[dict, Response, Path]], to_frame) -> pd.DataFrame:
    """core.with_lineage for many bodies at once (one row per body; empty when no rows)."""
    frame = to_frame([record for record, _, _ in rows])
    return frame.assign(
        landing_path=[str(path) for _, _, path in rows],
        body_sha256=[response.body_sha256 for _, response, _ in rows],
        retrieved_at=pd.to_datetime([response.retrieved_at for _, response, _ in rows], utc=True).as_unit("us"),
        is_sample=pd.array([response.is_sample for _, response, _ in rows], dtype=bool),
    )
