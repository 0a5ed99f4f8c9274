"""The demo: sample recordings → replay → every asset materialized by Dagster → a short table.

    python -m pipelines.demo            (``make demo`` installs first, then runs this)
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import duckdb

from .sample_data import DEMO_END, DEMO_START, write_sample_recordings
from .settings import PROJECT_ROOT, paths, prepare_dagster_home

SUMMARY_SQL = """
with latest as (
    select network_id, max(date) as last_day from marts.network_metrics_daily group by network_id
)
select
    m.network_id as network,
    min(m.date) || ' → ' || max(m.date) as days,
    round(sum(m.real_revenue_usd), 0) as real_revenue_usd,
    round(sum(m.emissions_usd), 0) as emissions_usd,
    round(max(m.ps_fdv) filter (where m.date = latest.last_day), 1) as ps_fdv_last_day,
    coalesce(max(m.revenue_null_reason), '') as revenue_note,
    bool_or(m.is_sample_data) as sample
from marts.network_metrics_daily as m
join latest using (network_id)
group by m.network_id
order by real_revenue_usd desc nulls last, network
"""


def materialize_all(partition_range: str, env: dict, log_path: Path) -> None:
    """One Dagster run over the range; its event log goes to a file, its failure to the screen."""
    dagster = Path(sys.executable).parent / "dagster"
    command = [str(dagster), "asset", "materialize", "-m", "pipelines.definitions",
               "--select", "*", "--partition-range", partition_range]
    with open(log_path, "w") as log:
        result = subprocess.run(command, cwd=PROJECT_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    if result.returncode != 0:
        tail = log_path.read_text().splitlines()[-60:]
        sys.exit("\n".join(tail) + f"\n\nthe Dagster run failed; full log: {log_path}")
    print(f"Dagster run succeeded; event log: {log_path}")


def print_summary(warehouse: Path) -> None:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        frame = con.execute(SUMMARY_SQL).df()
    if frame["sample"].any():
        print("\n*** SAMPLE DATA — invented by pipelines.sample_data, not real network figures ***")
    print(frame.drop(columns="sample").to_string(index=False, na_rep="NULL"))
    print(f"\nwarehouse: {warehouse}")


def main() -> None:
    where = paths()
    recordings = write_sample_recordings(where.sample_recordings)
    env = {**os.environ, "DEPIN_MODE": "replay", "DEPIN_RECORDINGS_DIR": str(recordings),
           "DEPIN_DATA_DIR": str(where.data_dir),
           "DAGSTER_HOME": os.environ.get("DAGSTER_HOME", str(where.data_dir / "dagster_home"))}
    prepare_dagster_home(Path(env["DAGSTER_HOME"]))
    last_day = DEMO_END - timedelta(days=1)
    print(f"materializing every asset for {DEMO_START}...{last_day} in replay (sample data)", flush=True)
    materialize_all(f"{DEMO_START}...{last_day}", env, where.data_dir / "demo_run.log")
    print_summary(where.warehouse)


if __name__ == "__main__":
    main()
