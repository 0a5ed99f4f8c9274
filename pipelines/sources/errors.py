"""Errors raised by pure source code; messages name source, partition, column and rows."""


class SourceDataError(ValueError):
    def __init__(self, source: str, problem: str, *, column: str | None = None,
                 rows: list | None = None, partition: str | None = None):
        where = f"[{source}]" + (f" partition {partition}" if partition else "")
        what = f" column {column!r}" if column else ""
        at = f" rows {rows[:20]}{' …' if rows and len(rows) > 20 else ''}" if rows else ""
        super().__init__(f"{where}{what}: {problem}{at}")
        self.source, self.column, self.rows, self.partition = source, column, rows, partition
