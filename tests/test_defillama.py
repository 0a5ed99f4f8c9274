"""DefiLlama as a second source: shapes, not-published series, the Pro key in the path, slug
coverage against DefiLlama's real app metadata, and methodology changes between pulls."""

from __future__ import annotations

import json
from datetime import date

import duckdb
import pytest

from pipelines.ingest import Window, ingest_defillama_fees
from pipelines.http_layer.client import HttpClient
from pipelines.http_layer.recordings import write_recording
from pipelines.http_layer.replay_server import serve_recordings
from pipelines.registry import defillama_slugs
from pipelines.sample_data import defillama as sample
from pipelines.sources import defillama
from pipelines.sources.errors import SourceDataError

SLUGS = {"render": "render-network-bme", "akash": "akash-network"}


def test_parse_series_and_not_published():
    body = json.dumps({"methodology": {"Fees": "burns / 0.95"},
                       "totalDataChart": [[1704672000, 10.5], [1704758400, 0]]}).encode()
    rows, pull = defillama.parse_summary_fees(body, 200, "render-network-bme", "dailyFees")
    assert [str(d) for d in rows["date"]] == ["2024-01-08", "2024-01-09"]
    assert rows["value_usd"].tolist() == [10.5, 0.0]
    assert pull["status"] == "published" and json.loads(pull["methodology_json"]) == {"Fees": "burns / 0.95"}
    rows, pull = defillama.parse_summary_fees(b'{"message":"Fees for x not found"}', 400, "x", "dailyFees")
    assert rows.empty and pull["status"] == "not_published"


@pytest.mark.parametrize("chart, problem", [
    ([[1704672000, 1], [1704672000, 2]], "not strictly increasing"),
    ([[1704672001, 1]], "not at 00:00 UTC"),
])
def test_shape_violations_name_the_rows(chart, problem):
    with pytest.raises(SourceDataError, match=problem):
        defillama.parse_summary_fees(json.dumps({"totalDataChart": chart}).encode(), 200, "s", "dailyFees")


def test_registry_slugs_against_defillama_app_metadata(real_data):
    folder = real_data / "market/defillama"
    protocols = json.loads((folder / "defillama-app_metadata_protocols_2025-03-06.json").read_text())
    chains = json.loads((folder / "defillama-app_metadata_chains_2025-03-06.json").read_text())
    coverage = {slug: defillama.coverage_in_metadata(slug, protocols, chains) for slug in defillama_slugs().values()}
    # As of 2025-03 only Filecoin (a chain) had fees; the others' adapters came later (folder SOURCES.md).
    assert coverage == {"render-network-bme": "absent", "akash-network": "absent", "filecoin": "chain",
                        "arweave": "absent", "helium": "absent"}
    assert defillama.coverage_in_metadata("geodnet", protocols, chains) == "protocol"


def test_pro_key_travels_in_the_path_but_never_lands(tmp_path):
    key = "llama-PRO-KEY-0001"
    request = defillama.summary_fees_request("helium", "dailyFees", api_key=key)
    assert request.url == f"https://pro-api.llama.fi/{key}/api/summary/fees/helium"
    body = json.dumps(sample.summary_body("helium", "dailyFees", date(2025, 9, 1), date(2025, 9, 3))).encode()
    for data_type in defillama.DATA_TYPES:
        req = defillama.summary_fees_request("helium", data_type, api_key=key)
        write_recording(tmp_path / "rec", f"h_{data_type}", method="GET", url=req.url, params=req.params, body=body)
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    with serve_recordings(tmp_path / "rec") as url, HttpClient("replay", replay_url=url, secrets=[key]) as client:
        ingest_defillama_fees(client, con, tmp_path / "landing", Window(date(2025, 9, 1), date(2025, 9, 3)),
                              {"helium": "helium"}, api_key=key)
    landed = [p.read_text() for p in (tmp_path / "landing").rglob("*.meta.json")]
    assert landed and all(key not in text and "/***/api/summary/fees/helium" in text for text in landed)
    assert key not in str(con.execute("select * from raw.landing_log").fetchall())


def _pull(recordings, con, landing, window):
    with serve_recordings(recordings) as url, HttpClient("replay", replay_url=url) as client:
        return ingest_defillama_fees(client, con, landing, window, SLUGS)


def test_methodology_change_between_pulls_is_detected(tmp_path):
    first, second = Window(date(2025, 9, 1), date(2025, 9, 8)), Window(date(2025, 9, 8), date(2025, 9, 9))
    sample.write(tmp_path / "rec", first.start, second.end)
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    result = _pull(tmp_path / "rec", con, tmp_path / "landing", first)
    assert result.notes == {"methodology_changed": [],
                            "not_published": ["akash-network dailyFees", "akash-network dailyHoldersRevenue",
                                              "akash-network dailyRevenue"]}
    again = _pull(tmp_path / "rec", con, tmp_path / "landing", second)
    assert again.notes["methodology_changed"] == []

    path = tmp_path / "rec/defillama/render-network-bme_dailyFees.json"
    body = json.loads(path.read_text())
    body["methodology"]["Fees"] = "Buyback only (redefined)"
    path.write_text(json.dumps(body))
    changed = _pull(tmp_path / "rec", con, tmp_path / "landing", second)
    assert changed.notes["methodology_changed"] == ["render-network-bme dailyFees"]
    # Each pull is a snapshot: the re-pull of the same day replaced its rows, nothing doubled.
    counts = con.execute("select snapshot_date, count(*) from raw.defillama_pulls group by 1 order by 1").fetchall()
    assert counts == [(date(2025, 9, 7), 6), (date(2025, 9, 8), 6)]
