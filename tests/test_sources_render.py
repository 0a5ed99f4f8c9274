"""Render Foundation parsers against the real recorded bodies in ../shared/data/real."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from pipelines.sources.errors import SourceDataError
from pipelines.sources.render_foundation import parse_epoch_burns, parse_liability_epochs


@pytest.fixture(scope="module")
def burns_body(real_data):
    return (real_data / "compute/render_foundation_stats/epoch-burn-stats-data.json").read_bytes()


@pytest.fixture(scope="module")
def liabilities_body(real_data):
    return (real_data / "compute/render_foundation_stats/liability-epochs-data.json").read_bytes()


def test_epoch_burns_parse_all_97_epochs_exactly(burns_body):
    frame = parse_epoch_burns(burns_body)
    assert list(frame["epoch_id"]) == list(range(1, 98))
    assert str(frame["start_at"].iloc[0]) == "2023-12-20 00:00:00+00:00"
    assert str(frame["end_at"].iloc[-1]) == "2025-10-29 00:00:00+00:00"
    raw = json.loads(burns_body, parse_float=Decimal)["data"]
    # Exact decimal text survives: no float rounding between the body and the raw table.
    assert [Decimal(x) for x in frame["burned_render"]] == [Decimal(r["burnedRender"]) for r in raw]
    assert [Decimal(x) for x in frame["burned_render_usd"]] == [Decimal(r["burnedRenderUSDCAmt"]) for r in raw]
    assert frame.loc[0, "burned_render"] == "14998.5" and frame.loc[2, "burned_render"] == "3962"


def test_liability_epochs_parse_206_rows_by_channel(liabilities_body):
    frame = parse_liability_epochs(liabilities_body)
    assert len(frame) == 206
    assert frame["channel"].value_counts().to_dict() == {
        "node_operator": 97, "availability": 73, "upgrade": 13, "open_compute": 12,
        "render_compute_network": 10, "render_compute_network_bonus": 1}
    assert not frame.duplicated(["channel", "epoch_id"]).any()
    node_op = frame[(frame["channel"] == "node_operator") & (frame["epoch_id"] >= 25)]
    per_epoch = node_op["amount_due_base_units"].map(int) / 1e8
    assert per_epoch.between(14_999.99, 15_000.01).all()  # RNP-013: 15,000 RENDER/week
    assert frame.loc[frame["obh_used"].notna(), "channel"].eq("node_operator").all()
    assert frame["obh_used"].notna().sum() == 22  # node_operator epochs 76..97


def test_malformed_and_drifted_bodies_fail_naming_the_field():
    with pytest.raises(SourceDataError, match="not JSON"):
        parse_epoch_burns(b'{"data": [')
    drifted = json.dumps({"data": [{"id": 1, "startDate": "2023-12-20T00:00:00Z",
                                    "endDate": "2023-12-27T00:00:00Z", "burned": 1}]})
    with pytest.raises(SourceDataError, match=r"column 'burnedRender'.*rows \[0\]"):
        parse_epoch_burns(drifted)
    fractional = json.dumps({"data": {"epochs": [{"epochId": 1, "channel": "node_operator",
                                                  "start": "2023-12-20T00:00:00Z", "end": "2023-12-27T00:00:00Z",
                                                  "amountDue": 1.5, "metadataBySolKey": {}}]}})
    with pytest.raises(SourceDataError, match="amountDue.*not an integer"):
        parse_liability_epochs(fractional)
