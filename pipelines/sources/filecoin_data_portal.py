"""Filecoin Data Portal daily tables (SOURCES.md §4 F1): whole-history Parquet files, keyless, CC0.

Default table ``daily_network_metrics``: the only FDP table carrying the burn components,
block rewards, power and Filecoin Pay that METRICS §6 needs (columns as read by the portal's own
``web/datasets/filecoin-daily-metrics.ts``). It has no client deal payments, so the deal cost and
onboarding come from the legacy ``filecoin_daily_metrics`` table (the file the real-data KPI
export was built from; ``deal_storage_cost_fil`` is the lifetime deal price booked on the sector
start day). Values arrive as FIL/PiB/USD doubles and are kept as delivered; staging casts them.
"""

from __future__ import annotations

from datetime import date

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from ..http_layer.client import ApiRequest, SourcePolicy
from .errors import SourceDataError

SOURCE = "filecoin_data_portal"
BASE = "https://data.filecoindataportal.xyz"
POLICY = SourcePolicy(SOURCE, requests_per_second=0.5, concurrency=1, timeout_s=120.0)
DEFAULT_TABLE = "daily_network_metrics"
DEAL_TABLE = "filecoin_daily_metrics"

_BURNS = ("base_fee_burn", "overestimation_burn", "message_burn", "miner_tip",
          "message_storage_provider_penalty", "protocol_revenue")
# Columns each table must carry (anything else upstream adds is ignored); a missing one is drift.
EXPECTED_COLUMNS: dict[str, tuple[str, ...]] = {
    DEFAULT_TABLE: (
        *(f"{burn}_{unit}" for burn in _BURNS for unit in ("fil", "usd")),
        "block_rewards_fil", "block_rewards_usd",
        "raw_power_pibs", "quality_adjusted_power_pibs", "onboarded_pibs",
        "circulating_fil", "burnt_fil", "filecoin_pay_paid_usd", "fil_token_price_avg_usd",
    ),
    DEAL_TABLE: ("deal_storage_cost_fil", "sector_onboarding_raw_power_pibs", "data_on_active_deals_pibs"),
}


def table_request(table: str = DEFAULT_TABLE) -> ApiRequest:
    return ApiRequest(url=f"{BASE}/{table}.parquet")


def _read_parquet(body: bytes, table: str) -> pd.DataFrame:
    try:
        return pq.read_table(pa.BufferReader(body)).to_pandas()
    except (pa.ArrowException, OSError) as exc:
        raise SourceDataError(SOURCE, f"{table}: body is not Parquet ({exc})") from exc


def _utc_days(values: pd.Series, table: str) -> pd.Series:
    moments = pd.to_datetime(values, utc=True)
    off_midnight = moments.index[moments.notna() & (moments != moments.dt.normalize())].tolist()
    if moments.isna().any() or off_midnight:
        raise SourceDataError(SOURCE, f"{table}: date is null or not a UTC day", column="date",
                              rows=moments.index[moments.isna()].tolist() + off_midnight)
    return moments.dt.date


def parse_daily_metrics(body: bytes, table: str = DEFAULT_TABLE, before: date | None = None) -> pd.DataFrame:
    """One row per upstream row: ``date`` plus the expected columns, in upstream order.

    Rows dated ``before`` or later are dropped: the partial current day never enters facts.
    """
    frame = _read_parquet(body, table)
    for column in ("date", *EXPECTED_COLUMNS[table]):
        if column not in frame.columns:
            raise SourceDataError(SOURCE, f"{table}: expected column missing (schema drift)", column=column)
    out = pd.DataFrame({"date": _utc_days(frame["date"], table)}, index=frame.index)
    for column in EXPECTED_COLUMNS[table]:
        try:
            out[column] = pd.to_numeric(frame[column]).astype("Float64")
        except (TypeError, ValueError) as exc:
            raise SourceDataError(SOURCE, f"{table}: not numeric ({exc})", column=column) from exc
    return out[out["date"] < before] if before else out
