"""Helium Entity API hotspot counts (SOURCES.md §6 H3): ``totalItems`` per subnetwork, snapshotted
daily. These are *registered* hotspots; the API's active flag is deprecated (always false), so the
count is only a proxy for active capacity."""

from __future__ import annotations

import json

import pandas as pd

from ..http_layer.client import ApiRequest, SourcePolicy
from .errors import SourceDataError

SOURCE = "helium_entity_api"
BASE = "https://entities.nft.helium.io/v2"
POLICY = SourcePolicy(SOURCE, requests_per_second=1.0, concurrency=1)  # light use, no SLA
SUBNETWORKS = ("iot", "mobile")
FIELDS = {"pageSize": "page_size", "totalItems": "total_items", "totalPages": "total_pages"}


def pagination_metadata_request(subnetwork: str) -> ApiRequest:
    return ApiRequest(url=f"{BASE}/hotspots/pagination-metadata", params={"subnetwork": subnetwork})


def parse_pagination_metadata(body: bytes | str, subnetwork: str) -> pd.DataFrame:
    """``{"pageSize":…,"totalItems":…,"totalPages":…}`` → one row for the subnetwork."""
    try:
        payload = json.loads(body)
    except json.JSONDecodeError as exc:
        raise SourceDataError(SOURCE, f"{subnetwork}: body is not JSON ({exc})") from exc
    if not isinstance(payload, dict):
        raise SourceDataError(SOURCE, f"{subnetwork}: expected an object")
    for field in FIELDS:
        value = payload.get(field)
        if isinstance(value, bool) or not isinstance(value, int):
            raise SourceDataError(SOURCE, f"{subnetwork}: expected an integer, got {value!r}", column=field)
    return pd.DataFrame({"subnetwork": [subnetwork],
                         **{column: pd.array([payload[field]], dtype="Int64") for field, column in FIELDS.items()}})
