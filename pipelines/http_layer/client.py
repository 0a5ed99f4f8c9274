"""The one HTTP path of the pipeline: httpx with timeouts, retries, rate limits and redaction.

Modes (DESIGN.md): ``live`` calls upstream; ``replay`` sends the same requests to a loopback
replay server; ``record`` calls upstream and saves each response in the recordings format.
"""

from __future__ import annotations

import email.utils
import hashlib
import logging
import re
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from .recordings import write_recording
from .replay_server import MISS_HEADER, SAMPLE_HEADER

log = logging.getLogger(__name__)
RETRY_STATUSES = {429, 500, 502, 503, 504}
MODES = ("live", "replay", "record")


class SourceError(RuntimeError):
    """A request that failed for good; the message names source, request and cause."""


class ReplayMiss(SourceError):
    pass


@dataclass(frozen=True)
class SourcePolicy:
    """How politely to call one upstream API."""

    name: str
    requests_per_second: float = 5.0
    concurrency: int = 2
    timeout_s: float = 30.0
    max_attempts: int = 5
    backoff_base_s: float = 0.5
    backoff_max_s: float = 60.0


@dataclass(frozen=True)
class ApiRequest:
    """What a source module asks for; the client decides where it really goes."""

    url: str
    params: dict = field(default_factory=dict)
    headers: dict = field(default_factory=dict)
    method: str = "GET"
    json_body: object = None
    accept_statuses: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Response:
    source: str
    method: str
    url: str  # redacted, upstream form (never the loopback address)
    params: dict  # redacted
    status: int
    body: bytes
    retrieved_at: datetime
    is_sample: bool = False

    @property
    def body_sha256(self) -> str:
        return hashlib.sha256(self.body).hexdigest()


@dataclass
class _Gate:
    """Per-source concurrency (semaphore) and a minimum spacing between request starts."""

    policy: SourcePolicy
    lock: threading.Lock = field(default_factory=threading.Lock)
    next_start: float = 0.0

    def __post_init__(self) -> None:
        self.slots = threading.BoundedSemaphore(self.policy.concurrency)

    def wait_turn(self, spaced: bool) -> None:
        if not spaced:  # a replay server has no rate limit to respect
            return
        with self.lock:
            now = time.monotonic()
            start = max(now, self.next_start)
            self.next_start = start + 1.0 / self.policy.requests_per_second
        time.sleep(max(0.0, start - now))


class Redactor:
    """Replaces every secret value (and ``key=value`` query secrets) in text with ***."""

    def __init__(self, secrets: list[str] | None = None):
        self.secrets = [s for s in (secrets or []) if s and len(s) >= 4]

    def __call__(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "***")
        return re.sub(r"((?:api[_-]?key|token|secret)=)[^&\s\"']+", r"\1***", text, flags=re.I)

    def params(self, params: dict | None) -> dict:
        return {k: self(str(v)) for k, v in (params or {}).items()}


class _RedactLogs(logging.Filter):
    """httpx and httpcore log full URLs: rewrite their records through every active redactor."""

    redactors: list[Redactor] = []

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        for redact in self.redactors:
            message = redact(message)
        record.msg, record.args = message, None
        return True


_LOG_FILTER = _RedactLogs()
for _name in ("httpx", "httpcore", "httpcore.connection", "httpcore.http11", "httpcore.http2", "httpcore.proxy"):
    logging.getLogger(_name).addFilter(_LOG_FILTER)


def retry_after_seconds(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (now if now is not None else time.time()))


class HttpClient:
    def __init__(
        self,
        mode: str = "live",
        *,
        replay_url: str | None = None,
        record_dir: Path | None = None,
        secrets: list[str] | None = None,
        sleep=time.sleep,
    ):
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}, got {mode!r}")
        if mode == "replay" and not replay_url:
            raise ValueError("replay mode needs the replay server's URL")
        if mode == "record" and not record_dir:
            raise ValueError("record mode needs a recordings directory")
        self.mode, self.replay_url, self.record_dir = mode, replay_url, record_dir
        self.redact = Redactor(secrets)
        _RedactLogs.redactors.append(self.redact)
        self._sleep = sleep
        self._gates: dict[str, _Gate] = {}
        self._gates_lock = threading.Lock()
        self._http = httpx.Client(follow_redirects=True)

    def close(self) -> None:
        self._http.close()
        if self.redact in _RedactLogs.redactors:
            _RedactLogs.redactors.remove(self.redact)

    def __enter__(self) -> "HttpClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _gate(self, policy: SourcePolicy) -> _Gate:
        with self._gates_lock:
            return self._gates.setdefault(policy.name, _Gate(policy))

    def _target(self, url: str) -> str:
        if self.mode != "replay":
            return url
        parts = urlsplit(url)
        target = f"{self.replay_url}/{parts.netloc}{parts.path}"
        return f"{target}?{parts.query}" if parts.query else target

    def request(
        self,
        policy: SourcePolicy,
        url: str,
        *,
        method: str = "GET",
        params: dict | None = None,
        headers: dict | None = None,
        json_body=None,
        record_name: str | None = None,
        accept_statuses: frozenset[int] = frozenset(),
    ) -> Response:
        """Send one request with retries; raise :class:`SourceError` when it cannot succeed.

        ``accept_statuses`` are error statuses that carry meaning for the source (DefiLlama's 400
        "not found" = series not published) and are returned, not raised.
        """
        gate = self._gate(policy)
        shown = f"{method} {self.redact(url)} params={self.redact.params(params)}"
        last_problem = ""
        for attempt in range(1, policy.max_attempts + 1):
            wait = None
            with gate.slots:
                gate.wait_turn(spaced=self.mode != "replay")
                try:
                    reply = self._http.request(
                        method, self._target(url), params=params, headers=headers,
                        json=json_body, timeout=policy.timeout_s,
                    )
                except httpx.TransportError as exc:
                    last_problem = f"{type(exc).__name__}: {self.redact(str(exc))}"
                else:
                    if reply.headers.get(MISS_HEADER):
                        raise ReplayMiss(f"[{policy.name}] no recording answers {shown}")
                    if reply.status_code < 400 or reply.status_code in accept_statuses:
                        log.info("[%s] %s -> %s (attempt %d)", policy.name, shown,
                                 reply.status_code, attempt)
                        response = Response(
                            source=policy.name, method=method, url=self.redact(url),
                            params=self.redact.params(params), status=reply.status_code,
                            body=reply.content, retrieved_at=datetime.now(timezone.utc),
                            is_sample=reply.headers.get(SAMPLE_HEADER) == "true",
                        )
                        if self.mode == "record":
                            self._record(response, json_body, record_name)
                        return response
                    last_problem = f"HTTP {reply.status_code}: {self.redact(reply.text[:300])}"
                    if reply.status_code not in RETRY_STATUSES:
                        break
                    wait = retry_after_seconds(reply.headers.get("retry-after"))
            if attempt < policy.max_attempts:
                backoff = policy.backoff_base_s * 2 ** (attempt - 1)
                delay = min(policy.backoff_max_s, wait if wait is not None else backoff)
                log.warning("[%s] %s failed (%s); retry %d in %.1fs", policy.name, shown,
                            last_problem, attempt, delay)
                self._sleep(delay)
        raise SourceError(f"[{policy.name}] {shown} failed after {attempt} attempt(s): {last_problem}")

    def _record(self, response: Response, json_body, name: str | None) -> None:
        name = name or f"{response.source}/{response.body_sha256[:16]}"
        write_recording(self.record_dir, name, method=response.method, url=response.url,
                        params=response.params, body=response.body, status=response.status,
                        json_body=json_body, note=f"recorded {response.retrieved_at.isoformat()}")
