"""Import a daily price file (Yahoo, yfinance or CoinGecko CSV export) into raw.price_csv_daily.

    python -m pipelines.import_prices FIL path/to/FIL-USD.csv [--data-dir DIR]

The market staging model uses these rows for days CoinGecko's API did not deliver. Re-importing
the same file replaces its rows (idempotent). See README "Importing price files".
"""

from __future__ import annotations

import argparse
import hashlib
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from .schemas.validation import validate
from .settings import paths
from .sources.price_csv import SOURCE, parse_price_csv
from .warehouse import replace_window

TABLE = "raw.price_csv_daily"
# The same DDL runs in dbt's on-run-start, so the source exists before anything was imported.
DDL = ("create table if not exists raw.price_csv_daily (token varchar, date date, price_usd double, "
       "volume_usd double, market_cap_usd double, file_format varchar, source_file varchar, "
       "file_sha256 varchar, imported_at timestamptz)")


class PriceCsvDailyRaw(pa.DataFrameModel):
    token: Series[str]
    date: Series[pa.Date]
    price_usd: Series[float] = pa.Field(gt=0)
    volume_usd: Series[float] = pa.Field(nullable=True, ge=0)
    market_cap_usd: Series[float] = pa.Field(nullable=True, gt=0)

    class Config:
        unique = ["token", "date"]
        coerce = True


def import_price_file(con: duckdb.DuckDBPyConnection, token: str, path: Path) -> int:
    data = Path(path).read_bytes()
    frame = parse_price_csv(data.decode("utf-8-sig"), token, Path(path).name)
    frame = validate(PriceCsvDailyRaw, frame, source=SOURCE, partition=Path(path).name, keys=("token", "date"))
    frame = frame.assign(source_file=Path(path).name, file_sha256=hashlib.sha256(data).hexdigest(),
                         imported_at=pd.Timestamp(datetime.now(timezone.utc)).as_unit("us"))
    con.execute("create schema if not exists raw")
    con.execute(DDL)
    return replace_window(con, TABLE, frame, "token = ? and source_file = ?", [token, Path(path).name])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("token", help="token symbol of seeds/tokens.csv, e.g. FIL")
    parser.add_argument("file", type=Path)
    parser.add_argument("--data-dir", type=Path, default=None)
    args = parser.parse_args()
    warehouse = (args.data_dir / "warehouse.duckdb") if args.data_dir else paths().warehouse
    with duckdb.connect(str(warehouse)) as con:
        print(f"{import_price_file(con, args.token, args.file)} rows of {args.token} imported into {TABLE}")


if __name__ == "__main__":
    main()
