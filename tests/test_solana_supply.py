"""Solana getTokenSupply: the mint seed, POST JSON-RPC over loopback replay into DuckDB, dbt to the
daily supply table, RPC errors, and a key embedded in SOLANA_RPC_URL never stored."""

from __future__ import annotations

import json
import shutil
from datetime import date, datetime, timezone
from decimal import Decimal

import duckdb
import pytest

from pipelines import ingest
from pipelines.http_layer.client import HttpClient
from pipelines.http_layer.replay_server import serve_recordings
from pipelines.ingest.solana_supply import ingest_solana_token_supply, token_mints
from pipelines.sample_data import solana_supply as sample
from pipelines.sample_data.common import record
from pipelines.sources import solana_supply
from pipelines.sources.errors import SourceDataError

from .helpers import run_dbt

# Current-state sources are dated by the UTC day they are read, whatever the partition.
TODAY = datetime.now(timezone.utc).date()

WINDOW = ingest.Window(date(2025, 9, 1), date(2025, 9, 8))
BASE58 = set("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")


def test_mint_seed_lists_the_five_spl_tokens():
    mints = dict(token_mints())
    assert set(mints) == {"RENDER", "HNT", "IOT", "MOBILE", "IO"}
    assert mints["IOT"] == "iotEVVZLEywoTn1QdwNPddxPWszn3zFhEot3MfL9fns"  # helium-program-library spl-utils
    assert mints["MOBILE"] == "mb1eu7TzEc71KxDpsmsKoucSSuuoGLv1drys1oP2jh6"
    assert all(32 <= len(m) <= 44 and set(m) <= BASE58 for m in mints.values())


def test_request_is_a_finalized_json_rpc_post():
    request = solana_supply.token_supply_request("hntyVP6YFm1Hg25TN9WGLqM12b8TQmcknKrdu1oxWux")
    assert (request.method, request.url) == ("POST", "https://api.mainnet-beta.solana.com/")
    assert request.json_body == {"jsonrpc": "2.0", "id": 1, "method": "getTokenSupply",
                                 "params": ["hntyVP6YFm1Hg25TN9WGLqM12b8TQmcknKrdu1oxWux", {"commitment": "finalized"}]}


@pytest.mark.parametrize("body, problem", [
    ({"jsonrpc": "2.0", "error": {"code": -32602, "message": "Invalid param: not a Token mint"}, "id": 1},
     r"column 'error'.*-32602"),
    ({"jsonrpc": "2.0", "result": {"value": {"amount": 12.5, "decimals": 6}}, "id": 1}, r"column 'amount'.*rows \[0\]"),
    ({"jsonrpc": "2.0", "result": {"value": {"amount": "125", "decimals": "6"}}, "id": 1}, "column 'decimals'"),
])
def test_rpc_errors_and_bad_values_fail_clearly(body, problem):
    with pytest.raises(SourceDataError, match=problem):
        solana_supply.parse_token_supply(json.dumps(body), "HNT", "hnty")


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    root = tmp_path_factory.mktemp("solana")
    sample.write(root / "rec", WINDOW.start, WINDOW.end)
    with serve_recordings(root / "rec") as url, HttpClient("replay", replay_url=url) as client, \
            duckdb.connect(str(root / "warehouse.duckdb")) as con:
        result = ingest_solana_token_supply(client, con, root / "landing", WINDOW)
    run_dbt(root, "build", "--indirect-selection", "cautious", "--select", "+int_solana__token_supply_daily")
    yield root, result
    shutil.rmtree(root, ignore_errors=True)


def test_supply_lands_exact_and_converts_in_staging(warehouse):
    root, result = warehouse
    assert result.rows == 5 and result.is_sample_data
    with duckdb.connect(str(root / "warehouse.duckdb"), read_only=True) as con:
        raw = {t: (a, d) for t, a, d in con.execute(
            "select token, amount_base_units, decimals from raw.solana_token_supply").fetchall()}
        daily = con.execute("select token, date, total_supply, is_sample_data "
                            "from intermediate.int_solana__token_supply_daily order by token").fetchall()
    for token, _ in token_mints():
        value = sample.token_supply_body(token)["result"]["value"]
        assert raw[token] == (value["amount"], value["decimals"])  # integer text kept exactly
    assert [(t, d, s) for t, d, _, s in daily] == [(t, TODAY, True) for t in sorted(raw)]
    for token, _, supply, _ in daily:
        amount, decimals = raw[token]
        assert supply == pytest.approx(float(Decimal(amount).scaleb(-decimals)), rel=1e-15)


def test_rpc_error_names_source_partition_column_and_writes_nothing(warehouse, tmp_path):
    root, _ = warehouse
    shutil.copytree(root / "rec", tmp_path / "rec")
    (tmp_path / "rec/solana_rpc/getTokenSupply_IOT.json").write_text(json.dumps(
        {"jsonrpc": "2.0", "error": {"code": -32602, "message": "Invalid param: could not find mint"}, "id": 1}))
    shutil.copy(root / "warehouse.duckdb", tmp_path / "w.duckdb")
    with serve_recordings(tmp_path / "rec") as url, HttpClient("replay", replay_url=url) as client, \
            duckdb.connect(str(tmp_path / "w.duckdb")) as con:
        before = con.execute("select * from raw.solana_token_supply order by token").fetchall()
        with pytest.raises(SourceDataError) as failure:
            ingest_solana_token_supply(client, con, tmp_path / "landing", WINDOW)
        assert con.execute("select * from raw.solana_token_supply order by token").fetchall() == before
    assert str(failure.value).startswith(
        "[solana_rpc] partition 2025-09-01..2025-09-07 column 'error': getTokenSupply IOT: RPC error -32602")


def test_a_key_in_the_rpc_url_is_redacted_everywhere(tmp_path):
    secret_url = "https://solana-mainnet.example-rpc.com/v2/sk-live-4f9a1c2e7b"
    for token, mint in token_mints():
        record(tmp_path / "rec", f"rpc/{token}", solana_supply.token_supply_request(mint, secret_url),
               json.dumps(sample.token_supply_body(token)).encode())
    with serve_recordings(tmp_path / "rec") as url, \
            HttpClient("replay", replay_url=url, secrets=[secret_url]) as client, \
            duckdb.connect(str(tmp_path / "w.duckdb")) as con:
        ingest_solana_token_supply(client, con, tmp_path / "landing", WINDOW, rpc_url=secret_url)
        stored = con.execute("select * from raw.landing_log").df().to_csv()
    landed = "".join(p.read_text() for p in (tmp_path / "landing").rglob("*.meta.json"))
    assert "sk-live-4f9a1c2e7b" not in stored + landed
    assert '"url": "***"' in landed  # the whole variable's value is redacted
