"""pandera models for Filecoin staging models (FDP network and deal metrics, Lotus burnt funds)."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

FLOAT_NOISE_FIL = 1e-6  # FDP delivers FIL as doubles: identities hold to a micro-FIL


def _flow():
    return pa.Field(nullable=True, ge=0)


class StgFilecoinDataPortalNetworkMetricsDaily(pa.DataFrameModel):
    date: Series[pa.DateTime] = pa.Field(unique=True)
    base_fee_burn_fil: Series[float] = _flow()
    overestimation_burn_fil: Series[float] = _flow()
    message_burn_fil: Series[float] = _flow()
    sp_penalty_fil: Series[float] = _flow()
    total_burn_fil: Series[float] = _flow()
    miner_tip_fil: Series[float] = _flow()
    block_rewards_fil: Series[float] = _flow()
    filecoin_pay_paid_usd: Series[float] = _flow()
    raw_power_pib: Series[float] = _flow()
    qa_power_pib: Series[float] = _flow()
    onboarded_pib: Series[float] = _flow()
    circulating_fil: Series[float] = _flow()
    burnt_fil: Series[float] = _flow()
    is_sample_data: Series[bool]

    @pa.dataframe_check(name="message_burn_is_base_fee_plus_overestimation")
    def message_burn_identity(cls, frame: pd.DataFrame) -> pd.Series:
        gap = frame["message_burn_fil"] - frame["base_fee_burn_fil"] - frame["overestimation_burn_fil"]
        return gap.isna() | (gap.abs() < FLOAT_NOISE_FIL)

    @pa.dataframe_check(name="total_burn_covers_gas_burn_and_penalties")
    def total_burn_covers_parts(cls, frame: pd.DataFrame) -> pd.Series:
        rest = frame["total_burn_fil"] - frame["base_fee_burn_fil"] - frame["overestimation_burn_fil"] \
            - frame["sp_penalty_fil"]
        return rest.isna() | (rest > -FLOAT_NOISE_FIL)

    @pa.dataframe_check(name="qa_power_at_least_raw_power")
    def qa_at_least_raw(cls, frame: pd.DataFrame) -> pd.Series:
        return frame["qa_power_pib"].isna() | frame["raw_power_pib"].isna() \
            | (frame["qa_power_pib"] >= frame["raw_power_pib"])

    class Config:
        coerce = True


class StgFilecoinDataPortalDealMetricsDaily(pa.DataFrameModel):
    date: Series[pa.DateTime] = pa.Field(unique=True)
    deal_payments_fil: Series[float] = _flow()
    sector_onboarding_raw_pib: Series[float] = _flow()
    active_deal_data_pib: Series[float] = _flow()
    is_sample_data: Series[bool]

    class Config:
        coerce = True


class StgLotusBurntFunds(pa.DataFrameModel):
    snapshot_date: Series[pa.DateTime] = pa.Field(unique=True)
    actor: Series[str] = pa.Field(isin=["f099"])
    burnt_fil: Series[float] = pa.Field(ge=0)
    is_sample_data: Series[bool]

    class Config:
        coerce = True
