"""The dbt project handle, alone in its module (dagster-dbt prepare-and-package needs that)."""

from dagster_dbt import DbtProject

from ..settings import DBT_PROJECT_DIR

dbt_project = DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR)
dbt_project.prepare_if_dev()
