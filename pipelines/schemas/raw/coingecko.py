"""Raw CoinGecko tables."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from . import Lineage


class CoingeckoMarketChartRaw(Lineage):
    coin_id: Series[str]
    date: Series[pa.Date]
    price_usd: Series[pd.Float64Dtype] = pa.Field(nullable=True, ge=0)
    market_cap_usd: Series[pd.Float64Dtype] = pa.Field(nullable=True, ge=0)
    volume_usd: Series[pd.Float64Dtype] = pa.Field(nullable=True, ge=0)

    class Config:
        unique = ["coin_id", "date"]
        strict = True
        coerce = True
