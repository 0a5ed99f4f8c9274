"""One partitioning for every asset: UTC days, the last complete day being yesterday."""

import dagster as dg

DAILY = dg.DailyPartitionsDefinition(start_date="2020-10-15", timezone="UTC")
# A range of days is one run per asset (a backfill is not hundreds of tiny runs).
SINGLE_RUN = dg.BackfillPolicy.single_run()
# DuckDB has one writer: everything that writes the warehouse shares this pool.
WAREHOUSE_WRITER = "duckdb_warehouse_writer"
