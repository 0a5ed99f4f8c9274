"""pandera models for Helium staging models."""

from __future__ import annotations

import pandera.pandas as pa
from pandera.typing import Series


class StgHeliumEmissionSchedules(pa.DataFrameModel):
    schedule: Series[str] = pa.Field(isin=["hnt", "iot", "mobile", "hst"])
    token: Series[str] = pa.Field(nullable=True, isin=["HNT", "IOT", "MOBILE"])
    value_unit: Series[str] = pa.Field(isin=["tokens_per_epoch", "percent"])
    value: Series[float] = pa.Field(ge=0)
    valid_from: Series[pa.DateTime]
    valid_to: Series[pa.DateTime] = pa.Field(nullable=True)

    @pa.dataframe_check(name="valid_to_after_valid_from")
    def ordered(cls, frame):
        return frame["valid_to"].isna() | (frame["valid_to"] > frame["valid_from"])

    @pa.dataframe_check(name="percent_at_most_100")
    def percent(cls, frame):
        return (frame["value_unit"] != "percent") | (frame["value"] <= 100)

    class Config:
        unique = ["schedule", "valid_from"]
        coerce = True


class StgHeliumSubDaoEpochs(pa.DataFrameModel):
    epoch: Series[int] = pa.Field(ge=0)
    date: Series[pa.DateTime]
    sub_network: Series[str] = pa.Field(isin=["iot", "mobile"])
    dc_burned: Series[float] = pa.Field(ge=0)
    dc_onboarding_fees_paid_cumulative: Series[float] = pa.Field(nullable=True, ge=0)
    hnt_rewards_issued_native: Series[float] = pa.Field(nullable=True, ge=0)
    smoothed_utility_share: Series[float] = pa.Field(nullable=True, ge=0, le=1)

    class Config:
        unique = ["sub_network", "epoch"]
        coerce = True


class StgHeliumDaoEpochs(pa.DataFrameModel):
    epoch: Series[int] = pa.Field(ge=0, unique=True)
    date: Series[pa.DateTime]
    total_rewards_native: Series[float] = pa.Field(ge=0)
    not_emitted_native: Series[float] = pa.Field(nullable=True, ge=0)

    class Config:
        coerce = True


class StgHeliumHotspotCounts(pa.DataFrameModel):
    sub_network: Series[str] = pa.Field(isin=["iot", "mobile"])
    date: Series[pa.DateTime]
    hotspots_registered: Series[int] = pa.Field(ge=0)

    class Config:
        unique = ["sub_network", "date"]
        coerce = True
