"""The one Dagster entry point (workspace.yaml and pyproject's [tool.dagster] point here)."""

import dagster as dg

from .defs import raw
from .defs.checks import defillama_methodology_unchanged, pandera_checks
from .defs.dbt_assets import dbt_mart_models, dbt_resource, dbt_upstream_models
from .defs.freshness import coingecko_no_missing_days, partition_deadline_checks, upstream_lag_checks
from .defs.jobs import daily_refresh, daily_refresh_schedule
from .defs.publish import PUBLIC_MARTS, serving_marts
from .defs.resources import HttpResource, WarehouseResource

raw_assets = dg.load_assets_from_package_module(raw)
deadline_checks = partition_deadline_checks(
    [key for asset in raw_assets for key in asset.keys] + [dg.AssetKey(["marts", table]) for table in PUBLIC_MARTS])

defs = dg.Definitions(
    assets=[*raw_assets, dbt_upstream_models, dbt_mart_models, serving_marts],
    asset_checks=[*pandera_checks, defillama_methodology_unchanged, *upstream_lag_checks(),
                  coingecko_no_missing_days, *deadline_checks],
    jobs=[daily_refresh],
    schedules=[daily_refresh_schedule],
    sensors=[dg.build_sensor_for_freshness_checks(freshness_checks=deadline_checks)],
    resources={"http": HttpResource(), "warehouse": WarehouseResource(), "dbt": dbt_resource()},
    # Many small steps: one process is several times faster than a process per step.
    executor=dg.in_process_executor,
)
