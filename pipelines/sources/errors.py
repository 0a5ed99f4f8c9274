"""Errors raised by pure source code; messages name source, partition, column and rows."""

from __future__ import annotations


class SourceDataError(ValueError):
    def __init__(self, source: str, problem: str, *, column: str | None = None,
                 rows: list | None = None, partition: str | None = None):
        self.source, self.problem, self.column, self.rows, self.partition = source, problem, column, rows, partition
        where = f"[{source}]" + (f" partition {partition}" if partition else "")
        what = f" column {column!r}" if column else ""
        at = f" rows {rows[:20]}{' …' if rows and len(rows) > 20 else ''}" if rows else ""
        super().__init__(f"{where}{what}: {problem}{at}")

    def in_partition(self, partition: str) -> "SourceDataError":
        return SourceDataError(self.source, self.problem, column=self.column, rows=self.rows,
                               partition=partition)
