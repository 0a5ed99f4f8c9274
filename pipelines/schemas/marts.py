"""pandera models for the public marts (the contract analysts rely on), run as blocking checks."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from ..registry import network_ids


class DimNetworks(pa.DataFrameModel):
    network_id: Series[str] = pa.Field(unique=True)
    layer: Series[str] = pa.Field(isin=["compute", "storage", "network", "orchestration"])
    main_token: Series[str]
    revenue_coverage: Series[str]

    @pa.dataframe_check(name="every_registry_network_present")
    def every_network(cls, frame: pd.DataFrame) -> bool:
        return set(frame["network_id"]) == set(network_ids())


class FctTokenMarketDaily(pa.DataFrameModel):
    token: Series[str]
    date: Series[pa.DateTime]
    price_usd: Series[float] = pa.Field(nullable=True, ge=0)
    mcap_circ_usd: Series[float] = pa.Field(nullable=True, gt=0)
    fdv_usd: Series[float] = pa.Field(nullable=True, gt=0)
    spot_volume_usd: Series[float] = pa.Field(nullable=True, ge=0)

    class Config:
        unique = ["token", "date"]
        coerce = True


_flow = {"nullable": True, "ge": 0}


class FctNetworkDaily(pa.DataFrameModel):
    network_id: Series[str] = pa.Field(isin=list(network_ids()))
    date: Series[pa.DateTime]
    fees_gross_usd: Series[float] = pa.Field(**_flow)
    real_revenue_usd: Series[float] = pa.Field(**_flow)
    supply_side_fees_usd: Series[float] = pa.Field(**_flow)
    protocol_revenue_usd: Series[float] = pa.Field(**_flow)
    holders_revenue_usd: Series[float] = pa.Field(**_flow)
    burn_native: Series[float] = pa.Field(**_flow)
    burn_usd: Series[float] = pa.Field(**_flow)
    emissions_native: Series[float] = pa.Field(**_flow)
    emissions_usd: Series[float] = pa.Field(**_flow)
    revenue_null_reason: Series[str] = pa.Field(nullable=True)
    is_interpolated: Series[bool]
    is_sample_data: Series[bool]

    @pa.dataframe_check(name="revenue_null_iff_reason")
    def revenue_has_reason(cls, frame: pd.DataFrame) -> pd.Series:
        return frame["real_revenue_usd"].isna() == frame["revenue_null_reason"].notna()

    @pa.dataframe_check(name="real_revenue_le_fees", raise_warning=True)
    def real_le_fees(cls, frame: pd.DataFrame) -> pd.Series:
        return frame["real_revenue_usd"].isna() | (frame["real_revenue_usd"] <= frame["fees_gross_usd"] * 1.000001)

    class Config:
        unique = ["network_id", "date"]
        coerce = True


class NetworkMetricsDaily(pa.DataFrameModel):
    network_id: Series[str] = pa.Field(isin=list(network_ids()))
    date: Series[pa.DateTime]
    real_revenue_usd: Series[float] = pa.Field(**_flow)
    emissions_usd: Series[float] = pa.Field(**_flow)
    burn_to_mint_ratio_30d: Series[float] = pa.Field(**_flow)
    annualized_revenue_30d: Series[float] = pa.Field(**_flow)
    ps_circ: Series[float] = pa.Field(**_flow)
    ps_fdv: Series[float] = pa.Field(**_flow)

    @pa.dataframe_check(name="ps_fdv_null_iff_reason")
    def ps_fdv_has_reason(cls, frame: pd.DataFrame) -> pd.Series:
        return frame["ps_fdv"].isna() == frame["ps_fdv_null_reason"].notna()

    class Config:
        unique = ["network_id", "date"]
        coerce = True


class FctRevenueReconciliationDaily(pa.DataFrameModel):
    network_id: Series[str] = pa.Field(isin=list(network_ids()))
    date: Series[pa.DateTime]
    defillama_fees_usd: Series[float] = pa.Field(**_flow)
    fees_difference_7d_fraction: Series[float] = pa.Field(nullable=True)
    tolerance_fraction: Series[float] = pa.Field(ge=0)
    is_beyond_tolerance: Series[bool]

    class Config:
        unique = ["network_id", "date"]
        coerce = True
