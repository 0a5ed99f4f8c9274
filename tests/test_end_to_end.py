"""The whole pipeline through real Dagster runs (CLI), replay over loopback, a temporary DuckDB."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import duckdb
import httpx
import pytest

from pipelines.sample_data import write_sample_recordings
from pipelines.settings import PROJECT_ROOT, prepare_dagster_home

from .helpers import run_dagster

START, END = date(2025, 8, 1), date(2025, 10, 1)  # 61 partitions
RANGE = f"{START}...{END - timedelta(days=1)}"
MARTS = ("dim_networks", "dim_regime", "fct_token_market_daily", "fct_network_daily", "network_metrics_daily",
         "layer_metrics_daily", "fct_revenue_reconciliation_daily", "network_metric_null_reasons")


def _materialize(root, check=True):
    return run_dagster(root, root / "dagster_home", "asset", "materialize", "-m", "pipelines.definitions",
                       "--select", "*", "--partition-range", RANGE,
                       env_extra={"DEPIN_RECORDINGS_DIR": str(root / "rec")}, check=check)


def _marts(root):
    with duckdb.connect(str(root / "warehouse.duckdb"), read_only=True) as con:
        return {table: con.execute(f"select * from marts.{table} order by all").fetchall() for table in MARTS}


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory):
    root = tmp_path_factory.mktemp("e2e")
    write_sample_recordings(root / "rec", START, END)
    _materialize(root)
    first = _marts(root)
    # An analyst keeps the serving copy open while the next full build runs.
    reader = duckdb.connect(str(root / "serving.duckdb"), read_only=True)
    before = reader.execute("select count(*), sum(real_revenue_usd) from marts.network_metrics_daily").fetchone()
    _materialize(root)
    during = reader.execute("select count(*), sum(real_revenue_usd) from marts.network_metrics_daily").fetchone()
    reader.close()
    return root, first, (before, during)


def test_twice_in_replay_gives_identical_marts(pipeline):
    root, first, _ = pipeline
    second = _marts(root)
    assert second == first
    assert len(first["fct_network_daily"]) == 9 * 61 and len(first["dim_networks"]) == 9
    assert len(first["layer_metrics_daily"]) == 4 * 61


def test_every_network_has_rows_and_each_metric_is_computed_or_null_with_a_reason(pipeline):
    root, *_ = pipeline
    with duckdb.connect(str(root / "warehouse.duckdb"), read_only=True) as con:
        revenue = dict(con.execute("""
            select network_id, count(real_revenue_usd) from marts.network_metrics_daily group by 1""").fetchall())
        reasons = dict(con.execute("""
            select network_id, min(revenue_null_reason) from marts.network_metrics_daily
            where real_revenue_usd is null group by 1""").fetchall())
        unexplained = con.execute("""
            select count(*) from marts.network_metrics_daily m
            where m.ps_fdv is null and not exists (
                select 1 from marts.network_metric_null_reasons r
                where r.network_id = m.network_id and r.date = m.date and r.metric = 'ps_fdv')""").fetchone()[0]
        sample = con.execute("select bool_and(is_sample_data) from marts.network_metrics_daily").fetchone()[0]
    assert revenue == {"render": 61, "akash": 61, "io_net": 61, "filecoin": 61, "arweave": 61, "helium": 61,
                       "wifi_map": 0, "fetch_ai": 0, "bittensor": 0}
    assert reasons == {network: "not_available: no source exists" for network in ("wifi_map", "fetch_ai", "bittensor")}
    assert unexplained == 0 and sample is True


def test_reconciliation_sits_beside_defillama(pipeline):
    root, *_ = pipeline
    with duckdb.connect(str(root / "warehouse.duckdb"), read_only=True) as con:
        render = con.execute("""
            select count(defillama_fees_usd), max(abs(fees_difference_7d_fraction)), bool_or(is_beyond_tolerance)
            from marts.fct_revenue_reconciliation_daily where network_id = 'render'""").fetchone()
        akash = con.execute("""select count(defillama_fees_usd), min(comparison_null_reason)
            from marts.fct_revenue_reconciliation_daily where network_id = 'akash'""").fetchone()
    # The sample DefiLlama Render series is our weekly burns ÷ 0.95 with ±3 % daily noise.
    assert render[0] == 61 and render[1] < 0.03 and render[2] is False
    assert akash == (0, "not_available: DefiLlama publishes no value for this day")


def test_render_metrics_follow_the_formulas(pipeline):
    root, *_ = pipeline
    with duckdb.connect(str(root / "warehouse.duckdb"), read_only=True) as con:
        day, metrics = con.execute("""
            select max(date), any_value(struct_pack(annualized_revenue_30d, ps_fdv, ps_circ, burn_to_mint_ratio_30d,
                                                      fdv_usd, mcap_circ_usd) order by date desc)
            from marts.network_metrics_daily where network_id = 'render'""").fetchone()
        revenue_30d, burn_30d, mints_30d = con.execute("""
            select sum(real_revenue_usd), sum(burn_native), sum(bme_mints_native) from marts.fct_network_daily
            where network_id = 'render' and date between ? - interval 29 day and ?""", [day, day]).fetchone()
        burn_usd_30d = con.execute("""select sum(burn_usd) from marts.fct_network_daily
            where network_id = 'render' and date between ? - interval 29 day and ?""", [day, day]).fetchone()[0]
    assert revenue_30d == pytest.approx(burn_usd_30d / 0.95, rel=1e-12)
    assert metrics["annualized_revenue_30d"] == pytest.approx(revenue_30d * 365 / 30, rel=1e-12)
    assert metrics["ps_fdv"] == pytest.approx(metrics["fdv_usd"] / metrics["annualized_revenue_30d"], rel=1e-12)
    assert metrics["ps_circ"] == pytest.approx(metrics["mcap_circ_usd"] / metrics["annualized_revenue_30d"], rel=1e-12)
    assert metrics["burn_to_mint_ratio_30d"] == pytest.approx(burn_30d / mints_30d, rel=1e-12)


def test_landing_keeps_bodies_with_request_metadata(pipeline):
    root, *_ = pipeline
    metas = sorted((root / "landing").rglob("*.meta.json"))
    assert {m.parent.parent.name for m in metas} >= {"coingecko", "render_foundation", "defillama", "arweave",
                                                     "filecoin_data_portal", "lotus", "akash_console", "ionet_explorer",
                                                     "helium_sub_daos", "solana_rpc"}
    meta = json.loads(next(m for m in metas if "render-token" in m.name).read_text())
    assert meta["url"] == "https://api.coingecko.com/api/v3/coins/render-token/market_chart/range"
    assert meta["params"]["from"] == str(START) and meta["http_status"] == 200
    assert meta["is_sample_data"] is True and meta["retrieved_at"]
    body = root / "landing" / "coingecko" / RANGE.replace("...", "..") / (
        next(m for m in metas if "render-token" in m.name).name.replace(".meta.json", ".json"))
    first_point_ms = json.loads(body.read_text())["prices"][0][0]
    assert first_point_ms == datetime(2025, 8, 1, tzinfo=timezone.utc).timestamp() * 1000


def test_serving_copy_and_exports_match_the_marts_and_an_open_reader_never_blocked(pipeline):
    root, first, (before, during) = pipeline
    assert before == during and before[0] == 9 * 61  # the held connection kept working through the build
    with duckdb.connect(str(root / "serving.duckdb"), read_only=True) as served:
        for table, rows in _marts(root).items():
            assert served.execute(f"select * from marts.{table} order by all").fetchall() == rows, table
    exported = duckdb.execute(f"select count(*) from '{root / 'exports' / 'fct_network_daily.parquet'}'").fetchone()
    assert (root / "exports").is_symlink() and exported == (9 * 61,)
    assert len(list(root.glob("exports-*"))) == 2  # the current export and the one before


def test_two_runs_started_together_both_succeed(tmp_path):
    write_sample_recordings(tmp_path / "rec", date(2025, 9, 1), date(2025, 9, 8))
    env = {**os.environ, "DEPIN_DATA_DIR": str(tmp_path), "DAGSTER_HOME": str(tmp_path / "home"),
           "DEPIN_MODE": "replay", "DEPIN_RECORDINGS_DIR": str(tmp_path / "rec")}
    prepare_dagster_home(tmp_path / "home")
    # a deployed Dagster home exists before runs start: create its storage once, as deployment does
    subprocess.run([str(Path(sys.executable).parent / "dagster"), "instance", "migrate"], env=env, check=True,
                   capture_output=True)
    command = [str(Path(sys.executable).parent / "dagster"), "asset", "materialize", "-m", "pipelines.definitions",
               "--select", "*", "--partition-range", "2025-09-01...2025-09-07"]
    runs = [subprocess.Popen(command, env=env, cwd=PROJECT_ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                             text=True) for _ in range(2)]
    outputs = [run.communicate(timeout=900)[0] for run in runs]
    assert [run.returncode for run in runs] == [0, 0], "\n".join(output[-3000:] for output in outputs)
    # the pool (deploy/dagster.yaml) made one run's writing steps wait for the other's
    assert any("blocked by limit for pool duckdb_warehouse_writer" in output for output in outputs)
    with duckdb.connect(str(tmp_path / "warehouse.duckdb"), read_only=True) as con:
        assert con.execute("select count(*) from marts.fct_network_daily").fetchone() == (9 * 7,)


CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--window-size=1400,900"]
ARTIFACTS = PROJECT_ROOT / "test-artifacts"


def _browser() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        message = "headless Chromium is not installed (Debian package 'chromium'; .ci/run installs it)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return found


def _page_text(browser: str, url: str, profile: Path, expect: str, screenshot: Path) -> str:
    """The page's text once ``expect`` shows (the UI renders with JavaScript after loading its data:
    a cold server can need more than one visit), and a screenshot of it kept as a test artifact."""
    flags = [*CHROMIUM_FLAGS, f"--user-data-dir={profile}"]
    for attempt in range(4):
        budget = f"--virtual-time-budget={15_000 * (attempt + 1)}"  # a busy machine gets more time
        dom = subprocess.run([browser, *flags, budget, "--dump-dom", url], capture_output=True, text=True,
                             timeout=180).stdout
        text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", dom))
        if re.search(expect, text):
            break
        time.sleep(2 + 3 * attempt)
    subprocess.run([browser, *flags, "--virtual-time-budget=15000", f"--screenshot={screenshot}", url],
                   capture_output=True, timeout=180)
    return text


@pytest.fixture
def dagster_ui(pipeline):
    root, *_ = pipeline
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "DAGSTER_HOME": str(root / "dagster_home"), "DEPIN_DATA_DIR": str(root)}
    # Signals reset: a server started from a script otherwise ignores SIGINT/SIGTERM (STACK.md).
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "dagster-webserver"), "-w", "workspace.yaml", "-h", "127.0.0.1",
         "-p", str(port)], cwd=PROJECT_ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        preexec_fn=lambda: (signal.signal(signal.SIGINT, signal.SIG_DFL), signal.signal(signal.SIGTERM, signal.SIG_DFL)))
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{base}/server_info", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(1)
        else:
            pytest.fail("the Dagster webserver did not answer within 120 s")
        # dismiss the first-visit dialog that would cover the page
        httpx.post(f"{base}/graphql", json={"query": "mutation { setNuxSeen }"}, timeout=10)
        yield base
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=30)


def test_dagster_ui_renders_assets_partitions_and_checks_in_a_browser(dagster_ui, tmp_path):
    browser = _browser()
    ARTIFACTS.mkdir(exist_ok=True)
    # The marts group as a list: every public mart with its partitions (materialized, missing, failed,
    # in progress, of 2,233). The fixture built 61 days; if the corrupted-input run has already
    # happened, Dagster shows those 61 as failed (their latest run failed), which is what happened.
    row = r"marts / {} (?:(?!marts / ).)*? (\d+) 2,172 (\d+) 0 2,233 partitions"
    listing = _page_text(browser, f"{dagster_ui}/locations/depin_warehouse/asset-groups/marts/list",
                         tmp_path / "list", row.format("network_metrics_daily"),
                         ARTIFACTS / "dagster_ui_marts_list.png")
    for table in ("dim_networks", "fct_network_daily", "fct_token_market_daily", "network_metrics_daily"):
        found = re.search(row.format(table), listing)
        assert found and sum(map(int, found.groups())) == 61, f"{table}: {listing[-3000:]}"
    # An asset's checks: the blocking pandera check succeeded.
    checks = _page_text(browser, f"{dagster_ui}/assets/marts/network_metrics_daily?view=checks", tmp_path / "checks",
                        r"pandera_NetworkMetricsDaily pandera_NetworkMetricsDaily Succeeded",
                        ARTIFACTS / "dagster_ui_checks.png")
    assert re.search(r"pandera_NetworkMetricsDaily pandera_NetworkMetricsDaily Succeeded", checks), checks[:1500]
    for name in ("dagster_ui_marts_list.png", "dagster_ui_checks.png"):
        assert (ARTIFACTS / name).stat().st_size > 10_000


# Last in the module: it leaves a failed run behind in the shared fixture's Dagster home.
def test_corrupted_input_fails_the_run_and_keeps_the_warehouse(pipeline, tmp_path):
    root, first, _ = pipeline
    burns = root / "rec" / "render_foundation" / "epoch-burn-stats-data.json"
    original = burns.read_text()
    body = json.loads(original)
    body["data"][5]["burnedRender"] = -1.0
    burns.write_text(json.dumps(body))
    try:
        result = _materialize(root, check=False)
    finally:
        burns.write_text(original)
    assert result.returncode != 0
    output = result.stdout + result.stderr
    assert "[render_foundation] partition 2025-08-01..2025-09-30" in output
    assert "column 'burned_render' check non_negative: rows [5 (epoch_id=6)]" in output
    assert _marts(root) == first
