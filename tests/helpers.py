"""Helpers for tests: recordings that point at real files, and real dbt/Dagster CLI runs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pipelines.settings import DBT_PROJECT_DIR, PROJECT_ROOT, prepare_dagster_home

BIN = Path(sys.executable).parent


def write_meta(root: Path, name: str, url: str, body_file: Path, params: dict | None = None,
               status: int = 200) -> None:
    """A recording whose body is a file elsewhere (real data is referenced, never copied)."""
    meta = {"request": {"method": "GET", "url": url, "params": params or {}},
            "response": {"status": status, "body_file": str(body_file)}}
    path = root / f"{name}.meta.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(meta))


def run_dbt(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "DEPIN_DATA_DIR": str(data_dir)}
    result = subprocess.run([str(BIN / "dbt"), *args, "--profiles-dir", "."], cwd=DBT_PROJECT_DIR,
                            env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise AssertionError(f"dbt {' '.join(args)} failed:\n{result.stdout[-4000:]}\n{result.stderr[-2000:]}")
    return result


def run_dagster(data_dir: Path, dagster_home: Path, *args: str, env_extra: dict | None = None,
                check: bool = True) -> subprocess.CompletedProcess:
    prepare_dagster_home(dagster_home)
    env = {**os.environ, "DEPIN_DATA_DIR": str(data_dir), "DAGSTER_HOME": str(dagster_home),
           "DEPIN_MODE": "replay", **(env_extra or {})}
    result = subprocess.run([str(BIN / "dagster"), *args], cwd=PROJECT_ROOT, env=env,
                            capture_output=True, text=True)
    if check and result.returncode != 0:
        raise AssertionError(f"dagster {' '.join(args)} failed:\n{result.stdout[-6000:]}\n{result.stderr[-6000:]}")
    return result


def by_day(con, sql: str) -> dict:
    """{first column: the rest (or the single second column)} of a query's rows."""
    return {row[0]: row[1:] if len(row) > 2 else row[1] for row in con.execute(sql).fetchall()}
