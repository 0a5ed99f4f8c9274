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


_ratio = {"nullable": True, "ge": 0}
_share = {"nullable": True, "ge": 0, "le": 1}
_score = {"nullable": True, "ge": 0, "le": 100}


class NetworkMetricsDaily(pa.DataFrameModel):
    """Ranges of METRICS.md: ratios ≥ 0, shares and rates in [0, 1], scores in [0, 100]."""

    network_id: Series[str] = pa.Field(isin=list(network_ids()))
    date: Series[pa.DateTime]
    real_revenue_usd: Series[float] = pa.Field(**_flow)
    fees_gross_usd: Series[float] = pa.Field(**_flow)
    emissions_usd: Series[float] = pa.Field(**_flow)
    burn_usd: Series[float] = pa.Field(**_flow)
    annualized_revenue_30d: Series[float] = pa.Field(**_flow)
    annualized_revenue_90d: Series[float] = pa.Field(**_flow)
    burn_to_mint_ratio_7d: Series[float] = pa.Field(**_ratio)
    burn_to_mint_ratio_30d: Series[float] = pa.Field(**_ratio)
    burn_to_mint_ratio_90d: Series[float] = pa.Field(**_ratio)
    burn_to_mint_ratio_usd_30d: Series[float] = pa.Field(**_ratio)
    ps_circ: Series[float] = pa.Field(**_ratio)
    ps_fdv: Series[float] = pa.Field(**_ratio)
    ps_fdv_90d: Series[float] = pa.Field(**_ratio)
    pf_fdv: Series[float] = pa.Field(**_ratio)
    pf_circ: Series[float] = pa.Field(**_ratio)
    speculative_multiple_7d: Series[float] = pa.Field(**_ratio)
    speculative_multiple_30d: Series[float] = pa.Field(**_ratio)
    turnover_circ: Series[float] = pa.Field(**_ratio)
    turnover_fdv: Series[float] = pa.Field(**_ratio)
    subsidy_ratio_30d: Series[float] = pa.Field(**_ratio)
    emission_coverage_30d: Series[float] = pa.Field(**_ratio)
    revenue_yield_fdv: Series[float] = pa.Field(**_ratio)
    provider_revenue_per_unit_30d: Series[float] = pa.Field(**_ratio)
    revenue_share_of_value_flow_30d: Series[float] = pa.Field(**_share)
    revenue_share_of_value_flow_extended_30d: Series[float] = pa.Field(**_share)
    utilization_rate: Series[float] = pa.Field(**_share)
    utilization_rate_mean_30d: Series[float] = pa.Field(**_share)
    price_usage_partial_r2: Series[float] = pa.Field(**_share)
    unexplained_share: Series[float] = pa.Field(**_share)
    s1_coverage: Series[float] = pa.Field(**_score)
    s2_valuation_support: Series[float] = pa.Field(**_score)
    s3_value_flow_share: Series[float] = pa.Field(**_score)
    s4_demand_trend: Series[float] = pa.Field(**_score)
    s5_revenue_quality: Series[float] = pa.Field(**_score)
    s6_price_linkage: Series[float] = pa.Field(**_score)
    real_demand_score: Series[float] = pa.Field(**_score)
    speculative_intensity_index: Series[float] = pa.Field(**_score)
    rds_partial: Series[bool]
    sii_partial: Series[bool]

    @pa.dataframe_check(name="rds_partial_only_when_s6_missing")
    def rds_partial_means_s6_missing(cls, frame: pd.DataFrame) -> pd.Series:
        return ~frame["rds_partial"] | (frame["s6_price_linkage"].isna() & frame["real_demand_score"].notna())

    class Config:
        unique = ["network_id", "date"]
        coerce = True


class LayerMetricsDaily(pa.DataFrameModel):
    layer: Series[str] = pa.Field(isin=["compute", "storage", "network", "orchestration"])
    date: Series[pa.DateTime]
    real_revenue_usd: Series[float] = pa.Field(**_flow)
    ps_fdv: Series[float] = pa.Field(**_ratio)
    subsidy_ratio_30d: Series[float] = pa.Field(**_ratio)
    speculative_multiple_30d: Series[float] = pa.Field(**_ratio)
    revenue_share_of_value_flow_30d: Series[float] = pa.Field(**_share)

    class Config:
        unique = ["layer", "date"]
        coerce = True


class NetworkMetricNullReasons(pa.DataFrameModel):
    network_id: Series[str] = pa.Field(isin=list(network_ids()))
    metric: Series[str]
    reason: Series[str] = pa.Field(str_matches=r"^(no_source|source_not_ingested|outside_source_coverage|no_price|zero_denominator|missing_input:\w+)$")

    class Config:
        unique = ["network_id", "date", "metric"]
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
