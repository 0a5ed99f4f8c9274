"""Landing zone: every response body kept unchanged, beside the request that produced it."""

from __future__ import annotations

import json
import os
from pathlib import Path

from .http_layer.client import Response


def land(root: Path, partition: str, endpoint: str, response: Response) -> Path:
    """Write ``<root>/<source>/<partition>/<endpoint>__<sha12>.json`` (+ ``.meta.json``) atomically.

    Bodies are content-addressed, so landing the same body twice is a no-op. The meta holds the
    redacted URL and params only: keys travel in headers or are redacted before they get here.
    """
    folder = root / response.source / partition.replace("/", "_")
    folder.mkdir(parents=True, exist_ok=True)
    body_path = folder / f"{endpoint}__{response.body_sha256[:12]}.json"
    meta = {
        "source": response.source,
        "endpoint": endpoint,
        "partition": partition,
        "method": response.method,
        "url": response.url,
        "params": response.params,
        "http_status": response.status,
        "retrieved_at": response.retrieved_at.isoformat(),
        "body_sha256": response.body_sha256,
        "is_sample_data": response.is_sample,
    }
    _write_atomic(body_path, response.body)
    _write_atomic(body_path.with_suffix(".meta.json"), (json.dumps(meta, indent=2) + "\n").encode())
    return body_path


def _write_atomic(path: Path, content: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(content)
    os.replace(tmp, path)
