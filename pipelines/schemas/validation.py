"""Run a pandera model and turn its failures into one message naming source, partition,
column, check and rows (the DataFrame index of the offending rows)."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.errors import SchemaErrors


class ValidationFailed(ValueError):
    def __init__(self, message: str, failure_cases: pd.DataFrame):
        super().__init__(message)
        self.failure_cases = failure_cases


def describe_failures(failure_cases: pd.DataFrame, source: str, partition: str, limit: int = 10) -> str:
    lines = [f"[{source}] partition {partition}: {len(failure_cases)} validation failure(s)"]
    grouped = failure_cases.groupby(["column", "check"], dropna=False, sort=False)
    for (column, check), cases in grouped:
        rows = [int(i) for i in cases["index"].dropna().tolist()][:limit]
        values = cases["failure_case"].astype(str).tolist()[:limit]
        column_name = column if isinstance(column, str) else "<table>"
        lines.append(f"  column {column_name!r} check {check}: rows {rows} values {values}")
    return "\n".join(lines)


def validate(model: type[pa.DataFrameModel], frame: pd.DataFrame, *, source: str, partition: str) -> pd.DataFrame:
    try:
        return model.validate(frame, lazy=True)
    except SchemaErrors as errors:
        cases = errors.failure_cases
        raise ValidationFailed(describe_failures(cases, source, partition), cases) from None
