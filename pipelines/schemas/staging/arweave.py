"""pandera models for Arweave staging models."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from ...sources.arweave import FORK_2_6_HEIGHT


class StgArweaveBlocks(pa.DataFrameModel):
    height: Series[int] = pa.Field(ge=0, unique=True)
    block_at: Series[pa.DateTime]
    date: Series[pa.DateTime]
    tx_count: Series[int] = pa.Field(ge=0)
    reward_native: Series[float] = pa.Field(nullable=True, ge=0)
    reward_pool_native: Series[float] = pa.Field(ge=0)
    weave_size_tb: Series[float] = pa.Field(ge=0)
    is_sample_data: Series[bool]

    @pa.dataframe_check(name="reward_present_from_fork_2_6")
    def reward_from_fork(cls, frame: pd.DataFrame) -> pd.Series:
        return (frame["height"] < FORK_2_6_HEIGHT) | frame["reward_native"].notna()

    @pa.dataframe_check(name="weave_never_shrinks")
    def weave_grows(cls, frame: pd.DataFrame) -> pd.Series:
        ordered = frame.sort_values("height")["weave_size_tb"]
        return (ordered.diff().isna() | (ordered.diff() >= 0)).reindex(frame.index)

    class Config:
        coerce = True


class StgArweaveTxs(pa.DataFrameModel):
    tx_id: Series[str] = pa.Field(unique=True)
    block_height: Series[int] = pa.Field(ge=0)
    tx_index: Series[int] = pa.Field(ge=0)
    fee_native: Series[float] = pa.Field(ge=0)
    quantity_native: Series[float] = pa.Field(ge=0)
    data_size_bytes: Series[int] = pa.Field(ge=0)

    class Config:
        unique = ["block_height", "tx_index"]
        coerce = True
