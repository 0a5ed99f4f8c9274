"""A snapshot of the Dagster definitions, so an accidental change shows; and the CLI loads them."""

from __future__ import annotations

from datetime import date, datetime, timezone

import dagster as dg

from pipelines.definitions import defs
from pipelines.defs.jobs import days_to_refresh

from .helpers import run_dagster


def _keys():
    graph = defs.resolve_asset_graph()
    return {key.to_user_string() for key in graph.get_all_asset_keys()}


def test_asset_keys_follow_the_layers():
    keys = _keys()
    assert {f"raw/{table}" for table in (
        "coingecko_market_chart", "render_epoch_burns", "render_liability_epochs", "defillama_fees_daily",
        "defillama_pulls", "arweave_blocks", "arweave_txs", "filecoin_fdp_network_metrics",
        "filecoin_fdp_deal_metrics", "filecoin_lotus_burnt_funds", "helium_emission_schedules",
        "helium_sub_dao_epoch_infos", "helium_dao_epoch_infos", "helium_hotspot_counts", "akash_graph_data",
        "akash_supply_inflation", "akash_pre_mine_unlocks", "ionet_earnings_summary", "ionet_clusters",
        "ionet_market_snapshot", "solana_token_supply")} <= keys
    assert {"marts/dim_networks", "marts/dim_regime", "marts/fct_token_market_daily", "marts/fct_network_daily",
            "marts/network_metrics_daily", "marts/layer_metrics_daily", "marts/fct_revenue_reconciliation_daily",
            "marts/network_metric_null_reasons"} <= keys
    assert {"staging/stg_coingecko__market_chart_daily", "seeds/networks", "seeds/tokens",
            "intermediate/int_render__burns_daily"} <= keys


def test_dbt_sources_are_the_raw_assets():
    graph = defs.resolve_asset_graph()
    parents = graph.get(dg.AssetKey(["staging", "stg_render_foundation__epoch_burns"])).parent_keys
    assert dg.AssetKey(["raw", "render_epoch_burns"]) in parents
    parents = graph.get(dg.AssetKey(["staging", "stg_coingecko__market_chart_daily"])).parent_keys
    assert dg.AssetKey(["raw", "coingecko_market_chart"]) in parents


def test_pandera_checks_are_blocking_on_staging_and_marts():
    graph = defs.resolve_asset_graph()
    pandera = {key for key in graph.asset_check_keys if key.name.startswith("pandera_")}
    checked = {k.asset_key.to_user_string() for k in pandera}
    assert {"marts/dim_networks", "marts/fct_token_market_daily", "marts/fct_network_daily",
            "marts/network_metrics_daily", "marts/layer_metrics_daily", "marts/fct_revenue_reconciliation_daily",
            "marts/network_metric_null_reasons"} <= checked
    sources = {key.split("/stg_")[1].split("__")[0] for key in checked if key.startswith("staging/")}
    assert sources == {"coingecko", "render_foundation", "arweave", "filecoin_data_portal", "lotus", "helium",
                       "akash", "ionet", "solana"}  # every source's staging is validated
    assert all(graph.get_check_spec(key).blocking for key in pandera)
    methodology = dg.AssetCheckKey(dg.AssetKey(["raw", "defillama_fees_daily"]), "defillama_methodology_unchanged")
    assert not graph.get_check_spec(methodology).blocking


def test_metric_models_build_in_the_marts_step_without_a_cycle():
    from dagster._core.execution.api import create_execution_plan
    plan = create_execution_plan(defs.resolve_implicit_global_asset_job_def())
    dbt_steps = sorted(step.key for step in plan.get_all_steps_in_topo_order() if step.key.startswith("dbt_"))
    assert dbt_steps == ["dbt_marts", "dbt_seeds_staging_intermediate"]


def test_every_asset_is_daily_partitioned_with_single_run_backfills():
    graph = defs.resolve_asset_graph()
    for key in graph.materializable_asset_keys:
        node = graph.get(key)
        assert isinstance(node.partitions_def, dg.DailyPartitionsDefinition), key
        assert node.backfill_policy == dg.BackfillPolicy.single_run(), key


def test_daily_schedule_runs_yesterday_and_catches_up_missed_days():
    schedule = defs.resolve_schedule_def("daily_refresh_schedule")
    assert schedule.cron_schedule == "0 2 * * *" and schedule.execution_timezone == "UTC"
    with dg.instance_for_test() as instance:
        context = dg.build_schedule_context(instance=instance,
                                            scheduled_execution_time=datetime(2026, 11, 26, 2, tzinfo=timezone.utc))
        request = schedule.evaluate_tick(context).run_requests[0]
        # nothing completed yet: the whole catch-up window in one run
        assert (request.tags["dagster/asset_partition_range_start"],
                request.tags["dagster/asset_partition_range_end"]) == ("2026-11-19", "2026-11-25")
        for day in ("2026-11-19", "2026-11-20", "2026-11-21", "2026-11-23", "2026-11-24"):
            instance.report_runless_asset_event(dg.AssetMaterialization(["serving", "marts"], partition=day))
        request = schedule.evaluate_tick(context).run_requests[0]
        assert request.tags["dagster/asset_partition_range_start"] == "2026-11-22"  # the earliest day missed
    assert days_to_refresh(date(2026, 11, 25), {f"2026-11-{d}" for d in range(19, 25)}) == ("2026-11-25", "2026-11-25")


def test_daily_job_retries_from_failure():
    job = defs.resolve_job_def("daily_refresh")
    assert job.tags["dagster/max_retries"] == "2" and job.tags["dagster/retry_strategy"] == "FROM_FAILURE"


def test_freshness_checks_cover_raw_and_marts():
    graph = defs.resolve_asset_graph()
    lag = {key.asset_key.to_user_string() for key in graph.asset_check_keys if key.name == "upstream_data_is_fresh"}
    assert {"raw/render_epoch_burns", "raw/akash_graph_data", "raw/filecoin_fdp_network_metrics",
            "raw/defillama_fees_daily", "raw/helium_sub_dao_epoch_infos"} <= lag
    assert all(graph.get_check_spec(dg.AssetCheckKey(dg.AssetKey.from_user_string(key), "upstream_data_is_fresh"))
               .blocking for key in lag)
    deadlines = {key.asset_key.to_user_string() for key in graph.asset_check_keys
                 if key.asset_key.path[0] in ("raw", "marts") and "freshness" in key.name}
    assert "marts/network_metrics_daily" in deadlines and "raw/coingecko_market_chart" in deadlines


def test_dagster_cli_validates_the_workspace(tmp_path):
    result = run_dagster(tmp_path, tmp_path / "home", "definitions", "validate", "-w", "workspace.yaml")
    assert "Validation successful" in result.stdout + result.stderr
