"""Raw assets: one module per source, each asset a thin call into pipelines.ingest."""

from datetime import date

import dagster as dg

from ... import ingest
from ..partitions import DAILY, SINGLE_RUN, WAREHOUSE_WRITER


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
