"""The blocking upstream-lag check, run by Dagster in process on a real DuckDB over loopback replay:
a source that stopped updating fails its raw asset's check (which blocks everything downstream)."""

from __future__ import annotations

from datetime import date

import dagster as dg
import pytest

from pipelines.defs.freshness import upstream_lag_checks
from pipelines.defs.raw.render import render_epoch_burns
from pipelines.defs.resources import HttpResource, WarehouseResource
from pipelines.sample_data import render_foundation

LAG_CHECK = dg.AssetCheckKey(dg.AssetKey(["raw", "render_epoch_burns"]), "upstream_data_is_fresh")


def _run(tmp_path, recordings_until: date):
    render_foundation.write(tmp_path / "rec", date(2025, 9, 1), recordings_until)
    check = next(c for c in upstream_lag_checks() if LAG_CHECK in c.check_keys)
    result = dg.materialize(
        [render_epoch_burns, check], partition_key="2025-09-30", raise_on_error=False,
        resources={"http": HttpResource(mode="replay", recordings_dir=str(tmp_path / "rec")),
                   "warehouse": WarehouseResource(data_dir=str(tmp_path))})
    return next(e for e in result.get_asset_check_evaluations() if e.asset_check_key == LAG_CHECK)


def test_current_epochs_pass(tmp_path):
    evaluation = _run(tmp_path, date(2025, 10, 1))
    assert evaluation.passed and evaluation.metadata["lag_days"].value <= 8


def test_a_source_that_stopped_updating_fails_the_blocking_check(tmp_path):
    evaluation = _run(tmp_path, date(2025, 9, 1))  # the Foundation's file stopped at the 2025-08-27 epoch
    assert not evaluation.passed
    assert evaluation.metadata["lag_days"].value == (date(2025, 9, 30) - date(2025, 8, 27)).days
    assert "raw.render_epoch_burns: newest data 2025-08-27 is 34 day(s) older than the pull of 2025-09-30" \
        in evaluation.description
    assert dg.AssetCheckSeverity.ERROR == evaluation.severity
