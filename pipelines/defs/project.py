"""The dbt project handle, alone in its module (dagster-dbt prepare-and-package needs that)."""

import os
import subprocess
import sys
from pathlib import Path

from dagster_dbt import DbtProject

from ..settings import DBT_PROJECT_DIR

# The venv's dbt, found without relying on PATH (dagster dev may run from an unactivated venv).
DBT_EXECUTABLE = Path(sys.executable).parent / "dbt"

dbt_project = DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR)

# Under `dagster dev`, re-parse so model edits show up (prepare_if_dev would look for dbt on PATH).
if os.environ.get("DAGSTER_IS_DEV_CLI"):
    subprocess.run([str(DBT_EXECUTABLE), "parse", "--quiet", "--profiles-dir", str(DBT_PROJECT_DIR)],
                   cwd=DBT_PROJECT_DIR, check=True)
