"""Render Foundation stats: whole-history files, one snapshot per pull."""

from __future__ import annotations

from pathlib import Path

from ..schemas.raw.render_foundation import RenderEpochBurnsRaw, RenderLiabilityEpochsRaw
from ..sources import render_foundation
from .core import LoadResult, Window, ingest_snapshot


def ingest_render_epoch_burns(client, con, landing_root: Path, window: Window) -> LoadResult:
    return ingest_snapshot(
        client, con, landing_root, window, policy=render_foundation.POLICY,
        request=render_foundation.epoch_burns_request(), endpoint="epoch-burn-stats",
        parse=render_foundation.parse_epoch_burns, model=RenderEpochBurnsRaw,
        table="raw.render_epoch_burns", keys=("epoch_id",))


def ingest_render_liability_epochs(client, con, landing_root: Path, window: Window) -> LoadResult:
    return ingest_snapshot(
        client, con, landing_root, window, policy=render_foundation.POLICY,
        request=render_foundation.liability_epochs_request(), endpoint="liability-epochs",
        parse=render_foundation.parse_liability_epochs, model=RenderLiabilityEpochsRaw,
        table="raw.render_liability_epochs", keys=("channel", "epoch_id"))
