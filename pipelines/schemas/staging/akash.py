"""pandera models for Akash staging models."""

from __future__ import annotations

import pandera.pandas as pa
from pandera.typing import Series

_flow = {"nullable": True, "ge": 0}


class StgAkashGraphDataDaily(pa.DataFrameModel):
    date: Series[pa.DateTime] = pa.Field(unique=True)
    akt_spent_native: Series[float] = pa.Field(**_flow)
    stable_spent_native: Series[float] = pa.Field(**_flow)
    act_spent_native: Series[float] = pa.Field(**_flow)
    usd_spent: Series[float] = pa.Field(**_flow)
    active_gpu: Series[float] = pa.Field(**_flow)
    gpu_utilization: Series[float] = pa.Field(nullable=True, ge=0, le=1)
    akt_burned_for_act_native: Series[float] = pa.Field(**_flow)
    akt_reminted_native: Series[float] = pa.Field(**_flow)
    net_akt_burned_native: Series[float] = pa.Field(nullable=True)  # a net field: may be negative
    is_sample_data: Series[bool]

    class Config:
        coerce = True


class StgAkashSupplyInflationDaily(pa.DataFrameModel):
    date: Series[pa.DateTime] = pa.Field(unique=True)
    total_supply_native: Series[float] = pa.Field(gt=0)
    inflation_rate: Series[float] = pa.Field(ge=0, lt=1)

    class Config:
        coerce = True


class StgAkashPreMineUnlocks(pa.DataFrameModel):
    date: Series[pa.DateTime] = pa.Field(unique=True)
    unlocked_native: Series[float] = pa.Field(ge=0)

    class Config:
        coerce = True
