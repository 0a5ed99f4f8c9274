"""Where things live. Read from the environment when called, never at import time."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DBT_PROJECT_DIR = PROJECT_ROOT / "dbt_project"
SEEDS_DIR = DBT_PROJECT_DIR / "seeds"
DAGSTER_INSTANCE_CONFIG = PROJECT_ROOT / "deploy" / "dagster.yaml"


@dataclass(frozen=True)
class Paths:
    data_dir: Path

    @property
    def warehouse(self) -> Path:
        return self.data_dir / "warehouse.duckdb"

    @property
    def landing(self) -> Path:
        return self.data_dir / "landing"

    @property
    def sample_recordings(self) -> Path:
        return self.data_dir / "sample_recordings"


def data_dir() -> Path:
    return Path(os.environ.get("DEPIN_DATA_DIR", PROJECT_ROOT / "data")).resolve()


def paths() -> Paths:
    return Paths(data_dir())


def real_data_dir() -> Path:
    """Real third-party data (read only, never copied into the repository)."""
    default = PROJECT_ROOT.parent / "shared" / "data" / "real"
    return Path(os.environ.get("DEPIN_REAL_DATA_DIR", default)).resolve()


def prepare_dagster_home(home: Path) -> Path:
    """A Dagster home with this project's instance settings (run retries, the one-writer pool)."""
    import shutil

    home.mkdir(parents=True, exist_ok=True)
    if not (home / "dagster.yaml").exists():
        shutil.copyfile(DAGSTER_INSTANCE_CONFIG, home / "dagster.yaml")
    return home
