"""Upstream-shaped Filecoin bodies built from the real files in ../shared/data/real (read, never
copied): FDP Parquet tables and a CoinGecko market_chart body, for replay over loopback."""

from __future__ import annotations

import csv
import json
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path

from pipelines.sample_data.filecoin import parquet_from_columns
from pipelines.sources import filecoin_data_portal as fdp

FOLDER = "storage_wireless"


def read_csv(path: Path) -> list[dict]:
    with open(path, newline="", encoding="utf-8-sig") as handle:  # Starboard files start with a BOM
        return list(csv.DictReader(handle))


def gas_daily(real_data: Path) -> dict[date, dict]:
    """Spacescope fee breakdown in FIL; its protocol_revenue includes the miner tip."""
    rows = read_csv(real_data / FOLDER / "cryptoeconlab/gasDaily.csv")
    return {date.fromisoformat(r["stat_date"][:10]): {k: float(v) for k, v in r.items() if k not in {"", "stat_date"}}
            for r in rows}


def chain_rewards(real_data: Path) -> dict[date, float]:
    """Cumulative total_mined_reward (attoFIL, written as floats) per day."""
    rows = read_csv(real_data / FOLDER / "cryptoeconlab/chain_rewards.csv")
    return {date.fromisoformat(r["date"]): float(r["total_mined_reward"]) for r in rows}


def starboard_supply(real_data: Path) -> dict[date, dict]:
    """Starboard supply in millions of FIL as written (burned and locked negative)."""
    rows = read_csv(real_data / FOLDER / "1kx_depin_tokenomics/filecoin/FIL_Protocol_Circulating_Supply.csv")
    return {date.fromisoformat(r["stateTime"]): r for r in rows}


def coingecko_fil_prices(real_data: Path) -> dict[date, tuple[float, float, float]]:
    rows = read_csv(real_data / FOLDER / "1kx_depin_tokenomics/filecoin/fil-usd-max.csv")
    return {date.fromisoformat(r["snapped_at"][:10]):
            (float(r["price"]), float(r["market_cap"]), float(r["total_volume"])) for r in rows}


def daily_kpis(real_data: Path) -> list[tuple[date, list[int]]]:
    """``{"s": start, "r": [[day_offset, onboarding µPiB, clients, deal cost nanoFIL, opaque]]}``."""
    payload = json.loads((real_data / FOLDER / "filecoin_data_portal/filecoin-daily-kpis.json").read_text())
    start = date.fromisoformat(payload["s"])
    return [(date.fromordinal(start.toordinal() + row[0]), row) for row in payload["r"]]


def network_metrics_from_real(real_data: Path) -> dict[date, dict]:
    """One FDP daily_network_metrics row per day the real files cover; what they lack stays null.

    gasDaily: burn components (FDP protocol_revenue = total burned = Spacescope protocol_revenue − tip).
    chain_rewards: block_rewards_fil = Δ total_mined_reward / 1e18. Starboard: circulating and burnt
    stocks (× 1e6, burned sign flipped). USD at the CoinGecko export's same-day price, as FDP does.
    """
    rows: dict[date, dict] = {}
    for day, gas in gas_daily(real_data).items():
        rows.setdefault(day, {}).update({
            "base_fee_burn_fil": gas["base_fee_burn"], "overestimation_burn_fil": gas["overestimation_fee"],
            "message_burn_fil": gas["base_fee_burn"] + gas["overestimation_fee"], "miner_tip_fil": gas["miner_tip"],
            "message_storage_provider_penalty_fil": gas["penalty_fee"],
            "protocol_revenue_fil": gas["protocol_revenue"] - gas["miner_tip"]})
    mined = chain_rewards(real_data)
    days = sorted(mined)
    for before, day in zip(days, days[1:]):
        rows.setdefault(day, {})["block_rewards_fil"] = (mined[day] - mined[before]) / 1e18
    for day, supply in starboard_supply(real_data).items():
        rows.setdefault(day, {}).update({
            "circulating_fil": float(Decimal(supply["Protocol Circulating Supply"]) * 10**6),
            "burnt_fil": float(-Decimal(supply["Total FIL Burned"]) * 10**6)})
    prices = coingecko_fil_prices(real_data)
    for day, row in rows.items():
        price = prices.get(day, (None,))[0]
        row["fil_token_price_avg_usd"] = price
        for column in [c for c in row if c.endswith("_fil") and c not in {"circulating_fil", "burnt_fil"}]:
            if price is not None and row[column] is not None:
                row[column.removesuffix("_fil") + "_usd"] = row[column] * price
    return rows


def fdp_body(rows: dict[date, dict], table: str, extra: tuple[str, ...] = ()) -> bytes:
    """Parquet in FDP's layout: newest day first, every expected column present (null where unknown)."""
    days = sorted(rows, reverse=True)
    columns = ("date", *fdp.EXPECTED_COLUMNS[table], *extra)
    return parquet_from_columns({c: [day if c == "date" else rows[day].get(c) for day in days] for c in columns})


def market_chart_body(prices: dict[date, tuple[float, float, float]]) -> bytes:
    def ms(day: date) -> int:
        return int(datetime(day.year, day.month, day.day, tzinfo=timezone.utc).timestamp() * 1000)
    days = sorted(prices)
    return json.dumps({series: [[ms(d), prices[d][i]] for d in days]
                       for i, series in enumerate(("prices", "market_caps", "total_volumes"))}).encode()
