"""A loopback HTTP server that answers requests from a recordings directory.

The client rewrites ``https://host/path?q`` to ``http://127.0.0.1:<port>/host/path?q`` so replay
runs the same code path as live, over real HTTP. A request with no recording gets a 404 whose
body names it; the client turns that into :class:`ReplayMiss`.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from .recordings import Recording, canonical_key, load_recordings

MISS_HEADER = "X-Replay-Miss"
SAMPLE_HEADER = "X-Depin-Sample-Data"


def upstream_url(replay_path: str) -> str:
    """``/host/path?q`` → ``https://host/path?q``."""
    parts = urlsplit(replay_path)
    host, _, path = parts.path.lstrip("/").partition("/")
    url = f"https://{host}/{path}"
    return f"{url}?{parts.query}" if parts.query else url


class _Handler(BaseHTTPRequestHandler):
    server: "ReplayServer"

    def _answer(self, method: str) -> None:
        length = int(self.headers.get("content-length") or 0)
        raw = self.rfile.read(length) if length else b""
        json_body = json.loads(raw) if raw else None
        key = canonical_key(method, upstream_url(self.path), None, json_body)
        recording = self.server.recordings.get(key)
        if recording is None:
            body = json.dumps({"replay_miss": key}).encode()
            self.send_response(404)
            self.send_header(MISS_HEADER, "1")
        else:
            body = recording.body_path.read_bytes()
            self.send_response(recording.status)
            for name, value in recording.headers.items():
                self.send_header(name, value)
            if recording.is_sample:
                self.send_header(SAMPLE_HEADER, "true")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 (http.server naming)
        self._answer("GET")

    def do_POST(self) -> None:  # noqa: N802
        self._answer("POST")

    def log_message(self, *args) -> None:  # keep test output quiet
        pass


class ReplayServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, recordings: dict[str, Recording]):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.recordings = recordings

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class serve_recordings:  # noqa: N801 (used as a context manager)
    """``with serve_recordings(dir) as url:`` runs a replay server on loopback."""

    def __init__(self, root: Path):
        self.server = ReplayServer(load_recordings(root))

    def __enter__(self) -> str:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self.server.url

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
