"""Raw Akash tables (console graph-data, chain supply/inflation, pre-mine unlocks)."""

from __future__ import annotations

from decimal import Decimal

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from ...sources.akash import ALL_SERIES, NET_SERIES
from . import Lineage, non_negative_decimal_text


class AkashGraphDataRaw(Lineage):
    snapshot_date: Series[pa.Date]
    series: Series[str] = pa.Field(isin=list(ALL_SERIES))
    date: Series[pa.Date]
    value: Series[str] = pa.Field(nullable=True)

    @pa.dataframe_check(name="non_negative_except_net_series")
    def non_negative(cls, frame: pd.DataFrame) -> pd.Series:
        return frame["series"].isin(NET_SERIES) | frame["value"].map(lambda v: v is None or Decimal(v) >= 0)

    @pa.dataframe_check(name="gpu_utilization_percent_0_100")
    def utilization_in_percent(cls, frame: pd.DataFrame) -> pd.Series:
        values = frame["value"].map(lambda v: None if v is None else Decimal(v))
        return (frame["series"] != "gpuUtilization") | values.map(lambda v: v is None or 0 <= v <= 100)

    class Config:
        unique = ["series", "date"]
        strict = True
        coerce = True


class AkashSupplyInflationRaw(Lineage):
    snapshot_date: Series[pa.Date]
    total_supply_uakt: Series[str]
    inflation: Series[str]

    @pa.check("total_supply_uakt", "inflation", name="non_negative")
    def non_negative(cls, series: pd.Series) -> pd.Series:
        return non_negative_decimal_text(series)

    @pa.check("inflation", name="annual_rate_below_1")
    def fraction(cls, series: pd.Series) -> pd.Series:
        return series.map(lambda v: Decimal(v) < 1)

    class Config:
        strict = True
        coerce = True


class AkashPreMineUnlocksRaw(Lineage):
    snapshot_date: Series[pa.Date]
    date: Series[pa.Date] = pa.Field(unique=True)
    unlocked_akt: Series[str]

    @pa.check("unlocked_akt", name="non_negative")
    def non_negative(cls, series: pd.Series) -> pd.Series:
        return non_negative_decimal_text(series)

    class Config:
        strict = True
        coerce = True
