"""Filecoin source parsers (FDP Parquet, Lotus JSON-RPC), the real chain_rewards partial day
through the FDP parser, and the sample recordings loaded over loopback and modelled by dbt."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal

import duckdb
import pytest

from pipelines import ingest, registry
from pipelines.http_layer.client import HttpClient
from pipelines.http_layer.replay_server import serve_recordings
from pipelines.ingest.filecoin import (ingest_filecoin_burnt_funds, ingest_filecoin_deal_metrics,
                                       ingest_filecoin_network_metrics)
from pipelines.sample_data import coingecko as sample_coingecko
from pipelines.sample_data import filecoin as sample
from pipelines.schemas.raw.filecoin import FilecoinFdpDealMetricsRaw, FilecoinFdpNetworkMetricsRaw
from pipelines.schemas.staging import filecoin as stg
from pipelines.schemas.validation import validate
from pipelines.sources import filecoin_data_portal as fdp
from pipelines.sources import lotus
from pipelines.sources.errors import SourceDataError
from pipelines.warehouse import read_table

from . import filecoin_upstream as upstream
from .helpers import run_dbt

WINDOW = ingest.Window(date(2025, 9, 1), date(2025, 9, 8))
LINEAGE = {"landing_path", "body_sha256", "retrieved_at", "is_sample", "snapshot_date", "date"}
STAGING = (("stg_filecoin_data_portal__network_metrics_daily", stg.StgFilecoinDataPortalNetworkMetricsDaily),
           ("stg_filecoin_data_portal__deal_metrics_daily", stg.StgFilecoinDataPortalDealMetricsDaily),
           ("stg_lotus__burnt_funds", stg.StgLotusBurntFunds))


def test_raw_schemas_hold_exactly_the_expected_columns():
    for table, model in ((fdp.DEFAULT_TABLE, FilecoinFdpNetworkMetricsRaw),
                         (fdp.DEAL_TABLE, FilecoinFdpDealMetricsRaw)):
        assert set(model.to_schema().columns) - LINEAGE == set(fdp.EXPECTED_COLUMNS[table])


def test_real_chain_rewards_partial_last_day_is_dropped(real_data):
    body = upstream.fdp_body(upstream.network_metrics_from_real(real_data), fdp.DEFAULT_TABLE)
    everything = fdp.parse_daily_metrics(body)
    assert (everything["date"].min(), everything["date"].max()) == (date(2020, 8, 25), date(2022, 11, 8))
    # 2022-11-08 minted ≈140,539 FIL, half a normal day: a pull made that day must not keep it.
    last = everything.set_index("date")["block_rewards_fil"]
    assert last[date(2022, 11, 8)] == pytest.approx(140_539.28, abs=0.01)
    assert last[date(2022, 11, 7)] == pytest.approx(276_093.51, abs=0.01)
    pulled_that_day = fdp.parse_daily_metrics(body, before=date(2022, 11, 8))
    assert pulled_that_day["date"].max() == date(2022, 11, 7) and len(pulled_that_day) == len(everything) - 1


def test_fdp_parser_reads_upstream_layout_and_names_drift():
    rows = sample.network_metrics_rows(WINDOW.start, WINDOW.end)
    frame = fdp.parse_daily_metrics(sample.parquet_body(rows))
    assert list(frame.columns) == ["date", *fdp.EXPECTED_COLUMNS[fdp.DEFAULT_TABLE]]
    assert frame["date"].iloc[0] == date(2025, 9, 7) and len(frame) == 7 + sample.HISTORY_DAYS
    assert "transactions" not in frame.columns  # upstream extras are not kept
    for row in rows:
        del row["miner_tip_usd"]
    with pytest.raises(SourceDataError, match=r"column 'miner_tip_usd': daily_network_metrics: expected column "
                                              r"missing \(schema drift\)"):
        fdp.parse_daily_metrics(sample.parquet_body(rows))
    with pytest.raises(SourceDataError, match="filecoin_daily_metrics: body is not Parquet"):
        fdp.parse_daily_metrics(b'{"date": []}', fdp.DEAL_TABLE)


def test_fdp_parser_rejects_a_date_that_is_not_a_utc_day():
    body = sample.parquet_from_columns({"date": [datetime(2025, 9, 1, 12)], "deal_storage_cost_fil": [1.0],
                                        "sector_onboarding_raw_power_pibs": [1.0],
                                        "data_on_active_deals_pibs": [1.0]})
    with pytest.raises(SourceDataError, match=r"column 'date': filecoin_daily_metrics: date is null or not a "
                                              r"UTC day rows \[0\]"):
        fdp.parse_daily_metrics(body, fdp.DEAL_TABLE)


def test_lotus_request_and_parser():
    request = lotus.state_get_actor_request()
    assert request.method == "POST" and request.url == "https://api.node.glif.io/rpc/v1"
    assert request.json_body == {"jsonrpc": "2.0", "method": "Filecoin.StateGetActor",
                                 "params": ["f099", None], "id": 1}
    assert lotus.state_get_actor_request(rpc_url="https://node.example/rpc/v1").url == "https://node.example/rpc/v1"
    frame = lotus.parse_state_get_actor(json.dumps(sample.state_get_actor_body(41_234_567.891234)))
    assert frame.loc[0, "balance_attofil"] == "41234567891234000000000000"
    with pytest.raises(SourceDataError, match="RPC error 1: actor not found"):
        lotus.parse_state_get_actor('{"jsonrpc":"2.0","id":1,"error":{"code":1,"message":"actor not found"}}')
    with pytest.raises(SourceDataError, match=r"column 'Balance'.*not attoFIL integer text.*rows \[0\]"):
        lotus.parse_state_get_actor('{"result":{"Code":{},"Head":{},"Nonce":0,"Balance":4.1e25}}')


def test_sample_recordings_load_and_build_every_filecoin_model(tmp_path):
    sample.write(tmp_path / "rec", WINDOW.start, WINDOW.end)
    sample_coingecko.write(tmp_path / "rec", WINDOW.start, WINDOW.end)
    fil = tuple(t for t in registry.tokens() if t.token == "FIL")
    with serve_recordings(tmp_path / "rec") as url, HttpClient("replay", replay_url=url) as client, \
            duckdb.connect(str(tmp_path / "warehouse.duckdb")) as con:
        results = [load(client, con, tmp_path / "landing", WINDOW) for load in
                   (ingest_filecoin_network_metrics, ingest_filecoin_deal_metrics, ingest_filecoin_burnt_funds)]
        ingest.ingest_coingecko_market_chart(client, con, tmp_path / "landing", WINDOW, fil)
    assert [(r.table, r.rows, r.is_sample_data) for r in results] == [
        ("raw.filecoin_fdp_network_metrics", 21, True), ("raw.filecoin_fdp_deal_metrics", 21, True),
        ("raw.filecoin_lotus_burnt_funds", 1, True)]
    run_dbt(tmp_path, "build", "--select", "+int_filecoin__burns_daily", "+int_filecoin__mints_daily",
            "+int_filecoin__service_payments_daily", "+int_filecoin__capacity_daily", "stg_lotus__burnt_funds",
            "mint_types", "assert_filecoin_facts_in_range", "--indirect-selection", "cautious")
    rows = sample.network_metrics_rows(WINDOW.start, WINDOW.end)
    with duckdb.connect(str(tmp_path / "warehouse.duckdb"), read_only=True) as con:
        for table, model in STAGING:
            validate(model, read_table(con, f"staging.{table}"), source=table, partition="whole table")
        lotus_fil, = con.execute("select burnt_fil from staging.stg_lotus__burnt_funds").fetchone()
        burned, = con.execute("select sum(burn_native) from intermediate.int_filecoin__burns_daily").fetchone()
        capacity = con.execute("""select count(*), bool_and(is_sample_data)
            from intermediate.int_filecoin__capacity_daily
            where unit = 'PiB_raw' and utilization_rate between 0 and 1""").fetchone()
        deals_usd, = con.execute("""select count(*) from intermediate.int_filecoin__service_payments_daily
            where sub_network = 'market_deals_booked_at_sector_start' and gross_usd is not null""").fetchone()
    assert lotus_fil == Decimal(int(rows[-1]["burnt_fil"] * 10**6)) / 10**6  # attoFIL text → FIL, exact
    # The burn types (gas, penalty, rest) add up to FDP's total burn; the tips are not in it.
    assert abs(burned - sum(Decimal(repr(r["protocol_revenue_fil"])) for r in rows)) < Decimal("0.000001")
    assert capacity == (21, True)
    assert deals_usd == 7  # the CoinGecko sample prices the window's 7 days only
