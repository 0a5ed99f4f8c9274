"""Helium emission schedules: the eight real admin-CLI files of helium-program-library, merged over
versions, expected HNT around each halving, IOT/MOBILE stopping at the HIP-138 dates of the seed."""

from __future__ import annotations

import csv
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from pipelines.settings import SEEDS_DIR
from pipelines.sources.errors import SourceDataError
from pipelines.sources.helium_emissions import (VERSIONS, expected_emissions, first_paid_day, merge_versions,
                                                parse_schedule, rows_of, value_for_day)

OLD = {name: refs[0] for name, refs in VERSIONS.items()}
FILES = {("hnt", "master"): "emissions_hnt_current.json", ("hnt", OLD["hnt"]): "emissions_hnt_pre_2025_halving.json",
         ("iot", "master"): "emissions_iot_current.json", ("iot", OLD["iot"]): "emissions_iot_2023.json",
         ("mobile", "master"): "emissions_mobile_current.json", ("mobile", OLD["mobile"]): "emissions_mobile_2023.json",
         ("hst", "master"): "emissions_hst_current.json", ("hst", OLD["hst"]): "emissions_hst_pre_hip138.json"}


def seed_params(param: str) -> list[dict]:
    with open(SEEDS_DIR / "helium_regime_params.csv", newline="") as handle:
        return [row for row in csv.DictReader(handle) if row["param"] == param]


def stop_date(param: str) -> date:
    """First day a 0/1 ``*_emissions_active`` parameter is 0."""
    return next(date.fromisoformat(r["valid_from"]) for r in seed_params(param) if r["value"] == "0")


@pytest.fixture(scope="module")
def frames(real_data):
    folder = real_data / "storage_wireless/helium_program_library"
    return {key: parse_schedule((folder / name).read_bytes(), *key) for key, name in FILES.items()}


@pytest.fixture(scope="module")
def merged(frames):
    return {name: merge_versions(*[rows_of(frames[(name, ref)]) for ref in refs]) for name, refs in VERSIONS.items()}


def test_all_eight_files_parse_exactly(frames):
    assert {key: len(frame) for key, frame in frames.items()} == {
        ("hnt", "master"): 4, ("hnt", OLD["hnt"]): 4, ("iot", "master"): 4, ("iot", OLD["iot"]): 4,
        ("mobile", "master"): 4, ("mobile", OLD["mobile"]): 4, ("hst", "master"): 2, ("hst", OLD["hst"]): 3}
    hnt = frames[("hnt", "master")]
    assert list(hnt["value_text"]) == ["82191.78082192", "40983.60655738", "41095.89041096", "20547.94520548"]
    assert str(hnt["start_at"].iloc[-1]) == "2025-08-01 00:00:01+00:00"
    assert list(frames[("iot", "master")]["value_text"]) == ["88797814.207650", "89041095.890411",
                                                             "44520547.945206", "22199453.551913"]
    assert list(frames[("hst", OLD["hst"])]["value_text"]) == ["32", "31", "30"]
    assert set(frames[("hst", "master")]["value_unit"]) == {"percent"}


@pytest.mark.parametrize("day, hnt_per_day", [
    (date(2023, 4, 18), "82191.78082192"),
    (date(2023, 7, 31), "82191.78082192"),
    (date(2023, 8, 1), "82191.78082192"),   # the one-day 2023-08-02T00:00:00 row pays epoch 08-01
    (date(2023, 8, 2), "40983.60655738"),   # 2023-08-03T00:00:00 pays from epoch 08-02
    (date(2023, 8, 3), "40983.60655738"),
    (date(2024, 7, 31), "40983.60655738"),
    (date(2024, 8, 1), "41095.89041096"),   # 00:00:01 rows pay their own date first
    (date(2025, 7, 31), "41095.89041096"),
    (date(2025, 8, 1), "20547.94520548"),
    (date(2027, 8, 1), "20547.94520548"),   # hnt.json has no 2027 row (yet)
])
def test_hnt_per_day_either_side_of_each_halving(merged, day, hnt_per_day):
    assert expected_emissions(merged["hnt"], day) == Decimal(hnt_per_day)


def test_the_current_hnt_file_alone_starts_with_a_one_day_row(frames):
    current = rows_of(frames[("hnt", "master")])
    assert value_for_day(current, date(2023, 7, 31)) is None
    assert value_for_day(current, date(2023, 8, 1)) == Decimal("82191.78082192")
    assert value_for_day(current, date(2023, 8, 2)) == Decimal("40983.60655738")
    assert first_paid_day(datetime(2025, 8, 1, 0, 0, 1, tzinfo=timezone.utc)) == date(2025, 8, 1)
    assert first_paid_day(datetime(2023, 8, 3, tzinfo=timezone.utc)) == date(2023, 8, 2)


def test_iot_and_mobile_follow_the_2023_file_then_the_current_one(merged):
    iot, mobile = merged["iot"], merged["mobile"]
    assert value_for_day(iot, date(2023, 8, 1)) == Decimal("165616438.356164")
    assert value_for_day(iot, date(2023, 8, 2)) == Decimal("82581967.213115")
    assert value_for_day(iot, date(2024, 1, 7)) == Decimal("82581967.213115")
    assert value_for_day(iot, date(2024, 1, 8)) == Decimal("88797814.207650")  # current file takes over
    assert value_for_day(iot, date(2024, 8, 1)) == Decimal("89041095.890411")  # not the 2023 file's 82.8M
    assert value_for_day(mobile, date(2023, 8, 1)) == Decimal("141369863.013699")
    assert value_for_day(mobile, date(2024, 8, 1)) == Decimal("82191780.821918")


def test_iot_and_mobile_stop_at_hip138_dates_from_the_seed(merged):
    iot_end, mobile_end = stop_date("iot_emissions_active"), stop_date("mobile_emissions_active")
    assert (iot_end, mobile_end) == (date(2025, 1, 15), date(2025, 1, 29))
    assert expected_emissions(merged["iot"], iot_end - timedelta(days=1), ends_on=iot_end) == Decimal("89041095.890411")
    assert expected_emissions(merged["mobile"], mobile_end - timedelta(days=1), ends_on=mobile_end) == \
        Decimal("82191780.821918")
    for day in (iot_end, date(2025, 8, 1), date(2027, 8, 1)):
        assert expected_emissions(merged["iot"], day, ends_on=iot_end) == 0
    for day in (mobile_end, date(2025, 8, 1), date(2027, 8, 1)):
        assert expected_emissions(merged["mobile"], day, ends_on=mobile_end) == 0
    # ... although the files keep listing rows to 2027:
    assert value_for_day(merged["iot"], date(2027, 8, 1)) == Decimal("22199453.551913")
    assert value_for_day(merged["mobile"], date(2027, 8, 1)) == Decimal("20491803.278689")


@pytest.mark.parametrize("day, percent", [(date(2023, 7, 30), 32), (date(2023, 7, 31), 31), (date(2024, 7, 31), 31),
                                          (date(2024, 8, 1), 30), (date(2025, 1, 27), 30), (date(2025, 1, 28), 0)])
def test_hst_share_of_hnt(merged, day, percent):
    assert value_for_day(merged["hst"], day) == percent


@pytest.mark.parametrize("param, schedule", [("hnt_emissions_per_day", "hnt"), ("hst_percent", "hst")])
def test_seed_regime_rows_agree_with_the_files_every_day(merged, param, schedule):
    rows = seed_params(param)
    day, last = date.fromisoformat(rows[0]["valid_from"]), date(2027, 12, 31)
    while day <= last:
        row = next(r for r in rows if date.fromisoformat(r["valid_from"]) <= day
                   and (not r["valid_to"] or day < date.fromisoformat(r["valid_to"])))
        assert value_for_day(merged[schedule], day) == Decimal(row["value"]), day
        day += timedelta(days=1)


@pytest.mark.parametrize("body, match", [
    (b'[{"startTime":"2025-08-01T00:00:01Z","emissionsPerEpoch":"20,54,7.9"}]',
     r"column 'emissionsPerEpoch'.*not a decimal amount.*rows \[0\]"),
    (b'[{"startTime":"2025-08-01T00:00:01Z","emissionsPerEpoch":"1"},{"startTime":"2024-08-01T00:00:01Z",'
     b'"emissionsPerEpoch":"2"}]', r"column 'startTime'.*not strictly increasing"),
    (b'[{"startTime":"2025-08-01T00:00:01Z","amount":"1"}]', r"column 'emissionsPerEpoch'.*field missing.*rows \[0\]"),
    (b'[{"startTime": ', "body is not JSON"),
])
def test_bad_schedule_bodies_name_the_column_and_rows(body, match):
    with pytest.raises(SourceDataError, match=match):
        parse_schedule(body, "hnt", "master")
