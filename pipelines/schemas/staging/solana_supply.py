"""pandera models for the Solana token supply staging model."""

from __future__ import annotations

import pandera.pandas as pa
from pandera.typing import Series


class StgSolanaTokenSupplyDaily(pa.DataFrameModel):
    token: Series[str]
    mint: Series[str]
    date: Series[pa.DateTime]
    total_supply: Series[float] = pa.Field(gt=0)
    decimals: Series[int] = pa.Field(ge=0, le=18)

    class Config:
        unique = ["token", "date"]
        coerce = True
