"""Resources: the HTTP layer in its mode, and the warehouse file. Settings resolve at run time."""


import os
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


class WarehouseResource(dg.ConfigurableResource):
    """The pipeline's own DuckDB file and landing zone under DEPIN_DATA_DIR."""

    data_dir: str | None = None

    def _paths(self):
        return paths() if self.data_dir is None else type(paths())(Path(self.data_dir))

    @property
    def landing_dir(self) -> Path:
        return self._paths().landing

    @contextmanager
    def connect(self, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        path = self._paths().warehouse
        path.parent.mkdir(parents=True, exist_ok=True)
        con = duckdb.connect(str(path), read_only=read_only)
        try:
            yield con
        finally:
            con.close()
