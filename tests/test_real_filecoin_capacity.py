"""The project's Filecoin capacity/utilization path on real values: Spacescope's history arrays
(via mechafil-server) as FDP ``daily_network_metrics`` (power, onboarding, burnt stock, daily burn)
and Starboard's deal exports as FDP ``filecoin_daily_metrics`` (active deal data, onboarding),
replayed over loopback, ingested, built by dbt and compared day by day with the files.

Real files (../shared/data/real/storage_wireless): mechafil_server/spacescope_results.json,
cryptoeconlab/Daily_Active_Deal_PiB_Statistics.csv, Daily_Active_Deal_TiB_Change_Breakdown.csv,
Sector_Onboarding_Breakdown_by_Sector_Size.csv; cross-checked against 1kx_depin_tokenomics/filecoin/
filecoin_data_rewards.csv, FIL_Protocol_Circulating_Supply.csv, filecoin_data_portal/filecoin-daily-kpis.json
and cryptoeconlab/gasDaily.csv.
"""

from __future__ import annotations

import json
from calendar import monthrange
from datetime import date, datetime, timedelta
from decimal import Decimal

import duckdb
import pytest

from pipelines import ingest
from pipelines.http_layer.client import HttpClient
from pipelines.http_layer.recordings import write_recording
from pipelines.http_layer.replay_server import serve_recordings
from pipelines.ingest.filecoin import ingest_filecoin_deal_metrics, ingest_filecoin_network_metrics
from pipelines.schemas.staging import filecoin as stg
from pipelines.schemas.validation import validate
from pipelines.sources import filecoin_data_portal as fdp
from pipelines.warehouse import read_table

from . import filecoin_upstream as upstream
from .helpers import by_day, run_dbt

FIRST_DAY = date(2022, 10, 10)  # the arrays carry no dates; test-historical-data.py starts them here
PIB_PER_EIB = 1024              # mechafil works in binary units (EiB = 2**60 B, PiB = 2**50 B)
NETWORK_PULL = ingest.Window(date(2025, 9, 9), date(2025, 9, 10))  # file committed 2025-09-10
DEAL_PULL = ingest.Window(date(2022, 11, 20), date(2022, 11, 21))
STARBOARD = "storage_wireless/cryptoeconlab"


def spacescope_arrays(real_data) -> dict[str, dict[date, float]]:
    path = real_data / "storage_wireless/mechafil_server/spacescope_results.json"
    offline = json.loads(path.read_text())["offline_data"]
    names = ("historical_raw_power_eib", "historical_qa_power_eib", "historical_onboarded_rb_power_pib",
             "burnt_fil_vec")
    return {name: {FIRST_DAY + timedelta(days=i): v for i, v in enumerate(offline[name])} for name in names}


def network_rows(arrays) -> dict[date, dict]:
    """FDP columns: power in PiB, onboarded PiB/day, burnt stock and the day's total burn (FDP's
    protocol_revenue = Δ burnt funds). Spacescope has no burn split, tips or rewards: null."""
    burnt = arrays["burnt_fil_vec"]
    return {day: {"raw_power_pibs": arrays["historical_raw_power_eib"][day] * PIB_PER_EIB,
                  "quality_adjusted_power_pibs": arrays["historical_qa_power_eib"][day] * PIB_PER_EIB,
                  "onboarded_pibs": arrays["historical_onboarded_rb_power_pib"][day],
                  "burnt_fil": burnt[day],
                  "protocol_revenue_fil": burnt[day] - burnt[day - timedelta(days=1)] if day > FIRST_DAY else None}
            for day in burnt}


def starboard(real_data, name: str) -> dict[date, dict]:
    return {date.fromisoformat(r["stateTime"]): r for r in upstream.read_csv(real_data / STARBOARD / name)}


def deal_rows(real_data) -> dict[date, dict]:
    active = starboard(real_data, "Daily_Active_Deal_PiB_Statistics.csv")
    onboarding = starboard(real_data, "Sector_Onboarding_Breakdown_by_Sector_Size.csv")
    assert set(active) == set(onboarding)
    return {day: {"data_on_active_deals_pibs": float(active[day]["Total"]),
                  "sector_onboarding_raw_power_pibs": float(onboarding[day]["Total"])} for day in active}


@pytest.fixture(scope="module")
def arrays(real_data):
    return spacescope_arrays(real_data)


@pytest.fixture(scope="module")
def warehouse(real_data, arrays, tmp_path_factory):
    root = tmp_path_factory.mktemp("filecoin_capacity_real")
    for name, table, rows in (("fdp/network", fdp.DEFAULT_TABLE, network_rows(arrays)),
                              ("fdp/deals", fdp.DEAL_TABLE, deal_rows(real_data))):
        request = fdp.table_request(table)
        write_recording(root / "rec", name, method=request.method, url=request.url, params=request.params,
                        body=upstream.fdp_body(rows, table))
    with serve_recordings(root / "rec") as url, HttpClient("replay", replay_url=url) as client, \
            duckdb.connect(str(root / "warehouse.duckdb")) as con:
        loads = [ingest_filecoin_network_metrics(client, con, root / "landing", NETWORK_PULL),
                 ingest_filecoin_deal_metrics(client, con, root / "landing", DEAL_PULL)]
    run_dbt(root, "build", "--select", "+int_filecoin__capacity_daily", "+int_filecoin__burns_daily",
            "--indirect-selection", "cautious")
    con = duckdb.connect(str(root / "warehouse.duckdb"), read_only=True)
    yield con, loads
    con.close()



def test_loads_are_real_and_pass_the_staging_checks(warehouse):
    con, loads = warehouse
    assert [(load.table, load.rows, load.is_sample_data) for load in loads] == [
        ("raw.filecoin_fdp_network_metrics", 1066, False), ("raw.filecoin_fdp_deal_metrics", 89, False)]
    for table, model in (("staging.stg_filecoin_data_portal__network_metrics_daily",
                          stg.StgFilecoinDataPortalNetworkMetricsDaily),  # incl. QAP ≥ raw power every day
                         ("staging.stg_filecoin_data_portal__deal_metrics_daily",
                          stg.StgFilecoinDataPortalDealMetricsDaily)):
        validate(model, read_table(con, table), source=table, partition="whole table")


def test_power_arrays_become_capacity_every_day(warehouse, arrays):
    con, _ = warehouse
    capacity = con.execute("select date, unit, units_total, units_active, units_rewarded, is_estimated "
                           "from intermediate.int_filecoin__capacity_daily").fetchall()
    assert len(capacity) == 2 * 1066
    expected = {("PiB_raw", "historical_raw_power_eib"), ("PiB_QAP", "historical_qa_power_eib")}
    for day, unit, total, active, rewarded, estimated in capacity:
        array = next(name for u, name in expected if u == unit)
        assert total == active == rewarded == arrays[array][day] * PIB_PER_EIB and not estimated, (day, unit)
    raw = {day: total for day, unit, total, *_ in capacity if unit == "PiB_raw"}
    assert (round(raw[FIRST_DAY], 1), round(raw[date(2025, 9, 9)], 1)) == (16_995.6, 3_144.7)


def test_utilization_is_starboard_active_deals_over_spacescope_raw_power(warehouse, arrays, real_data):
    """METRICS §6: data in active deals ÷ raw-byte power; only the 42 days both files cover
    (2022-10-10..2022-11-20) have both, every other day stays NULL (never filled)."""
    con, _ = warehouse
    active = starboard(real_data, "Daily_Active_Deal_PiB_Statistics.csv")
    rates = by_day(con, "select date, utilization_rate from intermediate.int_filecoin__capacity_daily "
                         "where unit = 'PiB_raw'")
    covered = {day: rate for day, rate in rates.items() if rate is not None}
    assert sorted(covered) == [FIRST_DAY + timedelta(days=i) for i in range(42)]
    for day, rate in covered.items():
        raw_pib = arrays["historical_raw_power_eib"][day] * PIB_PER_EIB
        assert rate == pytest.approx(float(active[day]["Total"]) / raw_pib, rel=1e-12), day
    assert (round(covered[FIRST_DAY], 5), round(covered[date(2022, 11, 20)], 5)) == (0.01381, 0.02121)
    assert con.execute("select count(*) from intermediate.int_filecoin__capacity_daily "
                       "where unit = 'PiB_QAP' and utilization_rate is not null").fetchone() == (0,)


def test_staged_active_deals_move_with_the_daily_change_breakdown(warehouse, real_data):
    """No project code reads the new/expired/terminated breakdown; it is checked against the staged
    stock it explains. The stock on day d holds the changes dated d−1 (lagged, the largest daily gap
    is 0.16 PiB; unlagged 0.92), and over 88 days it grows 0.71 % less than the summed changes
    (187.25 vs 188.60 PiB): two Starboard charts, not one identity, so no tighter bound holds."""
    con, _ = warehouse
    stock = by_day(con, "select date, active_deal_data_pib from staging.stg_filecoin_data_portal__deal_metrics_daily")
    change_pib = {day: sum(float(r[c]) for c in ("New Active Deal", "Expired Deals", "Terminated Deals")) / 1024
                  for day, r in starboard(real_data, "Daily_Active_Deal_TiB_Change_Breakdown.csv").items()}
    days = sorted(stock)[1:]
    lagged = [stock[d] - stock[d - timedelta(days=1)] - change_pib[d - timedelta(days=1)] for d in days]
    same_day = [stock[d] - stock[d - timedelta(days=1)] - change_pib[d] for d in days]
    assert max(map(abs, lagged)) < 0.16 < 0.9 < max(map(abs, same_day))
    grown, summed = stock[days[-1]] - stock[min(stock)], sum(change_pib[d - timedelta(days=1)] for d in days)
    assert (round(grown, 2), round(summed, 2), round(grown / summed, 4)) == (187.25, 188.6, 0.9929)


def test_starboard_onboarding_runs_above_spacescope_and_fdp(warehouse, real_data):
    """Same metric, three sources: Starboard's onboarding (staged from the deal table) is 1.1–4.1 %
    above Spacescope's (staged from the network table) on each of the 42 shared days, while
    Spacescope and FDP's KPI export agree within 0.12 PiB/day."""
    con, _ = warehouse
    starboard_pib = by_day(con, "select date, sector_onboarding_raw_pib "
                                 "from staging.stg_filecoin_data_portal__deal_metrics_daily")
    spacescope_pib = by_day(con, "select date, onboarded_pib "
                                  "from staging.stg_filecoin_data_portal__network_metrics_daily")
    fdp_pib = {day: row[1] / 1e6 for day, row in upstream.daily_kpis(real_data)}
    shared = sorted(set(starboard_pib) & set(spacescope_pib))
    assert len(shared) == 42
    ratios = [starboard_pib[d] / spacescope_pib[d] for d in shared]
    assert (round(min(ratios), 3), round(max(ratios), 3)) == (1.011, 1.041)
    assert max(abs(spacescope_pib[d] - fdp_pib[d]) for d in shared) < 0.12


def kx_burnt_rows(real_data) -> list[tuple[str, Decimal]]:
    rows = upstream.read_csv(real_data / "storage_wireless/1kx_depin_tokenomics/filecoin/filecoin_data_rewards.csv")
    return [(r["month"], Decimal(r["burnt_fil"].replace(",", ""))) for r in rows]


def test_burnt_stock_matches_1kx_and_starboard(warehouse, real_data):
    """Both 1kx's supply columns and these arrays are Spacescope. 1kx's month-end rows (to 4/30/2023)
    match the staged stock on their date within 5 FIL (1kx rounds to whole FIL); its month-start rows
    (5/1/2023 on) hold the stock on the LAST day of the month they name, the final 12/1/2024 row the
    stock of 2024-12-14 (a mid-month pull). Starboard agrees within its ±5,000 FIL rounding."""
    con, _ = warehouse
    burnt = by_day(con, "select date, burnt_fil from staging.stg_filecoin_data_portal__network_metrics_daily")
    matched = 0
    for label, value in kx_burnt_rows(real_data):
        day = datetime.strptime(label, "%m/%d/%Y").date()
        if day.day == 1 and day >= date(2023, 5, 1):
            last = 14 if day == date(2024, 12, 1) else monthrange(day.year, day.month)[1]
            day = day.replace(day=last)
            assert abs(value - burnt[day]) <= Decimal("0.5"), label
            matched += 1
        elif day in burnt:
            assert abs(value - burnt[day]) <= 5, label
            matched += 1
    assert matched == 27  # 10/31/2022..4/30/2023 and 5/1/2023..12/1/2024
    for day, row in upstream.starboard_supply(real_data).items():
        if day in burnt:
            assert abs(-Decimal(row["Total FIL Burned"]) * 10**6 - burnt[day]) <= 5_000, day


def test_total_burn_without_a_split_makes_no_burn_fact(warehouse, arrays, real_data):
    """Staged total burn = Δ burnt_fil_vec every day, but int_filecoin__burns_daily needs FDP's split
    (gas burn, penalties) to type a burn, so these 1,065 days produce no burn rows at all."""
    con, _ = warehouse
    total = by_day(con, "select date, total_burn_fil from staging.stg_filecoin_data_portal__network_metrics_daily "
                         "where total_burn_fil is not null")
    burnt = arrays["burnt_fil_vec"]
    assert len(total) == 1065
    for day, value in total.items():
        assert abs(float(value) - (burnt[day] - burnt[day - timedelta(days=1)])) < 1e-6, day
    assert con.execute("select count(*) from intermediate.int_filecoin__burns_daily").fetchone() == (0,)
    # The one day shared with gasDaily: its burn (no batch fees) is 94.0 % of the Δ burnt stock.
    gas = upstream.gas_daily(real_data)[date(2022, 10, 11)]
    assert float(total[date(2022, 10, 11)]) == pytest.approx(22_062.28, abs=0.01)
    gas_burn = gas["protocol_revenue"] - gas["miner_tip"]
    assert gas_burn / float(total[date(2022, 10, 11)]) == pytest.approx(0.940, abs=5e-4)
