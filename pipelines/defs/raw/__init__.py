"""Raw assets: one module per source, each asset a thin call into pipelines.ingest."""

from datetime import date
from pathlib import Path
from typing import Callable

import dagster as dg
import duckdb

from ... import ingest
from ...http_layer.client import HttpClient
from ..partitions import DAILY, SINGLE_RUN, WAREHOUSE_WRITER
from ..resources import HttpResource, WarehouseResource

Load = Callable[[HttpClient, duckdb.DuckDBPyConnection, Path, ingest.Window], ingest.LoadResult]


def window_of(context: dg.AssetExecutionContext) -> ingest.Window:
    window = context.partition_time_window
    return ingest.Window(date.fromisoformat(window.start.strftime("%Y-%m-%d")),
                         date.fromisoformat(window.end.strftime("%Y-%m-%d")))


def materialize_result(result: ingest.LoadResult) -> dg.MaterializeResult:
    return dg.MaterializeResult(metadata={
        "table": result.table,
        "rows_loaded": result.rows,
        "landing_files": len(result.landed),
        "is_sample_data": result.is_sample_data,
        **(result.notes or {}),
    })


RAW = dict(partitions_def=DAILY, backfill_policy=SINGLE_RUN, group_name="raw",
           kinds={"python", "duckdb"}, pool=WAREHOUSE_WRITER)


def raw_asset(table: str, load: Load, description: str) -> dg.AssetsDefinition:
    """The asset ``["raw", table]``: fetch, land, validate and load one window through ``load``
    (settings such as node URLs are read from the environment inside ``load``, at run time)."""

    @dg.asset(key=["raw", table], description=description, **RAW)
    def _raw(context: dg.AssetExecutionContext, http: HttpResource,
             warehouse: WarehouseResource) -> dg.MaterializeResult:
        window = window_of(context)
        context.log.info(f"raw.{table}: loading {window.key}")
        with http.client() as client, warehouse.connect() as con:
            result = load(client, con, warehouse.landing_dir, window)
        context.log.info(f"raw.{table}: {result.rows} rows loaded for {window.key} from {len(result.landed)} bodies")
        return materialize_result(result)

    return _raw


def raw_tables_asset(name: str, tables: dict[str, str], load: Load, description: str) -> dg.AssetsDefinition:
    """One load that writes several raw tables in one transaction (``tables``: name → description);
    the first table carries the load's metadata."""

    @dg.multi_asset(name=name, description=description,
                    specs=[dg.AssetSpec(["raw", table], kinds={"python", "duckdb"}, description=text)
                           for table, text in tables.items()],
                    **{key: value for key, value in RAW.items() if key != "kinds"})
    def _raw(context: dg.AssetExecutionContext, http: HttpResource, warehouse: WarehouseResource):
        window = window_of(context)
        with http.client() as client, warehouse.connect() as con:
            result = load(client, con, warehouse.landing_dir, window)
        context.log.info(f"{name}: {result.rows} rows loaded for {window.key}; {result.notes or ''}")
        first, *others = tables
        yield dg.MaterializeResult(asset_key=["raw", first], metadata=materialize_result(result).metadata)
        for table in others:
            yield dg.MaterializeResult(asset_key=["raw", table],
                                       metadata={"table": f"raw.{table}", "is_sample_data": result.is_sample_data})

    return _raw
