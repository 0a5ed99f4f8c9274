"""Raw DefiLlama tables."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from ...sources.defillama import DATA_TYPES
from . import Lineage


class DefillamaFeesDailyRaw(Lineage):
    snapshot_date: Series[pa.Date]
    slug: Series[str]
    data_type: Series[str] = pa.Field(isin=list(DATA_TYPES))
    date: Series[pa.Date]
    value_usd: Series[pd.Float64Dtype] = pa.Field(nullable=True, ge=0)

    class Config:
        unique = ["slug", "data_type", "date"]
        strict = True
        coerce = True


class DefillamaPullsRaw(Lineage):
    snapshot_date: Series[pa.Date]
    slug: Series[str]
    data_type: Series[str] = pa.Field(isin=list(DATA_TYPES))
    status: Series[str] = pa.Field(isin=["published", "not_published"])
    methodology_json: Series[str] = pa.Field(nullable=True)

    class Config:
        unique = ["slug", "data_type"]
        strict = True
        coerce = True
