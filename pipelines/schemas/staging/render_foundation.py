"""pandera models for Render Foundation staging models."""

from __future__ import annotations

import pandera.pandas as pa
from pandera.typing import Series


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
