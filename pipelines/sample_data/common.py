"""Shared pieces of the sample generator: a fixed seed, timestamps, and the recording writer."""

from __future__ import annotations

from datetime import date, datetime, time, timezone
from pathlib import Path

from ..http_layer.client import ApiRequest
from ..http_layer.recordings import write_recording

SEED = 7
NOTE = "SAMPLE DATA made by pipelines.sample_data (deterministic, invented values)"


def iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def midnight(day: date) -> datetime:
    return datetime.combine(day, time(), tzinfo=timezone.utc)


def midnight_ms(day: date) -> int:
    return int(midnight(day).timestamp() * 1000)


def record(root: Path, name: str, request: ApiRequest, body: bytes, status: int = 200) -> None:
    """A sample recording answering ``request`` (marked sample: it propagates to every table)."""
    write_recording(root, name, method=request.method, url=request.url, params=request.params,
                    json_body=request.json_body, body=body, status=status, sample=True, note=NOTE)
