"""pandera models for io.net staging models."""

from __future__ import annotations

import pandera.pandas as pa
from pandera.typing import Series


class StgIonetEarningsDaily(pa.DataFrameModel):
    date: Series[pa.DateTime] = pa.Field(unique=True)
    supplier_earnings_usd: Series[float] = pa.Field(ge=0)
    total_supplier_earnings_usd: Series[float] = pa.Field(ge=0)
    is_estimated: Series[bool] = pa.Field(isin=[True])

    class Config:
        coerce = True


class StgIonetClustersDaily(pa.DataFrameModel):
    date: Series[pa.DateTime] = pa.Field(unique=True)
    running_clusters: Series[int] = pa.Field(ge=0)
    total_compute_hours_served: Series[float] = pa.Field(ge=0)

    class Config:
        coerce = True


class StgIonetMarketSnapshotDaily(pa.DataFrameModel):
    date: Series[pa.DateTime]
    hardware_name: Series[str]
    devices_total: Series[int] = pa.Field(ge=0)
    devices_hired: Series[int] = pa.Field(ge=0)

    @pa.dataframe_check(name="hired_at_most_total")
    def hired_within_total(cls, frame):
        return frame["devices_hired"] <= frame["devices_total"]

    class Config:
        unique = ["date", "hardware_name"]
        coerce = True
