"""The recordings format: one response per pair of files, easy to write by hand.

    <dir>/<any/sub/folders>/<name>.meta.json   request to match and response to serve
    <dir>/<any/sub/folders>/<name>.json         the body, byte for byte (``body_file`` in the meta)

A request matches a recording on method, URL without query, and its query parameters (order
does not matter); a POST also matches on its JSON body. See README "Recordings".
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit, urlunsplit

META_SUFFIX = ".meta.json"


def canonical_key(method: str, url: str, params: dict | None = None, json_body=None) -> str:
    """One string per distinct request: METHOD url?sorted-params [json]."""
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    query.update({k: str(v) for k, v in (params or {}).items()})
    base = urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
    key = f"{method.upper()} {base}"
    if query:
        key += "?" + "&".join(f"{k}={query[k]}" for k in sorted(query))
    if json_body is not None:
        key += " " + json.dumps(json_body, sort_keys=True, separators=(",", ":"))
    return key


@dataclass(frozen=True)
class Recording:
    method: str
    url: str
    params: dict
    status: int
    body_path: Path
    headers: dict = field(default_factory=dict)
    json_body: object = None
    is_sample: bool = False

    @property
    def key(self) -> str:
        return canonical_key(self.method, self.url, self.params, self.json_body)


def load_recording(meta_path: Path) -> Recording:
    meta = json.loads(meta_path.read_text())
    request, response = meta["request"], meta["response"]
    body_path = Path(response["body_file"])
    if not body_path.is_absolute():
        body_path = meta_path.parent / body_path
    return Recording(
        method=request.get("method", "GET"),
        url=request["url"],
        params=request.get("params", {}),
        json_body=request.get("json"),
        status=int(response.get("status", 200)),
        headers=response.get("headers", {"content-type": "application/json"}),
        body_path=body_path,
        is_sample=bool(meta.get("sample", False)),
    )


def load_recordings(root: Path) -> dict[str, Recording]:
    recordings: dict[str, Recording] = {}
    for meta_path in sorted(Path(root).rglob(f"*{META_SUFFIX}")):
        recording = load_recording(meta_path)
        if recording.key in recordings:
            raise ValueError(f"two recordings answer {recording.key}: {meta_path}")
        recordings[recording.key] = recording
    return recordings


def write_recording(
    root: Path,
    name: str,
    *,
    method: str,
    url: str,
    params: dict | None,
    body: bytes,
    status: int = 200,
    json_body=None,
    sample: bool = False,
    note: str = "",
) -> Path:
    """Write ``<root>/<name>.json`` and its meta file; returns the meta path."""
    body_path = Path(root) / f"{name}.json"
    body_path.parent.mkdir(parents=True, exist_ok=True)
    body_path.write_bytes(body)
    request = {"method": method, "url": url, "params": params or {}}
    if json_body is not None:
        request["json"] = json_body
    meta = {
        "request": request,
        "response": {"status": status, "headers": {"content-type": "application/json"},
                     "body_file": body_path.name},
        "sample": sample,
        "note": note,
    }
    meta_path = body_path.with_name(body_path.stem + META_SUFFIX)
    meta_path.write_text(json.dumps(meta, indent=2) + "\n")
    return meta_path
