"""Idempotent raw loads into DuckDB: delete the window, insert, one transaction."""

from __future__ import annotations

import duckdb
import pandas as pd


def replace_window(con: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame,
                   delete_where: str, params: list) -> int:
    """Replace the rows of ``table`` matching ``delete_where`` with ``frame``; all or nothing."""
    schema = table.split(".")[0]
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(f"CREATE SCHEMA IF NOT EXISTS {schema}")
        con.register("incoming_rows", frame)
        con.execute(f"CREATE TABLE IF NOT EXISTS {table} AS SELECT * FROM incoming_rows LIMIT 0")
        con.execute(f"DELETE FROM {table} WHERE {delete_where}", params)
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM incoming_rows")
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    finally:
        con.unregister("incoming_rows")
    return len(frame)


def read_table(con: duckdb.DuckDBPyConnection, table: str) -> pd.DataFrame:
    return con.execute(f"SELECT * FROM {table}").df()
