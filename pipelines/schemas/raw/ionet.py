"""Raw io.net explorer tables."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from . import Lineage, non_negative_decimal_text


class IonetEarningsSummaryRaw(Lineage):
    snapshot_date: Series[pa.Date]
    date: Series[pa.Date] = pa.Field(unique=True)
    daily_earnings_usd: Series[str]
    total_earnings_usd: Series[str]

    @pa.check("daily_earnings_usd", "total_earnings_usd", name="non_negative")
    def non_negative(cls, series: pd.Series) -> pd.Series:
        return non_negative_decimal_text(series)

    class Config:
        strict = True
        coerce = True


class IonetClustersRaw(Lineage):
    snapshot_date: Series[pa.Date]
    running_clusters: Series[pd.Int64Dtype] = pa.Field(ge=0)
    total_compute_hours_served: Series[str]

    @pa.check("total_compute_hours_served", name="non_negative")
    def non_negative(cls, series: pd.Series) -> pd.Series:
        return non_negative_decimal_text(series)

    class Config:
        strict = True
        coerce = True


class IonetMarketSnapshotRaw(Lineage):
    snapshot_date: Series[pa.Date]
    hardware_name: Series[str] = pa.Field(unique=True)
    price_usd_per_hour: Series[str] = pa.Field(nullable=True)
    total: Series[pd.Int64Dtype] = pa.Field(ge=0)
    idle: Series[pd.Int64Dtype] = pa.Field(ge=0)
    hired: Series[pd.Int64Dtype] = pa.Field(ge=0)

    @pa.dataframe_check(name="hired_at_most_total")
    def hired_within_total(cls, frame: pd.DataFrame) -> pd.Series:
        return frame["hired"] <= frame["total"]

    class Config:
        strict = True
        coerce = True
