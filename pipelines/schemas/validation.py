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


def _row_label(frame: pd.DataFrame | None, index: int, keys: tuple[str, ...]) -> str:
    if frame is None or not keys or index not in frame.index:
        return str(index)
    row = frame.loc[index]
    return f"{index} ({', '.join(f'{k}={row[k]}' for k in keys if k in frame.columns)})"


def describe_failures(failure_cases: pd.DataFrame, source: str, partition: str, limit: int = 10,
                      frame: pd.DataFrame | None = None, keys: tuple[str, ...] = ()) -> str:
    lines = [f"[{source}] partition {partition}: {len(failure_cases)} validation failure(s)"]
    grouped = failure_cases.groupby(["column", "check"], dropna=False, sort=False)
    for (column, check), cases in grouped:
        rows = [_row_label(frame, int(i), keys) for i in cases["index"].dropna().tolist()][:limit]
        values = cases["failure_case"].astype(str).tolist()[:limit]
        column_name = column if isinstance(column, str) else "<table>"
        lines.append(f"  column {column_name!r} check {check}: rows [{', '.join(rows)}] values {values}")
    return "\n".join(lines)


def validate(model: type[pa.DataFrameModel], frame: pd.DataFrame, *, source: str, partition: str,
             keys: tuple[str, ...] = ()) -> pd.DataFrame:
    """Validate all checks at once (lazy); ``keys`` label offending rows, e.g. coin_id and date."""
    try:
        return model.validate(frame, lazy=True)
    except SchemaErrors as errors:
        cases = errors.failure_cases
        raise ValidationFailed(describe_failures(cases, source, partition, frame=frame, keys=keys), cases) from None
