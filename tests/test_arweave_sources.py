"""Arweave parsers against the real node responses in ../shared/data/real (replayed over loopback),
and the inflation helper against 1kx's monthly miner rewards."""

from __future__ import annotations

import csv
import json

import pandas as pd
import pytest

from pipelines.http_layer.client import HttpClient
from pipelines.http_layer.replay_server import serve_recordings
from pipelines.ingest.core import fetch
from pipelines.schemas.raw.arweave import ArweaveBlocksRaw, ArweaveTxsRaw
from pipelines.sources import arweave
from pipelines.sources.errors import SourceDataError

from .helpers import write_meta

TX_FEES = {"vYQNQruccPlvxatkcRYmoaVywIzHxS3DuBG1CPxNMPA": 280655448,
           "oq-v4Cv61YAGmY_KlLdxmGp5HjcldvOSLOMv0UPjSTE": 112673572}
LINEAGE = {"landing_path": "x", "body_sha256": "0" * 64,
           "retrieved_at": pd.Timestamp("2026-01-01", tz="UTC"), "is_sample": False}


@pytest.fixture(scope="module")
def bodies(real_data, tmp_path_factory):
    """The real block and tx files, fetched over HTTP from a loopback replay server."""
    folder, rec = real_data / "storage_wireless/ar_io_node", tmp_path_factory.mktemp("arweave_real")
    requests = {f"block_{h}": (arweave.block_request(h), folder / f"block_height_{h}.json") for h in (1, 982575)}
    requests |= {tx: (arweave.tx_request(tx), folder / f"tx_{tx}.json") for tx in TX_FEES}
    for name, (request, path) in requests.items():
        write_meta(rec, name, request.url, path)
    with serve_recordings(rec) as url, HttpClient("replay", replay_url=url) as client:
        return {name: fetch(client, arweave.POLICY, request).body for name, (request, _) in requests.items()}


def test_2018_block_with_numeric_fields_parses(bodies):
    block = arweave.block_record(bodies["block_1"], 1)
    assert block["block_at"] == pd.Timestamp("2018-06-08 20:59:58", tz="UTC")
    assert (block["reward_pool_winston"], block["weave_size_bytes"], block["block_size_bytes"], block["diff"]) == \
        ("0", 0, 0, "28")
    assert block["reward_winston"] is None and block["tx_count"] == 0


def test_2022_block_with_string_fields_parses_exactly(bodies):
    block = arweave.block_record(bodies["block_982575"], 982575)
    assert block["block_at"] == pd.Timestamp("2022-07-26 16:28:00", tz="UTC")
    assert block["reward_pool_winston"] == "38906967173395672"  # 38,906.967173395672 AR, no float on the way
    assert block["weave_size_bytes"] == 90_764_323_102_966 and block["block_size_bytes"] == 2_097_152
    assert block["diff"] == "115792089201224919696294500547802599948296907569176735951586057688343578267824"
    assert block["reward_winston"] is None  # before fork 2.6: no reward field
    assert block["tx_ids"][:2] == list(TX_FEES)[:2] and block["tx_count"] == 3


def test_both_eras_pass_the_raw_schema_one_block_each(bodies):
    for name, height in (("block_1", 1), ("block_982575", 982575)):
        frame = arweave.blocks_frame([arweave.block_record(bodies[name], height)]).assign(**LINEAGE)
        checked = ArweaveBlocksRaw.validate(frame)
        assert checked["reward_winston"].isna().all() and checked.loc[0, "height"] == height


def test_txs_of_block_982575_carry_exact_winston_fees(bodies):
    records = [arweave.tx_record(bodies[tx], tx, 982575, i) for i, tx in enumerate(TX_FEES)]
    frame = ArweaveTxsRaw.validate(arweave.txs_frame(records).assign(**LINEAGE))
    assert dict(zip(frame["tx_id"], frame["fee_winston"])) == {tx: str(fee) for tx, fee in TX_FEES.items()}
    # The two saved txs of the block (the third, cK9WF…, is not in the real data) sum exactly.
    assert sum(int(fee) for fee in frame["fee_winston"]) == 393_329_020  # 0.000393329020 AR
    assert list(frame["data_size_bytes"]) == [1_226_197, 336_532] and set(frame["quantity_winston"]) == {"0"}
    # Before 2.6 the miner keeps fee × 2 div 12 of each tx; the endowment the rest.
    assert [arweave.miner_fee_share(fee, 982575) for fee in TX_FEES.values()] == [46_775_908, 18_778_928]
    assert arweave.miner_fee_share(280655448, arweave.FORK_2_6_HEIGHT) == 280655448 // 21


def test_inflation_helper_reproduces_1kx_monthly_miner_rewards(real_data):
    """1kx modelled monthly miner rewards as Σ inflation(h) over heights [previous row's
    Blockheight, this row's): the helper gives the same AR to the cent for all 79 months."""
    path = real_data / "storage_wireless/1kx_depin_tokenomics/arweave/arweave_data_rewards.csv"
    with open(path, newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 80
    column = "Miner rewards (AR, based on blockheight)"
    for previous, row in zip(rows, rows[1:]):
        heights = range(int(previous["Blockheight"]), int(row["Blockheight"]))
        total_ar = sum(arweave.inflation_winston(h) for h in heights) / arweave.WINSTON_PER_AR
        assert round(total_ar, 2) == float(row[column].replace(",", "")), row["Month"]


@pytest.mark.parametrize("body, problem", [
    (b'{"height": 5', "block 5: body is not JSON"),
    (json.dumps({"height": 5, "timestamp": 1}).encode(), "block 5: field missing"),
    (json.dumps({"height": 6}).encode(), "block 5: body is block 6"),
])
def test_bad_block_bodies_name_the_block(body, problem):
    with pytest.raises(SourceDataError, match=problem):
        arweave.block_record(body, 5)


def test_fractional_fee_is_rejected_naming_column_and_tx(bodies):
    tx = json.loads(bodies["oq-v4Cv61YAGmY_KlLdxmGp5HjcldvOSLOMv0UPjSTE"])
    tx["reward"] = 1.5
    with pytest.raises(SourceDataError, match=r"column 'reward'.*not an integer.*rows \['oq-v4"):
        arweave.tx_record(json.dumps(tx), tx["id"], 982575, 1)
