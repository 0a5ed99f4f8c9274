"""Idempotent raw loads into DuckDB: delete the window, insert, one transaction."""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import pandas as pd


@dataclass(frozen=True)
class TableLoad:
    """Replace the rows of ``table`` matching ``delete_where`` (with ``params``) by ``frame``."""

    table: str
    frame: pd.DataFrame
    delete_where: str
    params: list


def replace_all(con: duckdb.DuckDBPyConnection, loads: list[TableLoad]) -> list[int]:
    """Apply every load in one transaction: all tables change, or none does."""
    con.execute("BEGIN TRANSACTION")
    try:
        for load in loads:
            schema = load.table.split(".")[0]
            con.execute(f"CREATE SCHEMA IF NOT EXISTS {schema}")
            con.register("incoming_rows", load.frame)
            try:
                con.execute(f"CREATE TABLE IF NOT EXISTS {load.table} AS SELECT * FROM incoming_rows LIMIT 0")
                con.execute(f"DELETE FROM {load.table} WHERE {load.delete_where}", load.params)
                con.execute(f"INSERT INTO {load.table} BY NAME SELECT * FROM incoming_rows")
            finally:
                con.unregister("incoming_rows")
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return [len(load.frame) for load in loads]


def replace_window(con: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame,
                   delete_where: str, params: list) -> int:
    """Replace the rows of ``table`` matching ``delete_where`` with ``frame``; all or nothing."""
    return replace_all(con, [TableLoad(table, frame, delete_where, params)])[0]


def table_exists(con: duckdb.DuckDBPyConnection, table: str) -> bool:
    schema, name = table.split(".")
    return bool(con.execute("select count(*) from information_schema.tables where table_schema = ? and table_name = ?",
                            [schema, name]).fetchone()[0])


def read_table(con: duckdb.DuckDBPyConnection, table: str) -> pd.DataFrame:
    return con.execute(f"SELECT * FROM {table}").df()
