"""pandera models for raw tables, one module per source; checked before anything is written."""

from __future__ import annotations

from decimal import Decimal

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

UTC_TIMESTAMP = {"dtype_kwargs": {"unit": "us", "tz": "UTC"}}


def non_negative_decimal_text(series: pd.Series) -> pd.Series:
    """Amounts kept as exact decimal text (or integer text for base units) must be ≥ 0."""
    return series.map(lambda text: text is not None and Decimal(text) >= 0)


class Lineage(pa.DataFrameModel):
    """Columns every raw row carries: where its body is and when it was fetched."""

    landing_path: Series[str]
    body_sha256: Series[str] = pa.Field(str_length={"min_value": 64, "max_value": 64})
    retrieved_at: Series[pd.DatetimeTZDtype] = pa.Field(**UTC_TIMESTAMP)
    is_sample: Series[bool]
