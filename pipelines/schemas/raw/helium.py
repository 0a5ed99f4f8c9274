"""Raw Helium tables: emission schedule files, sub-DAO/DAO epoch accounts, hotspot counts."""

from __future__ import annotations

from decimal import Decimal

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from ...sources.helium_emissions import VERSIONS
from ...sources.helium_entities import SUBNETWORKS
from ...sources.helium_sub_daos import SUB_DAOS
from . import UTC_TIMESTAMP, Lineage, non_negative_decimal_text


def _integer_text(series: pd.Series) -> pd.Series:
    """Base-unit amounts (DC, bones) are non-negative integer text; NULL where the account predates them."""
    return series.isna() | series.astype("string").str.fullmatch(r"\d+").fillna(False).astype(bool)


class HeliumEmissionSchedulesRaw(Lineage):
    snapshot_date: Series[pa.Date]
    schedule: Series[str] = pa.Field(isin=sorted(VERSIONS))
    git_ref: Series[str]
    version_order: Series[pd.Int64Dtype] = pa.Field(ge=0)
    row_index: Series[pd.Int64Dtype] = pa.Field(ge=0)
    start_at: Series[pd.DatetimeTZDtype] = pa.Field(**UTC_TIMESTAMP)
    value_text: Series[str]
    value_unit: Series[str] = pa.Field(isin=["tokens_per_epoch", "percent"])

    @pa.check("value_text", name="non_negative")
    def non_negative(cls, series: pd.Series) -> pd.Series:
        return non_negative_decimal_text(series)

    @pa.dataframe_check(name="percent_at_most_100")
    def percent_at_most_100(cls, frame: pd.DataFrame) -> pd.Series:
        return (frame["value_unit"] != "percent") | (frame["value_text"].map(Decimal) <= 100)

    class Config:
        unique = ["schedule", "git_ref", "row_index"]
        strict = True
        coerce = True


class _EpochAccount(Lineage):
    snapshot_date: Series[pa.Date]
    account_pubkey: Series[str] = pa.Field(unique=True)
    data_len: Series[pd.Int64Dtype] = pa.Field(ge=8)
    epoch: Series[pd.Int64Dtype] = pa.Field(ge=0)


class HeliumSubDaoEpochInfosRaw(_EpochAccount):
    sub_dao: Series[str]
    dc_burned: Series[str]
    dc_onboarding_fees_paid: Series[str] = pa.Field(nullable=True)
    hnt_rewards_issued: Series[str] = pa.Field(nullable=True)
    delegation_rewards_issued: Series[str]
    rewards_issued_at: Series[pd.DatetimeTZDtype] = pa.Field(nullable=True, **UTC_TIMESTAMP)
    previous_percentage: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0)
    initialized: Series[bool]

    @pa.check("dc_burned", "dc_onboarding_fees_paid", "hnt_rewards_issued", "delegation_rewards_issued",
              name="non_negative_integer_text")
    def integer_text(cls, series: pd.Series) -> pd.Series:
        return _integer_text(series)

    @pa.check("sub_dao", name="known_sub_dao", raise_warning=True)
    def known_sub_dao(cls, series: pd.Series) -> pd.Series:
        return series.isin(SUB_DAOS)

    class Config:
        unique = ["sub_dao", "epoch"]
        strict = True
        coerce = True


class HeliumDaoEpochInfosRaw(_EpochAccount):
    dao: Series[str]
    done_calculating_scores: Series[bool]
    done_issuing_rewards: Series[bool]
    total_rewards: Series[str]
    current_hnt_supply: Series[str]
    delegation_rewards_issued: Series[str] = pa.Field(nullable=True)
    cumulative_not_emitted: Series[str] = pa.Field(nullable=True)
    not_emitted: Series[str] = pa.Field(nullable=True)
    smoothed_hnt_burned: Series[str] = pa.Field(nullable=True)

    @pa.check("total_rewards", "current_hnt_supply", "delegation_rewards_issued", "cumulative_not_emitted",
              "not_emitted", "smoothed_hnt_burned", name="non_negative_integer_text")
    def integer_text(cls, series: pd.Series) -> pd.Series:
        return _integer_text(series)

    class Config:
        unique = ["dao", "epoch"]
        strict = True
        coerce = True


class HeliumHotspotCountsRaw(Lineage):
    snapshot_date: Series[pa.Date]
    subnetwork: Series[str] = pa.Field(isin=list(SUBNETWORKS), unique=True)
    page_size: Series[pd.Int64Dtype] = pa.Field(ge=1)
    total_items: Series[pd.Int64Dtype] = pa.Field(ge=0)
    total_pages: Series[pd.Int64Dtype] = pa.Field(ge=0)

    @pa.dataframe_check(name="pages_cover_items", raise_warning=True)
    def pages_cover_items(cls, frame: pd.DataFrame) -> pd.Series:
        return frame["total_pages"] == -(-frame["total_items"] // frame["page_size"])

    class Config:
        strict = True
        coerce = True
