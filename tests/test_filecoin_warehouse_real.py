"""Real Filecoin files, put in FDP's and CoinGecko's upstream shapes, replayed over loopback HTTP,
loaded by the ingest code and modelled by dbt; every day compared with a recomputation from the file.

Real files (../shared/data/real/storage_wireless): cryptoeconlab/gasDaily.csv (burns),
cryptoeconlab/chain_rewards.csv (block rewards), filecoin_data_portal/filecoin-daily-kpis.json
(deal payments, onboarding), 1kx_depin_tokenomics/filecoin/FIL_Protocol_Circulating_Supply.csv
(Starboard supply) and fil-usd-max.csv (CoinGecko FIL prices for deal USD).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import duckdb
import pytest

from pipelines import ingest, registry
from pipelines.http_layer.client import HttpClient
from pipelines.http_layer.recordings import write_recording
from pipelines.http_layer.replay_server import serve_recordings
from pipelines.ingest.filecoin import ingest_filecoin_deal_metrics, ingest_filecoin_network_metrics
from pipelines.schemas.staging import filecoin as stg
from pipelines.schemas.validation import validate
from pipelines.sources import coingecko
from pipelines.sources import filecoin_data_portal as fdp
from pipelines.warehouse import read_table

from . import filecoin_upstream as upstream
from .helpers import by_day, run_dbt

NETWORK_PULL = ingest.Window(date(2022, 11, 7), date(2022, 11, 8))  # pulled on 2022-11-08: that day is partial
DEAL_PULL = ingest.Window(date(2026, 3, 2), date(2026, 3, 3))
PRICES = ingest.Window(date(2020, 10, 15), date(2023, 5, 3))


@pytest.fixture(scope="module")
def warehouse(real_data, tmp_path_factory):
    root = tmp_path_factory.mktemp("filecoin_real")
    kpis = upstream.daily_kpis(real_data)
    deal_rows = {day: {"sector_onboarding_raw_power_pibs": row[1] / 1e6, "clients_with_active_data_gt_1_tibs": row[2],
                       "deal_storage_cost_fil": row[3] / 1e9} for day, row in kpis}
    bodies = {
        "fdp/network": (fdp.table_request(fdp.DEFAULT_TABLE),
                        upstream.fdp_body(upstream.network_metrics_from_real(real_data), fdp.DEFAULT_TABLE)),
        "fdp/deals": (fdp.table_request(fdp.DEAL_TABLE),
                      upstream.fdp_body(deal_rows, fdp.DEAL_TABLE, extra=("clients_with_active_data_gt_1_tibs",))),
        "coingecko/filecoin": (coingecko.market_chart_range_request("filecoin", PRICES.start, PRICES.end),
                               upstream.market_chart_body(upstream.coingecko_fil_prices(real_data))),
    }
    for name, (request, body) in bodies.items():
        write_recording(root / "rec", name, method=request.method, url=request.url, params=request.params, body=body)
    fil = tuple(t for t in registry.tokens() if t.token == "FIL")
    with serve_recordings(root / "rec") as url, HttpClient("replay", replay_url=url) as client, \
            duckdb.connect(str(root / "warehouse.duckdb")) as con:
        loads = [ingest_filecoin_network_metrics(client, con, root / "landing", NETWORK_PULL),
                 ingest_filecoin_deal_metrics(client, con, root / "landing", DEAL_PULL),
                 ingest.ingest_coingecko_market_chart(client, con, root / "landing", PRICES, fil)]
    run_dbt(root, "build", "--select", "+int_filecoin__burns_daily", "+int_filecoin__mints_daily",
            "+int_filecoin__service_payments_daily", "+int_filecoin__capacity_daily", "mint_types",
            "--indirect-selection", "cautious")
    con = duckdb.connect(str(root / "warehouse.duckdb"), read_only=True)
    yield con, loads
    con.close()



def test_loads_are_real_not_sample(warehouse):
    _, loads = warehouse
    # 2020-08-25..2022-11-07: chain_rewards days with a Δ, less the partial 2022-11-08.
    assert [(load.table, load.rows, load.is_sample_data) for load in loads] == [
        ("raw.filecoin_fdp_network_metrics", 805, False), ("raw.filecoin_fdp_deal_metrics", 1979, False),
        ("raw.coingecko_market_chart", 930, False)]


def test_gas_daily_burns_exclude_the_miner_tip_every_day(warehouse, real_data):
    con, _ = warehouse
    gas = upstream.gas_daily(real_data)
    burns = con.execute("select date, burn_type, burn_native, burn_usd from intermediate.int_filecoin__burns_daily "
                        "where date between '2020-10-15' and '2022-10-11'").fetchall()
    by_type = {(day, kind): native for day, kind, native, _ in burns}
    assert len(burns) == 3 * 727
    for day, row in gas.items():
        fee = Decimal(repr(row["base_fee_burn"])) + Decimal(repr(row["overestimation_fee"]))
        assert by_type[day, "protocol_fee"] == fee, day
        assert by_type[day, "penalty"] == Decimal(repr(row["penalty_fee"])), day
        assert by_type[day, "other"] == 0, day  # gasDaily has no batch fees: nothing else was burned
        total = sum(by_type[day, kind] for kind in ("protocol_fee", "penalty", "other"))
        assert abs(float(total) - (row["protocol_revenue"] - row["miner_tip"])) < 1e-6, day
    assert float(by_type[date(2022, 10, 11), "protocol_fee"] + by_type[date(2022, 10, 11), "penalty"]) \
        == pytest.approx(20_746.72, abs=0.01)  # protocol_revenue 33,855.67 less the 13,108.95 tip
    total_fil = sum(native for _, _, native, _ in burns)
    assert float(total_fil) == pytest.approx(28_523_360.21, abs=0.01)


def test_fees_hold_burns_not_tips_and_no_fee_is_real_revenue(warehouse, real_data):
    con, _ = warehouse
    gas = upstream.gas_daily(real_data)
    tips = by_day(con, "select date, miner_tip_fil from staging.stg_filecoin_data_portal__network_metrics_daily "
                        "where miner_tip_fil is not null")
    assert {day: float(tip) for day, tip in tips.items()} == {day: row["miner_tip"] for day, row in gas.items()}
    fees = con.execute("""select sub_network, payment_type, bool_or(is_external), count(*), sum(gross_native),
                                 sum(to_provider_usd)
                          from intermediate.int_filecoin__service_payments_daily
                          where date between '2020-10-15' and '2022-10-11' group by all order by 1""").fetchall()
    # Gas burns and penalties are fees (M01) paid by storage providers: never external, never to providers.
    assert [row[:4] for row in fees] == [
        ("gas_burn", "protocol_fee", False, 727), ("market_deals_booked_at_sector_start", "service_payment", True, 727),
        ("other_burn", "protocol_fee", False, 727), ("sp_penalty", "penalty", False, 727)]
    fee_fil = sum(row[4] for row in fees if not row[2])
    assert fee_fil == pytest.approx(sum(r["protocol_revenue"] - r["miner_tip"] for r in gas.values()), abs=1e-3)
    assert fees[0][5] == 0 and fees[2][5] == 0 and fees[3][5] == 0


def test_chain_rewards_daily_mint_is_delta_total_mined_reward(warehouse, real_data):
    con, _ = warehouse
    mined = upstream.chain_rewards(real_data)
    mints = by_day(con, "select date, mint_native from intermediate.int_filecoin__mints_daily")
    days = sorted(mined)
    expected = {day: (Decimal(repr(mined[day])) - Decimal(repr(mined[before]))) / 10**18
                for before, day in zip(days, days[1:])}
    partial = date(2022, 11, 8)
    assert set(mints) == set(expected) - {partial}  # the pull was made on the partial last day
    for day, mint in mints.items():
        assert abs(mint - expected[day]) < Decimal("0.000001"), day
    assert float(mints[date(2022, 11, 7)]) == pytest.approx(276_093.51, abs=0.01)
    assert float(expected[partial]) == pytest.approx(140_539.28, abs=0.01)
    assert float(sum(mints.values())) == pytest.approx(235_359_854.73, abs=0.01)


def test_kpi_deal_payments_and_onboarding_per_day(warehouse, real_data):
    con, _ = warehouse
    kpis = dict(upstream.daily_kpis(real_data))
    prices = upstream.coingecko_fil_prices(real_data)
    deals = by_day(con, """select date, gross_native, gross_usd, is_external, to_provider_usd
                            from intermediate.int_filecoin__service_payments_daily
                            where sub_network = 'market_deals_booked_at_sector_start'""")
    onboarding = by_day(con, "select date, sector_onboarding_raw_pib "
                              "from staging.stg_filecoin_data_portal__deal_metrics_daily")
    assert len(deals) == len(kpis) == 1979
    for day, row in kpis.items():
        native, usd, external, to_provider = deals[day]
        assert native == row[3] / 1e9 and external and to_provider == usd, day
        assert onboarding[day] == row[1] / 1e6, day
        if day in prices:
            assert usd == pytest.approx(native * prices[day][0], rel=1e-12), day
        else:
            assert usd is None, day  # no same-day price: USD unknown, never guessed
    # Paid deals are rare (most data is Filecoin Plus at price 0): 14,701.47 FIL booked in 5.4 years.
    assert sum(native for native, *_ in deals.values()) == pytest.approx(14_701.47, abs=0.01)
    assert sum(1 for native, *_ in deals.values() if native > 0) == 1931


def test_starboard_supply_stocks_staged_exactly_and_never_forward_filled(warehouse, real_data):
    con, _ = warehouse
    supply = upstream.starboard_supply(real_data)
    staged = by_day(con, """select date, circulating_fil, burnt_fil
                             from staging.stg_filecoin_data_portal__network_metrics_daily""")
    assert len(supply) == 741
    for day, row in supply.items():
        assert staged[day] == (Decimal(row["Protocol Circulating Supply"]) * 10**6,
                               -Decimal(row["Total FIL Burned"]) * 10**6), day
    assert staged[date(2021, 8, 5)] == (None, None)  # the day Starboard lacks stays unknown
    # Δ Starboard burned vs the burn fact over the gasDaily days: gasDaily has no batch fees,
    # so its burns fall short of the burnt-funds stock change.
    first, last = date(2020, 10, 15), date(2022, 10, 11)
    stock_change = staged[last][1] - staged[first][1]
    burned, = con.execute("select sum(burn_native) from intermediate.int_filecoin__burns_daily "
                          "where date > ? and date <= ?", [first, last]).fetchone()
    assert stock_change == Decimal(29_600_000)
    assert float(burned) == pytest.approx(28_489_258.23, abs=0.01)
    assert 0.95 < burned / stock_change < 1


def test_capacity_needs_power_the_real_files_do_not_have(warehouse):
    con, _ = warehouse
    assert con.execute("select count(*) from intermediate.int_filecoin__capacity_daily").fetchone() == (0,)
    assert con.execute("select count(*) from staging.stg_filecoin_data_portal__deal_metrics_daily "
                       "where active_deal_data_pib is not null").fetchone() == (0,)


def test_no_fact_day_is_partial(warehouse):
    con, _ = warehouse
    last = {fact: con.execute(f"select max(date) from intermediate.int_filecoin__{fact}_daily").fetchone()[0]
            for fact in ("burns", "mints")}
    assert last == {"burns": date(2022, 10, 11), "mints": NETWORK_PULL.last_day}
    last_deal, = con.execute("select max(date) from intermediate.int_filecoin__service_payments_daily").fetchone()
    assert last_deal == DEAL_PULL.last_day


def test_staging_passes_the_pandera_checks(warehouse):
    con, _ = warehouse
    for table, model in (("staging.stg_filecoin_data_portal__network_metrics_daily",
                          stg.StgFilecoinDataPortalNetworkMetricsDaily),
                         ("staging.stg_filecoin_data_portal__deal_metrics_daily",
                          stg.StgFilecoinDataPortalDealMetricsDaily)):
        assert len(validate(model, read_table(con, table), source=table, partition="whole table")) > 800
