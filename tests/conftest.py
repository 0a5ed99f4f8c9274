"""Shared fixtures: the real data folder (required, never skipped), recordings, dbt runs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pipelines.settings import DBT_PROJECT_DIR, real_data_dir

from .helpers import BIN


@pytest.fixture(scope="session")
def real_data() -> Path:
    """``../shared/data/real`` (or DEPIN_REAL_DATA_DIR). Missing is a failure, not a skip."""
    root = real_data_dir()
    if not (root / "compute" / "render_foundation_stats").is_dir():
        pytest.fail(f"real data not found at {root}: set DEPIN_REAL_DATA_DIR or place ../shared beside the repo")
    return root


@pytest.fixture(scope="session", autouse=True)
def dbt_manifest() -> Path:
    """dagster-dbt needs target/manifest.json before the code location loads."""
    manifest = DBT_PROJECT_DIR / "target" / "manifest.json"
    subprocess.run([str(BIN / "dbt"), "parse", "--profiles-dir", ".", "--quiet"],
                   cwd=DBT_PROJECT_DIR, check=True)
    return manifest


