"""Daily price files (Yahoo / yfinance downloads, CoinGecko CSV exports): a documented import path
for history the APIs no longer serve (keyless CoinGecko reaches back 365 days).

Date convention, the same as CoinGecko's API (see ``coingecko.py``): a price observed at 00:00 UTC
of day D is stored under D. A CoinGecko export's ``snapped_at`` is that 00:00 point. A Yahoo bar's
close of UTC day D is taken at the end of D, i.e. the 00:00 point of D+1, so it is stored under D+1.
"""

from __future__ import annotations

import io
from datetime import timedelta

import pandas as pd

from .errors import SourceDataError

SOURCE = "price_csv"
FORMATS = {
    # header columns that identify a layout → (date column, price column, volume column, mcap column, shift days)
    "coingecko_export": ("snapped_at", "price", "total_volume", "market_cap", 0),
    "yahoo": ("Date", "Close", "Volume", None, 1),
    "yahoo_timestamp": ("timestamp", "close", "volume", None, 1),
}


def detect_format(columns: list[str]) -> str:
    if "snapped_at" in columns:
        return "coingecko_export"
    if "timestamp" in columns and "close" in columns:
        return "yahoo_timestamp"
    if "Date" in columns and "Close" in columns:
        return "yahoo"
    raise SourceDataError(SOURCE, f"unknown price file layout {columns}", column="header")


def parse_price_csv(text: str, token: str, name: str = "file") -> pd.DataFrame:
    """→ rows [token, date, price_usd, volume_usd, market_cap_usd, file_format]; empty/'null' rows
    and an intraday last row are dropped; non-daily bars are refused."""
    raw = pd.read_csv(io.StringIO(text.lstrip("\ufeff")), na_values=["null", ""], keep_default_na=True)
    layout = detect_format(list(raw.columns))
    date_col, price_col, volume_col, mcap_col, shift = FORMATS[layout]
    stamps = pd.to_datetime(raw[date_col].astype(str).str.replace(" UTC", "", regex=False), utc=True)
    frame = pd.DataFrame({
        "stamp": stamps,
        "price_usd": pd.to_numeric(raw[price_col], errors="coerce"),
        "volume_usd": pd.to_numeric(raw[volume_col], errors="coerce"),
        "market_cap_usd": pd.to_numeric(raw[mcap_col], errors="coerce") if mcap_col else float("nan"),
    }).dropna(subset=["price_usd"])
    off_midnight = frame.index[frame["stamp"] != frame["stamp"].dt.normalize()].tolist()
    if off_midnight and off_midnight != [frame.index[-1]]:
        raise SourceDataError(SOURCE, f"{name}: rows not at 00:00 before the last", column=date_col,
                              rows=off_midnight)
    frame = frame.drop(index=off_midnight)
    gaps = frame["stamp"].diff().dropna()
    if len(gaps) and gaps.median() > pd.Timedelta(days=1):
        raise SourceDataError(SOURCE, f"{name}: bars are {gaps.median().days} days apart, not daily",
                              column=date_col)
    frame["date"] = (frame["stamp"] + timedelta(days=shift)).dt.date
    frame.loc[frame["market_cap_usd"] == 0, "market_cap_usd"] = float("nan")
    return frame.assign(token=token, file_format=layout)[
        ["token", "date", "price_usd", "volume_usd", "market_cap_usd", "file_format"]].reset_index(drop=True)
