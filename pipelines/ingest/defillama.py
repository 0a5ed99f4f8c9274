"""DefiLlama fees/revenue for every network it covers: whole history per pull (a snapshot), the
methodology text stored each time and compared with the previous pull's."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from ..http_layer.client import HttpClient
from ..schemas.raw.defillama import DefillamaFeesDailyRaw, DefillamaPullsRaw
from ..schemas.validation import validate
from ..sources import defillama
from ..warehouse import TableLoad, replace_all, table_exists
from .core import LoadResult, Window, fetch_and_land, log_landing, parse_in, with_lineage

FEES_TABLE, PULLS_TABLE = "raw.defillama_fees_daily", "raw.defillama_pulls"


def previous_methodologies(con: duckdb.DuckDBPyConnection, before) -> dict[tuple[str, str], str | None]:
    """The methodology of each (slug, data_type) at its latest pull before ``before``."""
    if not table_exists(con, PULLS_TABLE):
        return {}
    rows = con.execute(f"""
        select slug, data_type, methodology_json from {PULLS_TABLE}
        where snapshot_date < ? and status = 'published'
        qualify row_number() over (partition by slug, data_type order by snapshot_date desc) = 1""",
                       [before]).fetchall()
    return {(slug, data_type): text for slug, data_type, text in rows}


def methodology_changes(previous: dict, pulls: pd.DataFrame) -> list[str]:
    changed = []
    for pull in pulls.itertuples():
        key = (pull.slug, pull.data_type)
        if key in previous and pull.status == "published" and previous[key] != pull.methodology_json:
            changed.append(f"{pull.slug} {pull.data_type}")
    return changed


def ingest_defillama_fees(client: HttpClient, con: duckdb.DuckDBPyConnection, landing_root: Path,
                          window: Window, slugs: dict[str, str], api_key: str | None = None) -> LoadResult:
    series, pulls, landed = [], [], []
    for slug in sorted(set(slugs.values())):
        for data_type in defillama.DATA_TYPES:
            request = defillama.summary_fees_request(slug, data_type, api_key)
            response, path = fetch_and_land(client, defillama.POLICY, request, landing_root, window,
                                            f"summary_fees_{slug}_{data_type}")
            rows, pull = parse_in(window, defillama.parse_summary_fees, response.body, response.status,
                                  slug, data_type)
            series.append(with_lineage(rows[rows["date"] < window.end], response, path))
            pulls.append(with_lineage(pd.DataFrame([pull]), response, path))
            landed.append((response, path))
    day = window.last_day
    fees = validate(DefillamaFeesDailyRaw, pd.concat(series, ignore_index=True).assign(snapshot_date=day),
                    source=defillama.SOURCE, partition=window.key, keys=("slug", "data_type", "date"))
    pulls_frame = validate(DefillamaPullsRaw, pd.concat(pulls, ignore_index=True).assign(snapshot_date=day),
                           source=defillama.SOURCE, partition=window.key, keys=("slug", "data_type"))
    changed = methodology_changes(previous_methodologies(con, day), pulls_frame)
    rows, _ = replace_all(con, [TableLoad(FEES_TABLE, fees, "snapshot_date = ?", [day]),
                                TableLoad(PULLS_TABLE, pulls_frame, "snapshot_date = ?", [day])])
    for response, path in landed:
        log_landing(con, window, "summary_fees", response, path)
    not_published = sorted(f"{p.slug} {p.data_type}" for p in pulls_frame.itertuples() if p.status == "not_published")
    return LoadResult(FEES_TABLE, rows, [str(p) for _, p in landed], any(r.is_sample for r, _ in landed),
                      notes={"methodology_changed": changed, "not_published": not_published})
