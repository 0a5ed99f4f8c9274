"""The real Render files, replayed over HTTP, loaded and modelled by dbt: the daily spread sums
back to the Foundation's epoch totals exactly (burns and emissions)."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date
from decimal import Decimal

import duckdb
import pytest

from pipelines import ingest
from pipelines.http_layer.client import HttpClient
from pipelines.http_layer.replay_server import serve_recordings
from pipelines.sources import render_foundation

from .helpers import run_dbt, write_meta

WINDOW = ingest.Window(date(2025, 10, 29), date(2025, 10, 30))


@pytest.fixture(scope="module")
def render_warehouse(real_data, tmp_path_factory):
    root = tmp_path_factory.mktemp("render_real")
    stats = real_data / "compute/render_foundation_stats"
    write_meta(root / "rec", "burns", render_foundation.epoch_burns_request().url,
               stats / "epoch-burn-stats-data.json")
    write_meta(root / "rec", "liabilities", render_foundation.liability_epochs_request().url,
               stats / "liability-epochs-data.json")
    with serve_recordings(root / "rec") as url, HttpClient("replay", replay_url=url) as client, \
            duckdb.connect(str(root / "warehouse.duckdb")) as con:
        ingest.ingest_render_epoch_burns(client, con, root / "landing", WINDOW)
        ingest.ingest_render_liability_epochs(client, con, root / "landing", WINDOW)
    run_dbt(root, "build", "--select", "+int_render__epoch_burn_days", "+int_render__mints_daily", "mint_types",
            "--exclude", "stg_coingecko__market_chart_daily", "--indirect-selection", "cautious")
    return root, stats


def test_daily_burns_sum_to_each_epoch_exactly(render_warehouse):
    root, stats = render_warehouse
    epochs = json.loads((stats / "epoch-burn-stats-data.json").read_text(), parse_float=Decimal)["data"]
    with duckdb.connect(str(root / "warehouse.duckdb"), read_only=True) as con:
        sums = con.execute("""
            select epoch_id, sum(burn_native), sum(burn_usd), count(*), bool_and(burn_native >= 0)
            from intermediate.int_render__epoch_burn_days group by epoch_id order by epoch_id""").fetchall()
    assert len(sums) == 97
    for (epoch_id, native, usd, days, non_negative), epoch in zip(sums, epochs, strict=True):
        assert epoch_id == epoch["id"]
        assert native == Decimal(epoch["burnedRender"]), epoch_id
        assert usd == Decimal(epoch["burnedRenderUSDCAmt"]), epoch_id
        assert days == 7 and non_negative


def test_daily_emissions_sum_to_each_channel_epoch_exactly(render_warehouse):
    root, stats = render_warehouse
    rows = json.loads((stats / "liability-epochs-data.json").read_text())["data"]["epochs"]
    expected = defaultdict(Decimal)
    for row in rows:
        expected["provider" if row["channel"] in {"node_operator", "availability", "render_compute_network",
                                                  "render_compute_network_bonus"} else row["channel"]] += \
            Decimal(row["amountDue"]) / Decimal(10**8)
    with duckdb.connect(str(root / "warehouse.duckdb"), read_only=True) as con:
        got = dict(con.execute("""
            select case when is_provider_emission then 'provider'
                        when mint_type = 'grants' then 'open_compute' else 'upgrade' end,
                   sum(mint_native)
            from intermediate.int_render__mints_daily group by 1""").fetchall())
    assert got == dict(expected)
