"""Raw Filecoin tables: FDP daily Parquet snapshots and the Lotus burnt-funds snapshot.

Every FDP column kept is a flow or a stock in FIL, PiB or USD as delivered (doubles): never negative.
The column lists match ``filecoin_data_portal.EXPECTED_COLUMNS`` (a test pins that).
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from . import Lineage, non_negative_decimal_text


def _amount():
    return pa.Field(nullable=True, ge=0)


class FilecoinFdpNetworkMetricsRaw(Lineage):
    snapshot_date: Series[pa.Date]
    date: Series[pa.Date] = pa.Field(unique=True)
    base_fee_burn_fil: Series[pd.Float64Dtype] = _amount()
    base_fee_burn_usd: Series[pd.Float64Dtype] = _amount()
    overestimation_burn_fil: Series[pd.Float64Dtype] = _amount()
    overestimation_burn_usd: Series[pd.Float64Dtype] = _amount()
    message_burn_fil: Series[pd.Float64Dtype] = _amount()
    message_burn_usd: Series[pd.Float64Dtype] = _amount()
    miner_tip_fil: Series[pd.Float64Dtype] = _amount()
    miner_tip_usd: Series[pd.Float64Dtype] = _amount()
    message_storage_provider_penalty_fil: Series[pd.Float64Dtype] = _amount()
    message_storage_provider_penalty_usd: Series[pd.Float64Dtype] = _amount()
    protocol_revenue_fil: Series[pd.Float64Dtype] = _amount()
    protocol_revenue_usd: Series[pd.Float64Dtype] = _amount()
    block_rewards_fil: Series[pd.Float64Dtype] = _amount()
    block_rewards_usd: Series[pd.Float64Dtype] = _amount()
    raw_power_pibs: Series[pd.Float64Dtype] = _amount()
    quality_adjusted_power_pibs: Series[pd.Float64Dtype] = _amount()
    onboarded_pibs: Series[pd.Float64Dtype] = _amount()
    circulating_fil: Series[pd.Float64Dtype] = _amount()
    burnt_fil: Series[pd.Float64Dtype] = _amount()
    filecoin_pay_paid_usd: Series[pd.Float64Dtype] = _amount()
    fil_token_price_avg_usd: Series[pd.Float64Dtype] = _amount()

    class Config:
        strict = True
        coerce = True


class FilecoinFdpDealMetricsRaw(Lineage):
    snapshot_date: Series[pa.Date]
    date: Series[pa.Date] = pa.Field(unique=True)
    deal_storage_cost_fil: Series[pd.Float64Dtype] = _amount()
    sector_onboarding_raw_power_pibs: Series[pd.Float64Dtype] = _amount()
    data_on_active_deals_pibs: Series[pd.Float64Dtype] = _amount()

    class Config:
        strict = True
        coerce = True


class FilecoinLotusBurntFundsRaw(Lineage):
    snapshot_date: Series[pa.Date]
    actor: Series[str] = pa.Field(unique=True)
    balance_attofil: Series[str]
    code_cid: Series[str] = pa.Field(nullable=True)
    head_cid: Series[str] = pa.Field(nullable=True)
    nonce: Series[pd.Int64Dtype] = pa.Field(ge=0)

    @pa.check("balance_attofil", name="non_negative")
    def non_negative(cls, series: pd.Series) -> pd.Series:
        return non_negative_decimal_text(series)

    class Config:
        strict = True
        coerce = True
