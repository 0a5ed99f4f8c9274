"""dbt models as Dagster assets, in two steps so blocking checks on staging gate the marts."""


from typing import Any, Mapping

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, dbt_assets

from .partitions import DAILY, SINGLE_RUN, WAREHOUSE_WRITER
from .project import DBT_EXECUTABLE, dbt_project


class LayerTranslator(DagsterDbtTranslator):
    """Keys by rule: a source table ``raw.<t>`` is ``["raw", t]``; a model is ``[<schema>, <name>]``."""

    def get_asset_key(self, dbt_resource_props: Mapping[str, Any]) -> dg.AssetKey:
        return dg.AssetKey([dbt_resource_props["schema"], dbt_resource_props["name"]])

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        return dbt_resource_props["schema"]


_dbt = dict(manifest=dbt_project.manifest_path, project=dbt_project, partitions_def=DAILY,
            backfill_policy=SINGLE_RUN, dagster_dbt_translator=LayerTranslator(), pool=WAREHOUSE_WRITER)


# The metric models read the marts' facts, so they build in the marts step (no cycle between steps).
METRIC_MODELS = "path:models/intermediate/metrics"


@dbt_assets(select="resource_type:seed path:models/staging path:models/intermediate", exclude=METRIC_MODELS,
            name="dbt_seeds_staging_intermediate", **_dbt)
def dbt_upstream_models(context: dg.AssetExecutionContext, dbt: DbtCliResource):
    yield from dbt.cli(["build"], context=context).stream()


@dbt_assets(select=f"path:models/marts {METRIC_MODELS}", name="dbt_marts", **_dbt)
def dbt_mart_models(context: dg.AssetExecutionContext, dbt: DbtCliResource):
    yield from dbt.cli(["build"], context=context).stream()


def dbt_resource() -> DbtCliResource:
    return DbtCliResource(project_dir=dbt_project, profiles_dir=str(dbt_project.profiles_dir),
                          dbt_executable=str(DBT_EXECUTABLE))
