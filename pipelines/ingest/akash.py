"""Akash: console graph-data series (one whole-history snapshot per pull), chain supply and
inflation (a current snapshot per day), and the pre-mine unlock schedule."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..schemas.raw.akash import AkashGraphDataRaw, AkashPreMineUnlocksRaw, AkashSupplyInflationRaw
from ..schemas.validation import validate
from ..sources import akash
from ..warehouse import replace_window
from .core import LoadResult, Window, fetch_and_land, ingest_snapshot, log_landing, parse_in, with_lineage


def ingest_akash_graph_data(client, con, landing_root: Path, window: Window) -> LoadResult:
    """Every series into ``raw.akash_graph_data`` under the window's last day, all or nothing.
    An optional series (BME, dailyUActSpent) that upstream does not know yet is skipped and named in
    ``notes``; its days stay uncovered (NULL downstream), never 0."""
    frames, landed, skipped = [], [], []
    for series in akash.ALL_SERIES:
        request = akash.graph_data_request(series, optional=series in akash.OPTIONAL_SERIES)
        response, path = fetch_and_land(client, akash.POLICY, request, landing_root, window, f"graph-data_{series}")
        if response.status == 404:  # graph-data answers a name it does not know (yet) with a 404 text
            skipped.append(series)
            continue
        landed.append((response, path))
        frames.append(with_lineage(parse_in(window, akash.parse_graph_data, response.body, series), response, path))
    frame = pd.concat(frames, ignore_index=True).assign(snapshot_date=window.last_day)
    frame = validate(AkashGraphDataRaw, frame, source=akash.SOURCE, partition=window.key, keys=("series", "date"))
    rows = replace_window(con, "raw.akash_graph_data", frame, "snapshot_date = ?", [window.last_day])
    for response, path in landed:
        log_landing(con, window, "graph-data", response, path)
    return LoadResult("raw.akash_graph_data", rows, [str(p) for _, p in landed],
                      any(r.is_sample for r, _ in landed), {"not_published": skipped} if skipped else None)


def ingest_akash_supply_inflation(client, con, landing_root: Path, window: Window,
                                  lcd_url: str = akash.DEFAULT_LCD_URL) -> LoadResult:
    """Current uakt supply and mint inflation (A7): one row dated by the UTC day it was read (the chain
    only answers "now", so a backfill never files today's values under an old date)."""
    supply, supply_path = fetch_and_land(client, akash.LCD_POLICY, akash.lcd_supply_request(lcd_url),
                                         landing_root, window, "bank-supply-uakt")
    inflation, inflation_path = fetch_and_land(client, akash.LCD_POLICY, akash.lcd_inflation_request(lcd_url),
                                               landing_root, window, "mint-inflation")
    frame = parse_in(window, akash.parse_supply_and_inflation, supply.body, inflation.body)
    # One row from two bodies: its lineage names the inflation body; both are in raw.landing_log.
    read_on = inflation.retrieved_at.date()
    frame = with_lineage(frame, inflation, inflation_path).assign(snapshot_date=read_on)
    frame = validate(AkashSupplyInflationRaw, frame, source=akash.LCD_SOURCE, partition=window.key)
    rows = replace_window(con, "raw.akash_supply_inflation", frame, "snapshot_date = ?", [read_on])
    log_landing(con, window, "bank-supply-uakt", supply, supply_path)
    log_landing(con, window, "mint-inflation", inflation, inflation_path)
    return LoadResult("raw.akash_supply_inflation", rows, [str(supply_path), str(inflation_path)],
                      supply.is_sample or inflation.is_sample)


def ingest_akash_pre_mine_unlocks(client, con, landing_root: Path, window: Window) -> LoadResult:
    return ingest_snapshot(
        client, con, landing_root, window, policy=akash.PRE_MINE_POLICY, request=akash.pre_mine_unlocks_request(),
        endpoint="akash-pre-mine-unlocks", parse=akash.parse_pre_mine_unlocks, model=AkashPreMineUnlocksRaw,
        table="raw.akash_pre_mine_unlocks", keys=("date",))
