"""pandera models for CoinGecko staging models."""

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
