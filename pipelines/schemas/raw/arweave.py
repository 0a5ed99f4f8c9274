"""Raw Arweave tables: blocks walked by height and their L1 transactions."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from ...sources.arweave import FORK_2_6_HEIGHT, MAX_TIMESTAMP_DEVIATION_S
from . import UTC_TIMESTAMP, Lineage, non_negative_decimal_text


def _non_negative_or_null(series: pd.Series) -> pd.Series:
    return series.isna() | non_negative_decimal_text(series.fillna("0")).astype(bool)


class ArweaveBlocksRaw(Lineage):
    height: Series[pd.Int64Dtype] = pa.Field(ge=0, unique=True)
    indep_hash: Series[str]
    previous_block: Series[str]
    block_at: Series[pd.DatetimeTZDtype] = pa.Field(**UTC_TIMESTAMP)
    tx_count: Series[pd.Int64Dtype] = pa.Field(ge=0)
    reward_addr: Series[str] = pa.Field(nullable=True)
    reward_winston: Series[str] = pa.Field(nullable=True)
    reward_pool_winston: Series[str]
    weave_size_bytes: Series[pd.Int64Dtype] = pa.Field(ge=0)
    block_size_bytes: Series[pd.Int64Dtype] = pa.Field(ge=0)
    diff: Series[str]

    @pa.check("reward_pool_winston", name="non_negative")
    def pool_non_negative(cls, series: pd.Series) -> pd.Series:
        return non_negative_decimal_text(series)

    @pa.check("reward_winston", name="non_negative")
    def reward_non_negative(cls, series: pd.Series) -> pd.Series:
        return _non_negative_or_null(series)

    @pa.dataframe_check(name="reward_present_from_fork_2_6")
    def reward_from_fork(cls, frame: pd.DataFrame) -> pd.Series:
        return (frame["height"] < FORK_2_6_HEIGHT) | frame["reward_winston"].notna()

    @pa.dataframe_check(name="timestamps_increase_with_height_within_35s")
    def timestamps_follow_height(cls, frame: pd.DataFrame) -> pd.Series:
        ordered = frame.sort_values("height")
        earliest = ordered["block_at"].shift(1) - pd.Timedelta(seconds=MAX_TIMESTAMP_DEVIATION_S)
        return (earliest.isna() | (ordered["block_at"] >= earliest)).reindex(frame.index)

    @pa.dataframe_check(name="heights_contiguous")
    def heights_contiguous(cls, frame: pd.DataFrame) -> pd.Series:
        ordered = frame["height"].sort_values()
        return (ordered.diff().isna() | (ordered.diff() == 1)).reindex(frame.index)

    class Config:
        strict = True
        coerce = True


class ArweaveTxsRaw(Lineage):
    block_height: Series[pd.Int64Dtype] = pa.Field(ge=0)
    tx_index: Series[pd.Int64Dtype] = pa.Field(ge=0)
    tx_id: Series[str] = pa.Field(unique=True)
    format: Series[pd.Int64Dtype] = pa.Field(isin=[1, 2])
    fee_winston: Series[str]
    quantity_winston: Series[str]
    data_size_bytes: Series[pd.Int64Dtype] = pa.Field(ge=0)
    target: Series[str] = pa.Field(nullable=True)

    @pa.check("fee_winston", "quantity_winston", name="non_negative")
    def non_negative(cls, series: pd.Series) -> pd.Series:
        return non_negative_decimal_text(series)

    class Config:
        unique = ["block_height", "tx_index"]
        strict = True
        coerce = True
