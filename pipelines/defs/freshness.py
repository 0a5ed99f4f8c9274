"""Freshness, two ways.

- Upstream data lag (blocking, in the run): for whole-history sources, the newest day in the pull
  must be within ``max_lag_days`` of the day it was pulled (seeds/source_freshness.csv). A source
  that silently stopped updating fails its raw asset's check and the marts are not rebuilt on it.
- Partition deadlines (UI, via a sensor): yesterday's partition of every raw asset and mart must be
  materialized by 04:00 UTC (two hours after the daily schedule).
- CoinGecko gaps (warn): a day missing inside a token's series stays NULL downstream; this names it.
"""

import csv

import dagster as dg

from ..settings import SEEDS_DIR
from .resources import WarehouseResource


def _lag_check(table: str, newest_data: str, pulled_on: str, max_lag_days: int) -> dg.AssetChecksDefinition:
    @dg.asset_check(asset=dg.AssetKey(["raw", table]), name="upstream_data_is_fresh", blocking=True,
                    description=f"newest day in the pull within {max_lag_days} day(s) of the pull")
    def _check(warehouse: WarehouseResource) -> dg.AssetCheckResult:
        with warehouse.connect(read_only=True) as con:
            pulled, newest = con.execute(f"select {pulled_on}, {newest_data} from raw.{table}").fetchone()
        lag = (pulled - newest).days if pulled and newest else None
        return dg.AssetCheckResult(
            passed=lag is not None and lag <= max_lag_days,
            description=None if lag is not None and lag <= max_lag_days else
            f"raw.{table}: newest data {newest} is {lag} day(s) older than the pull of {pulled} (max {max_lag_days})",
            metadata={"pulled_on": str(pulled), "newest_data": str(newest), "lag_days": lag,
                      "max_lag_days": max_lag_days})

    return _check


def upstream_lag_checks() -> list[dg.AssetChecksDefinition]:
    with open(SEEDS_DIR / "source_freshness.csv", newline="") as handle:
        return [_lag_check(row["raw_table"], row["newest_data"], row["pulled_on"], int(row["max_lag_days"]))
                for row in csv.DictReader(handle)]


@dg.asset_check(asset=dg.AssetKey(["raw", "coingecko_market_chart"]), name="no_missing_days",
                description="Every token has a price for every day between its first and last day.")
def coingecko_no_missing_days(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    with warehouse.connect(read_only=True) as con:
        gaps = con.execute("""
            select coin_id, date + 1 as first_missing, next_date - date - 1 as days_missing
            from (select coin_id, date, lead(date) over (partition by coin_id order by date) as next_date
                  from raw.coingecko_market_chart)
            where next_date - date > 1 order by coin_id, date""").fetchall()
    return dg.AssetCheckResult(
        passed=not gaps, severity=dg.AssetCheckSeverity.WARN,
        metadata={"gaps": [f"{coin} from {day}: {n} day(s)" for coin, day, n in gaps[:50]], "gap_count": len(gaps)})


def partition_deadline_checks(asset_keys: list[dg.AssetKey]) -> list[dg.AssetChecksDefinition]:
    return list(dg.build_time_partition_freshness_checks(assets=asset_keys, deadline_cron="0 4 * * *"))
