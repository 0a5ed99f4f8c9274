"""pandera models for dbt staging models, run as blocking Dagster asset checks."""

from __future__ import annotations

import pandera.pandas as pa
from pandera.typing import Series


class StgCoingeckoMarketChartDaily(pa.DataFrameModel):
    token: Series[str]
    coin_id: Series[str]
    date: Series[pa.DateTime]
    price_usd: Series[float] = pa.Field(nullable=True, ge=0)
    market_cap_usd: Series[float] = pa.Field(nullable=True, gt=0)
    volume_usd: Series[float] = pa.Field(nullable=True, ge=0)
    is_sample_data: Series[bool]

    class Config:
        unique = ["token", "date"]
        coerce = True


class StgRenderFoundationEpochBurns(pa.DataFrameModel):
    epoch_id: Series[int] = pa.Field(ge=1, unique=True)
    start_at: Series[pa.DateTime]
    end_at: Series[pa.DateTime]
    burned_native: Series[float] = pa.Field(ge=0)
    burned_usd: Series[float] = pa.Field(ge=0)

    @pa.dataframe_check(name="end_after_start")
    def end_after_start(cls, frame):
        return frame["end_at"] > frame["start_at"]

    class Config:
        coerce = True


class StgRenderFoundationLiabilityEpochs(pa.DataFrameModel):
    channel: Series[str]
    epoch_id: Series[int] = pa.Field(ge=1)
    amount_due_native: Series[float] = pa.Field(ge=0)

    class Config:
        unique = ["channel", "epoch_id"]
        coerce = True
