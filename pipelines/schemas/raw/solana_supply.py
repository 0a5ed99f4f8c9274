"""Raw Solana token supply snapshots."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from . import Lineage


class SolanaTokenSupplyRaw(Lineage):
    snapshot_date: Series[pa.Date]
    token: Series[str] = pa.Field(unique=True)
    mint: Series[str] = pa.Field(str_length={"min_value": 32, "max_value": 44})
    amount_base_units: Series[str] = pa.Field(str_matches=r"^[0-9]+$")
    decimals: Series[pd.Int64Dtype] = pa.Field(ge=0, le=18)
    slot: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0)

    class Config:
        strict = True
        coerce = True
