"""CoinGecko parser against real bodies: the raw market_chart shape sample and the restructured
daily files of paymog/coin-analysis (turned back into market_chart bodies and replayed over HTTP)."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

import duckdb
import pytest

from pipelines import ingest
from pipelines.http_layer.client import HttpClient
from pipelines.http_layer.recordings import write_recording
from pipelines.http_layer.replay_server import serve_recordings
from pipelines.registry import Token
from pipelines.sources import coingecko
from pipelines.sources.errors import SourceDataError

ZERO_CAP_DAYS = {"akash-network": 3, "arweave": 305, "fetch-ai": 117, "filecoin": 0,
                 "helium": 18, "render-token": 150}  # counted in the folder's SOURCES.md


def test_raw_market_chart_shape_sample(real_data):
    body = (real_data / "market/coingecko/shape_samples_non_depin/"
            "narrativeviz_terra-luna_market_chart_max.json").read_bytes()
    frame = coingecko.parse_market_chart(body, "terra-luna")
    assert len(frame) == 1156  # 1157 points, the intraday last one dropped
    assert frame["date"].iloc[0] == date(2019, 5, 8) and frame["date"].iloc[-1] == date(2022, 7, 6)
    assert frame["date"].is_unique
    # 140 leading and 26 trailing zero caps, the last of which was the dropped intraday point.
    assert frame["market_cap_usd"].isna().sum() == 140 + 25
    raw = json.loads(body)
    assert frame["price_usd"].iloc[-1] == raw["prices"][-2][1]


@pytest.mark.parametrize("problem, body", [
    ("series missing", {"prices": [], "market_caps": []}),
    ("lengths differ", {"prices": [[0, 1]], "market_caps": [], "total_volumes": []}),
    ("not at 00:00 UTC before the last", {"prices": [[5, 1], [86_400_000, 1]],
                                           "market_caps": [[5, 1], [86_400_000, 1]],
                                           "total_volumes": [[5, 1], [86_400_000, 1]]}),
])
def test_bad_bodies_fail_clearly(problem, body):
    with pytest.raises(SourceDataError, match=problem):
        coingecko.parse_market_chart(json.dumps(body).encode(), "x")


def _market_chart_from_paymog(days: dict) -> dict:
    """Undo paymog's restructuring: key D holds CoinGecko's (D+1) 00:00 UTC point."""
    body = {"prices": [], "market_caps": [], "total_volumes": []}
    for key, point in days.items():
        ms = int(datetime.combine(date.fromisoformat(key) + timedelta(days=1), datetime.min.time(),
                                  tzinfo=timezone.utc).timestamp() * 1000)
        body["prices"].append([ms, point["price"]])
        body["market_caps"].append([ms, point["market_cap"]])
        body["total_volumes"].append([ms, 0.0])  # paymog dropped volumes
    return body


@pytest.mark.parametrize("coin_id", sorted(ZERO_CAP_DAYS))
def test_real_daily_prices_round_trip_through_replay_into_raw(real_data, tmp_path, coin_id):
    days = json.loads((real_data / f"market/coingecko/paymog_coin-analysis/{coin_id}.json").read_text())
    first = date.fromisoformat(min(days)) + timedelta(days=1)
    end = date.fromisoformat(max(days)) + timedelta(days=2)
    request = coingecko.market_chart_range_request(coin_id, first, end)
    write_recording(tmp_path / "rec", coin_id, method="GET", url=request.url, params=request.params,
                    body=json.dumps(_market_chart_from_paymog(days)).encode())
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    token = Token(coin_id.upper(), "n", coin_id, True)
    with serve_recordings(tmp_path / "rec") as url, HttpClient("replay", replay_url=url) as client:
        result = ingest.ingest_coingecko_market_chart(client, con, tmp_path / "landing",
                                                      ingest.Window(first, end), (token,))
    assert result.rows == len(days)
    loaded = con.execute("select date, price_usd, market_cap_usd from raw.coingecko_market_chart order by date").fetchall()
    expected = sorted((date.fromisoformat(k) + timedelta(days=1), v["price"]) for k, v in days.items())
    assert [(d, p) for d, p, _ in loaded] == expected
    assert sum(cap is None for _, _, cap in loaded) == ZERO_CAP_DAYS[coin_id]
