"""The one Dagster entry point (workspace.yaml and pyproject's [tool.dagster] point here)."""

import dagster as dg

from .defs.checks import defillama_methodology_unchanged, pandera_checks
from .defs.dbt_assets import dbt_mart_models, dbt_resource, dbt_upstream_models
from .defs.jobs import daily_refresh, daily_refresh_schedule
from .defs import raw
from .defs.resources import HttpResource, WarehouseResource

defs = dg.Definitions(
    assets=[*dg.load_assets_from_package_module(raw), dbt_upstream_models, dbt_mart_models],
    asset_checks=[*pandera_checks, defillama_methodology_unchanged],
    jobs=[daily_refresh],
    schedules=[daily_refresh_schedule],
    resources={"http": HttpResource(), "warehouse": WarehouseResource(), "dbt": dbt_resource()},
    # Many small steps: one process is several times faster than a process per step.
    executor=dg.in_process_executor,
)
