"""Render Foundation stats."""

from ... import ingest
from . import raw_asset

render_epoch_burns = raw_asset(
    "render_epoch_burns", ingest.ingest_render_epoch_burns,
    "Weekly RENDER burns per BME epoch (Render Foundation stats), one snapshot per pull.")

render_liability_epochs = raw_asset(
    "render_liability_epochs", ingest.ingest_render_liability_epochs,
    "RENDER emissions owed per channel and epoch (Render Foundation stats), one snapshot per pull.")
