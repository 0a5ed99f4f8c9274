"""Resources: the HTTP layer in its mode, and the warehouse file. Settings resolve at run time."""


import os
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import dagster as dg
import duckdb
from pydantic import PrivateAttr

from ..http_layer.client import HttpClient
from ..http_layer.replay_server import serve_recordings
from ..settings import paths

# Values of these variables are secrets (keys, or RPC URLs that embed one): always redacted.
SECRET_ENV_VARS = ("COINGECKO_API_KEY", "DEFILLAMA_API_KEY", "SPACESCOPE_API_KEY", "DUNE_API_KEY",
                   "TAOSTATS_API_KEY", "IONET_API_TOKEN", "SOLANA_RPC_URL", "AKASH_LCD_URL",
                   "FILECOIN_RPC_URL", "ARWEAVE_GATEWAY_URL")


class HttpResource(dg.ConfigurableResource):
    """``live``, ``replay`` (default; a loopback server over DEPIN_RECORDINGS_DIR) or ``record``."""

    mode: str | None = None
    recordings_dir: str | None = None
    replay_url: str | None = None
    _server: serve_recordings | None = PrivateAttr(default=None)
    _url: str | None = PrivateAttr(default=None)

    def resolved_mode(self) -> str:
        return self.mode or os.environ.get("DEPIN_MODE", "replay")

    def resolved_recordings(self) -> Path:
        configured = self.recordings_dir or os.environ.get("DEPIN_RECORDINGS_DIR")
        return Path(configured) if configured else paths().sample_recordings

    def setup_for_execution(self, context: dg.InitResourceContext) -> None:
        self._url = self.replay_url or os.environ.get("DEPIN_REPLAY_URL")
        if self.resolved_mode() == "replay" and not self._url:
            self._server = serve_recordings(self.resolved_recordings())
            self._url = self._server.__enter__()

    def teardown_after_execution(self, context: dg.InitResourceContext) -> None:
        if self._server is not None:
            self._server.__exit__(None, None, None)
            self._server = None

    @contextmanager
    def client(self) -> Iterator[HttpClient]:
        secrets = [os.environ[name] for name in SECRET_ENV_VARS if os.environ.get(name)]
        with HttpClient(self.resolved_mode(), replay_url=self._url,
                        record_dir=self.resolved_recordings(), secrets=secrets) as client:
            yield client


def connect_waiting_for_lock(path: Path, read_only: bool, timeout_s: float) -> duckdb.DuckDBPyConnection:
    deadline, delay = time.monotonic() + timeout_s, 0.2
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.IOException as error:
            if "lock" not in str(error).lower() or time.monotonic() + delay > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 10.0)


class WarehouseResource(dg.ConfigurableResource):
    """The pipeline's own DuckDB file and landing zone under DEPIN_DATA_DIR.

    DuckDB allows one writer per file: a step that finds the file locked (another run is loading)
    waits for it, up to ``lock_timeout_s``, instead of failing; dbt does the same (profiles.yml
    ``retries``). Analysts read serving.duckdb and the Parquet exports, never this file."""

    data_dir: str | None = None
    lock_timeout_s: float = 900.0

    def _paths(self):
        return paths() if self.data_dir is None else type(paths())(Path(self.data_dir))

    @property
    def landing_dir(self) -> Path:
        return self._paths().landing

    @property
    def data_path(self) -> Path:
        return self._paths().data_dir

    @property
    def path(self) -> Path:
        return self._paths().warehouse

    @contextmanager
    def connect(self, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        path = self._paths().warehouse
        path.parent.mkdir(parents=True, exist_ok=True)
        con = connect_waiting_for_lock(path, read_only, self.lock_timeout_s)
        try:
            yield con
        finally:
            con.close()
