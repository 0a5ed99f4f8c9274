"""M26 in SQL (squared partial correlation from rolling corr()) against an independent numpy OLS:
partial R² of the revenue term = (SSE without it − SSE with it) ÷ SSE without it."""

from __future__ import annotations

from datetime import date, timedelta

import duckdb
import numpy as np
import pytest

from .helpers import run_dbt

DAYS = 400


def _ols_sse(y: np.ndarray, *columns: np.ndarray) -> float:
    design = np.column_stack([np.ones_like(y), *columns])
    coefficients, *_ = np.linalg.lstsq(design, y, rcond=None)
    residuals = y - design @ coefficients
    return float(residuals @ residuals)


@pytest.fixture(scope="module")
def linkage(tmp_path_factory):
    root = tmp_path_factory.mktemp("m26")
    rng = np.random.default_rng(26)
    days = [date(2024, 1, 1) + timedelta(days=i) for i in range(DAYS)]
    benchmark = 40_000 * np.exp(np.cumsum(rng.normal(0, 0.02, DAYS)))
    revenue_7d = 70_000 * np.exp(np.cumsum(rng.normal(0, 0.05, DAYS)))
    # the token moves with both, plus noise of its own
    price = 3 * np.exp(0.4 * np.log(revenue_7d / revenue_7d[0]) + 0.8 * np.log(benchmark / benchmark[0])
                       + np.cumsum(rng.normal(0, 0.03, DAYS)))
    price[123] = np.nan  # a missing price: its weeks drop out, nothing is carried over
    with duckdb.connect(str(root / "warehouse.duckdb")) as con:
        con.execute("create schema intermediate")
        con.execute("create table intermediate.int_network_metrics__windows (network_id varchar, date date, "
                    "price_usd double, real_revenue_usd_7d double, benchmark_price_usd double)")
        con.executemany("insert into intermediate.int_network_metrics__windows values ('n1', ?, ?, ?, ?)",
                        [(d, None if np.isnan(p) else float(p), float(r), float(b))
                         for d, p, r, b in zip(days, price, revenue_7d, benchmark)])
        con.execute("create table intermediate.int_network_date_spine as "
                    "select network_id, date from intermediate.int_network_metrics__windows")
    run_dbt(root, "run", "--select", "int_network_metrics__price_linkage")
    with duckdb.connect(str(root / "warehouse.duckdb"), read_only=True) as con:
        rows = con.execute("select date, price_usage_computed_on, price_usage_weeks, price_usage_partial_r2, "
                           "unexplained_share from intermediate.int_network_metrics__price_linkage "
                           "order by date").fetchall()
    return days, price, revenue_7d, benchmark, rows


def _numpy_partial_r2(days, price, revenue_7d, benchmark, sunday: date) -> tuple[int, float | None]:
    index = {d: i for i, d in enumerate(days)}
    points = []
    for weeks_back in range(26):
        d = sunday - timedelta(days=7 * weeks_back)
        if d - timedelta(days=7) not in index:
            continue
        i, j = index[d], index[d - timedelta(days=7)]
        y = np.log(price[i]) - np.log(price[j])
        if np.isnan(y):
            continue
        points.append((y, np.log(revenue_7d[i] / revenue_7d[j]), np.log(benchmark[i] / benchmark[j])))
    if len(points) < 20:
        return len(points), None
    y, x_revenue, x_benchmark = map(np.array, zip(*points))
    reduced, full = _ols_sse(y, x_benchmark), _ols_sse(y, x_revenue, x_benchmark)
    return len(points), (reduced - full) / reduced


def test_sql_partial_r2_equals_numpy_ols_on_every_sunday(linkage):
    days, price, revenue_7d, benchmark, rows = linkage
    sundays = {computed_on: (weeks, r2) for _, computed_on, weeks, r2, _ in rows if computed_on is not None}
    compared = 0
    for sunday, (weeks, r2) in sundays.items():
        expected_weeks, expected = _numpy_partial_r2(days, price, revenue_7d, benchmark, sunday)
        assert weeks == expected_weeks, sunday
        if expected is None:
            assert r2 is None, sunday
        else:
            assert r2 == pytest.approx(expected, rel=1e-9, abs=1e-12), sunday
            compared += 1
    assert compared >= 30  # the fit is checked on real windows, not only on the empty ones


def test_weekly_value_is_held_for_the_following_six_days_only(linkage):
    *_, rows = linkage
    for day, computed_on, _, r2, unexplained in rows:
        if computed_on is None:
            continue
        assert 0 <= (day - computed_on).days <= 6 and computed_on.weekday() == 6  # a Sunday
        if r2 is not None:
            assert unexplained == pytest.approx(1 - r2) and 0 <= r2 <= 1
