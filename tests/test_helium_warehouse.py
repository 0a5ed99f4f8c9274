"""Helium end to end over loopback HTTP into DuckDB and one real dbt build: the eight real emission
files (replayed from ../shared/data/real) with sample getProgramAccounts and hotspot bodies for a
window spanning both HIP-138 dates. Facts are checked against the Python schedule function and the
decoded sample accounts, and their columns against the brief's fact shapes."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import duckdb
import pytest

from pipelines.http_layer.client import HttpClient
from pipelines.http_layer.replay_server import serve_recordings
from pipelines.ingest import helium
from pipelines.ingest.core import Window
from pipelines.sample_data.helium import write_epoch_accounts, write_hotspot_counts
from pipelines.schemas.staging import helium as stg
from pipelines.schemas.validation import validate
from pipelines.sources.helium_emissions import (VERSIONS, expected_emissions, merge_versions, parse_schedule,
                                                rows_of, schedule_request, value_for_day)
from pipelines.sources.helium_sub_daos import SUB_DAOS, parse_program_accounts
from pipelines.warehouse import read_table

from .helpers import run_dbt, write_meta
from .test_helium_emissions import FILES, stop_date

# Current-state sources are dated by the UTC day they are read, whatever the partition.
TODAY = datetime.now(timezone.utc).date()

WINDOW = Window(date(2025, 1, 10), date(2025, 2, 3))
HIP138_IOT, HIP138_MOBILE = date(2025, 1, 15), date(2025, 1, 29)
FACTS = ["int_helium__mints_daily", "int_helium__burns_daily", "int_helium__service_payments_daily",
         "int_helium__capacity_daily", "int_helium__revenue_definitions_daily"]
SHAPES = {  # the brief's intermediate fact shapes, in order
    "int_helium__burns_daily": "network_id VARCHAR, date DATE, token VARCHAR, burn_native DECIMAL(38,18), "
    "burn_usd DOUBLE, burn_type VARCHAR, price_source VARCHAR, source VARCHAR, is_interpolated BOOLEAN, "
    "is_estimated BOOLEAN, is_sample_data BOOLEAN",
    "int_helium__mints_daily": "network_id VARCHAR, date DATE, token VARCHAR, mint_native DECIMAL(38,18), "
    "mint_type VARCHAR, is_provider_emission BOOLEAN, source VARCHAR, is_interpolated BOOLEAN, "
    "is_estimated BOOLEAN, is_sample_data BOOLEAN",
    "int_helium__service_payments_daily": "network_id VARCHAR, date DATE, pay_currency VARCHAR, "
    "sub_network VARCHAR, gross_native DOUBLE, gross_usd DOUBLE, is_external BOOLEAN, to_provider_usd DOUBLE, "
    "to_protocol_usd DOUBLE, pricing_basis VARCHAR, payment_type VARCHAR, source VARCHAR, "
    "is_interpolated BOOLEAN, is_estimated BOOLEAN, is_sample_data BOOLEAN",
    "int_helium__capacity_daily": "network_id VARCHAR, date DATE, unit VARCHAR, units_total DOUBLE, "
    "units_active DOUBLE, units_rewarded DOUBLE, utilization_rate DOUBLE, source VARCHAR, "
    "is_estimated BOOLEAN, is_sample_data BOOLEAN",
}


@pytest.fixture(scope="module")
def warehouse(real_data, tmp_path_factory):
    root = tmp_path_factory.mktemp("helium_real")
    folder = real_data / "storage_wireless/helium_program_library"
    schedules = {}
    for (name, ref), file in FILES.items():
        write_meta(root / "rec", f"emissions_{name}_{ref[:12]}", schedule_request(name, ref).url, folder / file)
        schedules.setdefault(name, {})[ref] = rows_of(parse_schedule((folder / file).read_bytes(), name, ref))
    merged = {name: merge_versions(*[schedules[name][ref] for ref in refs]) for name, refs in VERSIONS.items()}
    write_epoch_accounts(root / "rec", WINDOW.start, WINDOW.end, lambda day: value_for_day(merged["hnt"], day))
    write_hotspot_counts(root / "rec", WINDOW.start, WINDOW.end)
    with serve_recordings(root / "rec") as url, HttpClient("replay", replay_url=url) as client, \
            duckdb.connect(str(root / "warehouse.duckdb")) as con:
        for load in (helium.ingest_helium_emission_schedules, helium.ingest_helium_sub_dao_epoch_infos,
                     helium.ingest_helium_dao_epoch_infos, helium.ingest_helium_hotspot_counts):
            load(client, con, root / "landing", WINDOW)
    run_dbt(root, "build", "--indirect-selection", "cautious", "--select", *[f"+{m}" for m in FACTS],
            "mint_types", "assert_helium_facts_in_range")
    with duckdb.connect(str(root / "warehouse.duckdb"), read_only=True) as con:
        yield con, root, merged


def _accounts(root, account):
    return parse_program_accounts((root / f"rec/helium/gpa_{account}.json").read_bytes(), account)


def test_fact_models_have_the_brief_shapes(warehouse):
    con, _, _ = warehouse
    for model, shape in SHAPES.items():
        described = con.execute(f"describe intermediate.{model}").fetchall()
        assert ", ".join(f"{name} {kind}" for name, kind, *_ in described) == shape, model


def test_expected_emissions_equal_the_python_function_every_day(warehouse):
    con, _, merged = warehouse
    rows = con.execute("select token, date, emissions_native from intermediate.int_helium__expected_emissions_daily"
                       " order by token, date").fetchall()
    ends = {"HNT": None, "IOT": stop_date("iot_emissions_active"), "MOBILE": stop_date("mobile_emissions_active")}
    days = (WINDOW.last_day - date(2023, 4, 18)).days + 1
    assert len(rows) == 3 * days  # 2023-04-18 (first Solana epoch) .. the snapshot day, per token
    for token, day, native in rows:
        assert native == expected_emissions(merged[token.lower()], day, ends_on=ends[token]), (token, day)
    by_key = {(token, day): native for token, day, native in rows}
    assert by_key[("HNT", date(2023, 8, 1))] == Decimal("82191.78082192")
    assert by_key[("HNT", date(2023, 8, 2))] == Decimal("40983.60655738")
    assert by_key[("HNT", date(2024, 8, 1))] == Decimal("41095.89041096")


def test_iot_and_mobile_mints_stop_at_hip138(warehouse):
    con, _, _ = warehouse
    mints = dict(((token, day), native) for token, day, native in con.execute(
        "select token, date, mint_native from intermediate.int_helium__mints_daily where token <> 'HNT'").fetchall())
    assert mints[("IOT", HIP138_IOT - timedelta(days=1))] == Decimal("89041095.890411")
    assert mints[("IOT", HIP138_IOT)] == 0 and mints[("IOT", WINDOW.last_day)] == 0
    assert mints[("MOBILE", HIP138_MOBILE - timedelta(days=1))] == Decimal("82191780.821918")
    assert mints[("MOBILE", HIP138_MOBILE)] == 0


def test_hnt_mints_add_up_to_total_rewards_split_by_hip138(warehouse):
    con, root, merged = warehouse
    totals = {int(e): Decimal(t) / 10**8 for e, t in zip(_accounts(root, "DaoEpochInfoV0")["epoch"],
                                                          _accounts(root, "DaoEpochInfoV0")["total_rewards"])}
    hnt = con.execute("""select date, sum(mint_native), bool_or(is_estimated)
                         from intermediate.int_helium__mints_daily where token = 'HNT' group by date""").fetchall()
    hnt = {day: (native, estimated) for day, native, estimated in hnt}
    for epoch, total in totals.items():
        day = date(1970, 1, 1) + timedelta(days=epoch)
        hst_share = value_for_day(merged["hst"], day) / 100
        # Before MOBILE's HIP-138 date the subDAO share backs IOT/MOBILE: only the HST share counts.
        assert hnt[day][0] == (total if day >= HIP138_MOBILE else total * hst_share), day
        assert hnt[day][1] == (HIP138_IOT <= day < HIP138_MOBILE), day


def test_dc_payments_and_revenue_definitions_at_the_peg(warehouse):
    con, root, _ = warehouse
    accounts = _accounts(root, "SubDaoEpochInfoV0")
    dc = {(date(1970, 1, 1) + timedelta(days=int(e)), SUB_DAOS[s]): int(b)
          for e, s, b in zip(accounts["epoch"], accounts["sub_dao"], accounts["dc_burned"])}
    paid = con.execute("""select date, sub_network, gross_native, gross_usd from intermediate.int_helium__service_payments_daily
                          where payment_type = 'service_payment' and is_external and pricing_basis = 'peg'""").fetchall()
    assert {(day, sub): native for day, sub, native, _ in paid} == dc
    assert all(usd == pytest.approx(native * 1e-5, rel=1e-12) for *_, native, usd in paid)
    revenue = dict(con.execute("select date, dc_data_peg_usd from intermediate.int_helium__revenue_definitions_daily"
                               " where m02_definition = 'dc_data_peg_usd' and dc_carrier_adj_usd is null").fetchall())
    day = WINDOW.start + timedelta(days=3)
    assert revenue[day] == pytest.approx((dc[(day, "iot")] + dc[(day, "mobile")]) * 1e-5, rel=1e-12)
    onboarding = con.execute("""select count(*), min(gross_native), bool_and(not is_external and is_estimated)
                                from intermediate.int_helium__service_payments_daily
                                where payment_type = 'onboarding_fee'""").fetchone()
    assert onboarding == (2 * (WINDOW.end - WINDOW.start).days - 2, 0.0, True)  # no value on the first day


def test_capacity_is_registered_hotspots_of_both_subnetworks(warehouse):
    con, root, _ = warehouse
    total = sum(json.loads((root / f"rec/helium/pagination_metadata_{s}.json").read_text())["totalItems"]
                for s in ("iot", "mobile"))
    assert con.execute("select date, units_total, units_active, is_estimated from intermediate.int_helium__capacity_daily"
                       ).fetchall() == [(TODAY, float(total), None, True)]


@pytest.mark.parametrize("table, model", [
    ("staging.stg_helium__emission_schedules", stg.StgHeliumEmissionSchedules),
    ("staging.stg_helium__sub_dao_epochs", stg.StgHeliumSubDaoEpochs),
    ("staging.stg_helium__dao_epochs", stg.StgHeliumDaoEpochs),
    ("staging.stg_helium__hotspot_counts", stg.StgHeliumHotspotCounts),
])
def test_staging_models_pass_their_pandera_checks(warehouse, table, model):
    con, _, _ = warehouse
    frame = read_table(con, table)
    assert len(frame) > 0
    validate(model, frame, source=table, partition="whole table")
