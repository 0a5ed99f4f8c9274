"""Publish the marts for analysts: a read-only serving DuckDB file and Parquet exports, each
swapped in atomically, so an open reader never blocks the pipeline and never sees a half build."""

from __future__ import annotations

import os
import shutil
from datetime import datetime, timezone
from pathlib import Path

import duckdb

KEEP_EXPORTS = 2  # the current export folder and the one before (a reader may still be on it)


def mart_tables(con: duckdb.DuckDBPyConnection, catalog: str = "warehouse") -> list[str]:
    return [name for (name,) in con.execute(
        "select table_name from information_schema.tables where table_catalog = ? and table_schema = 'marts' "
        "order by 1", [catalog]).fetchall()]


def publish_serving_copy(warehouse: Path, data_dir: Path) -> dict:
    """Copy every mart into a new file, then rename it over ``serving.duckdb`` (atomic on POSIX:
    readers holding the old file keep reading it; new readers open the new one)."""
    target, staging = data_dir / "serving.duckdb", data_dir / "serving.duckdb.next"
    staging.unlink(missing_ok=True)
    with duckdb.connect(str(staging)) as con:
        con.execute(f"attach '{warehouse}' as warehouse (read_only)")
        tables = mart_tables(con)
        con.execute("create schema marts")
        for table in tables:
            con.execute(f"create table marts.{table} as select * from warehouse.marts.{table}")
    os.replace(staging, target)
    return {"serving_file": str(target), "tables": tables}


def publish_parquet_exports(warehouse: Path, data_dir: Path) -> dict:
    """Write ``exports-<stamp>/<table>.parquet`` and point the ``exports`` symlink at it atomically."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    folder = data_dir / f"exports-{stamp}"
    folder.mkdir(parents=True)
    with duckdb.connect() as con:
        con.execute(f"attach '{warehouse}' as warehouse (read_only)")
        tables = mart_tables(con)
        for table in tables:
            con.execute(f"copy warehouse.marts.{table} to '{folder / (table + '.parquet')}' (format parquet)")
    link, next_link = data_dir / "exports", data_dir / "exports.next"
    next_link.unlink(missing_ok=True)
    next_link.symlink_to(folder.name)
    if link.exists() and not link.is_symlink():  # an exports/ folder from before symlinks: move it aside
        shutil.rmtree(link)
    os.replace(next_link, link)
    for old in sorted(data_dir.glob("exports-*"))[:-KEEP_EXPORTS]:
        shutil.rmtree(old)
    return {"exports": str(folder), "tables": tables}
