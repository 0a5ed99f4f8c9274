"""JSON-RPC 2.0 over HTTP POST, shared by the Solana and Lotus sources: the request envelope and the
response envelope (not JSON, or an ``error`` member → ``SourceDataError``)."""

from __future__ import annotations

import json
from urllib.parse import urlsplit

from ..http_layer.client import ApiRequest
from .errors import SourceDataError


def rpc_request(url: str, method: str, params: list) -> ApiRequest:
    # An endpoint with no path gets "/" (before any query, where providers put keys): the same
    # endpoint live, and the form the replay server keys on.
    if not urlsplit(url).path:
        url = url.replace("?", "/?", 1) if "?" in url else url + "/"
    return ApiRequest(url=url, method="POST",
                      json_body={"jsonrpc": "2.0", "id": 1, "method": method, "params": params})


def rpc_result(body: bytes | str, source: str, what: str):
    """The ``result`` member of a response body; errors name the source and the call."""
    try:
        payload = json.loads(body)
    except json.JSONDecodeError as exc:
        raise SourceDataError(source, f"{what}: body is not JSON ({exc})") from exc
    if isinstance(payload, dict) and payload.get("error") is not None:
        error = payload["error"] or {}
        raise SourceDataError(source, f"{what}: RPC error {error.get('code')}: {error.get('message')}",
                              column="error")
    return payload.get("result") if isinstance(payload, dict) else None
