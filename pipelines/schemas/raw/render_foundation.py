"""Raw Render Foundation tables."""

from __future__ import annotations

from decimal import Decimal

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from ...sources.render_foundation import KNOWN_CHANNELS
from . import UTC_TIMESTAMP, Lineage, non_negative_decimal_text


class RenderEpochBurnsRaw(Lineage):
    snapshot_date: Series[pa.Date]
    epoch_id: Series[pd.Int64Dtype] = pa.Field(ge=1, unique=True)
    start_at: Series[pd.DatetimeTZDtype] = pa.Field(**UTC_TIMESTAMP)
    end_at: Series[pd.DatetimeTZDtype] = pa.Field(**UTC_TIMESTAMP)
    burned_render: Series[str] = pa.Field(nullable=False)
    burned_render_usd: Series[str] = pa.Field(nullable=False)
    total_render_used: Series[str] = pa.Field(nullable=True)

    @pa.check("burned_render", "burned_render_usd", name="non_negative")
    def non_negative(cls, series: pd.Series) -> pd.Series:
        return non_negative_decimal_text(series)

    @pa.dataframe_check(name="end_after_start")
    def end_after_start(cls, frame: pd.DataFrame) -> pd.Series:
        return frame["end_at"] > frame["start_at"]

    @pa.dataframe_check(name="usd_per_render_in_price_band_0.2_50")
    def price_band(cls, frame: pd.DataFrame) -> pd.Series:
        burned = frame["burned_render"].map(Decimal)
        ratio = frame["burned_render_usd"].map(Decimal) / burned.where(burned != 0, Decimal(1))
        return (burned == 0) | ((ratio >= Decimal("0.2")) & (ratio <= Decimal("50")))

    class Config:
        strict = True
        coerce = True


class RenderLiabilityEpochsRaw(Lineage):
    snapshot_date: Series[pa.Date]
    channel: Series[str]
    epoch_id: Series[pd.Int64Dtype] = pa.Field(ge=1)
    start_at: Series[pd.DatetimeTZDtype] = pa.Field(**UTC_TIMESTAMP)
    end_at: Series[pd.DatetimeTZDtype] = pa.Field(**UTC_TIMESTAMP)
    amount_due_base_units: Series[str]
    obh_used: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0)
    wallets_reported: Series[pd.Int64Dtype] = pa.Field(ge=0)

    @pa.check("amount_due_base_units", name="non_negative")
    def non_negative(cls, series: pd.Series) -> pd.Series:
        return non_negative_decimal_text(series)

    @pa.check("channel", name="known_channel", raise_warning=True)
    def known_channel(cls, series: pd.Series) -> pd.Series:
        return series.isin(KNOWN_CHANNELS)

    class Config:
        unique = ["channel", "epoch_id"]
        strict = True
        coerce = True
