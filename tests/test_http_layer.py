"""The HTTP layer over real loopback HTTP: replay, misses, retries, Retry-After, redaction, record."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from pipelines.http_layer.client import HttpClient, ReplayMiss, SourceError, SourcePolicy, retry_after_seconds
from pipelines.http_layer.recordings import canonical_key, load_recordings, write_recording
from pipelines.http_layer.replay_server import serve_recordings

POLICY = SourcePolicy("test_source", requests_per_second=1000, concurrency=2, timeout_s=5,
                      max_attempts=3, backoff_base_s=0.01)


class ScriptedUpstream:
    """A loopback 'upstream' answering each request with the next (status, headers, body)."""

    def __init__(self, script):
        self.script, self.seen = list(script), []
        upstream = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                upstream.seen.append((self.path, dict(self.headers)))
                status, headers, body = upstream.script.pop(0) if upstream.script else (200, {}, b"{}")
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *a):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def upstream_factory():
    made = []

    def make(script):
        made.append(ScriptedUpstream(script))
        return made[-1]

    yield make
    for upstream in made:
        upstream.close()


def test_replay_serves_recording_over_loopback_and_names_a_miss(tmp_path):
    write_recording(tmp_path, "api/thing", method="GET", url="https://api.example.com/v1/thing",
                    params={"b": "2", "a": "1"}, body=b'{"ok": true}', sample=True)
    with serve_recordings(tmp_path) as url, HttpClient("replay", replay_url=url) as client:
        response = client.request(POLICY, "https://api.example.com/v1/thing", params={"a": "1", "b": "2"})
        assert response.status == 200 and json.loads(response.body) == {"ok": True}
        assert response.url == "https://api.example.com/v1/thing"  # upstream form, not loopback
        assert response.is_sample is True
        with pytest.raises(ReplayMiss, match=r"test_source.*GET https://api.example.com/v1/thing.*'a': '9'"):
            client.request(POLICY, "https://api.example.com/v1/thing", params={"a": "9", "b": "2"})


def test_recordings_key_ignores_param_order_and_rejects_duplicates(tmp_path):
    assert canonical_key("get", "https://h/p?b=2", {"a": 1}) == canonical_key("GET", "https://h/p", {"b": "2", "a": "1"})
    write_recording(tmp_path, "one", method="GET", url="https://h/p", params={"a": "1"}, body=b"1")
    write_recording(tmp_path, "two", method="GET", url="https://h/p", params={"a": "1"}, body=b"2")
    with pytest.raises(ValueError, match="two recordings answer"):
        load_recordings(tmp_path)


def test_429_is_retried_after_the_retry_after_delay(upstream_factory):
    upstream = upstream_factory([(429, {"Retry-After": "7"}, b"slow down"), (200, {}, b'{"n": 1}')])
    slept = []
    with HttpClient("live", sleep=slept.append) as client:
        response = client.request(POLICY, f"{upstream.url}/x")
    assert json.loads(response.body) == {"n": 1}
    assert slept == [7.0] and len(upstream.seen) == 2


def test_5xx_backs_off_exponentially_then_fails_naming_the_request(upstream_factory):
    upstream = upstream_factory([(503, {}, b"down")] * 3)
    slept = []
    with HttpClient("live", sleep=slept.append) as client, pytest.raises(SourceError) as failure:
        client.request(POLICY, f"{upstream.url}/y", params={"day": "2025-01-01"})
    assert slept == [0.01, 0.02]
    assert "test_source" in str(failure.value) and "/y" in str(failure.value) and "HTTP 503" in str(failure.value)


def test_4xx_other_than_429_is_not_retried(upstream_factory):
    upstream = upstream_factory([(404, {}, b"no such coin")])
    with HttpClient("live", sleep=lambda s: None) as client, pytest.raises(SourceError, match="HTTP 404"):
        client.request(POLICY, f"{upstream.url}/z")
    assert len(upstream.seen) == 1


def test_timeouts_are_retried(upstream_factory):
    policy = SourcePolicy("slow", timeout_s=0.2, max_attempts=2, backoff_base_s=0.0)
    # Nothing listens on this port once the server is closed: a transport error each time.
    upstream = upstream_factory([])
    url = upstream.url
    upstream.close()
    with HttpClient("live", sleep=lambda s: None) as client, pytest.raises(SourceError, match="after 2 attempt"):
        client.request(policy, f"{url}/gone")


def test_secrets_never_reach_errors_recordings_or_logs(upstream_factory, tmp_path, caplog):
    secret = "cg-SECRET-123456"
    upstream = upstream_factory([(500, {}, f"bad key {secret}".encode())] * 2 + [(200, {}, b"{}")])
    caplog.set_level("DEBUG")
    with HttpClient("record", record_dir=tmp_path, secrets=[secret], sleep=lambda s: None) as client:
        response = client.request(POLICY, f"{upstream.url}/p", params={"api_key": secret, "q": "1"},
                                  headers={"x-cg-demo-api-key": secret}, record_name="rec/p")
    assert response.params == {"api_key": "***", "q": "1"}
    assert secret not in caplog.text and "***" in caplog.text
    assert all(secret not in p.read_text() for p in tmp_path.rglob("*.json"))
    assert upstream.seen[-1][1]["x-cg-demo-api-key"] == secret  # the key did go upstream


def test_record_mode_writes_a_recording_that_replay_serves(upstream_factory, tmp_path):
    upstream = upstream_factory([(200, {}, b'{"prices": []}')])
    with HttpClient("record", record_dir=tmp_path) as client:
        client.request(POLICY, f"{upstream.url}/coins", params={"days": "3"}, record_name="cg/coins")
    recordings = load_recordings(tmp_path)
    assert list(recordings) == [f"GET {upstream.url}/coins?days=3"]


def test_retry_after_parses_seconds_and_http_dates():
    assert retry_after_seconds("12") == 12.0
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:10 GMT", now=1445412480.0) == 10.0
    assert retry_after_seconds(None) is None and retry_after_seconds("soon") is None


def test_per_source_concurrency_and_rate_limits_hold(upstream_factory):
    """Eight calls from eight threads: never more than `concurrency` in flight, starts spaced."""
    import time
    from concurrent.futures import ThreadPoolExecutor

    in_flight, peak, starts, lock = [0], [0], [], threading.Lock()

    class Slow(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            with lock:
                in_flight[0] += 1
                peak[0] = max(peak[0], in_flight[0])
                starts.append(time.monotonic())
            time.sleep(0.05)
            with lock:
                in_flight[0] -= 1
            self.send_response(200)
            self.send_header("content-length", "2")
            self.end_headers()
            self.wfile.write(b"{}")

        def log_message(self, *a):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Slow)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    policy = SourcePolicy("limited", requests_per_second=50, concurrency=2)
    try:
        with HttpClient("live") as client, ThreadPoolExecutor(8) as pool:
            list(pool.map(lambda i: client.request(policy, f"http://127.0.0.1:{server.server_address[1]}/{i}"),
                          range(8)))
    finally:
        server.shutdown()
        server.server_close()
    gaps = [b - a for a, b in zip(sorted(starts), sorted(starts)[1:])]
    assert peak[0] <= 2 and len(starts) == 8
    assert min(gaps) >= 1 / 50 - 0.005  # request starts at least 20 ms apart
