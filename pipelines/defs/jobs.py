"""The daily refresh: yesterday's partition of everything at 02:00 UTC, plus any of the previous
days that never completed (caught up in the same single run), with run retries."""

from datetime import timedelta

import dagster as dg


CATCH_UP_DAYS = 7
# The last asset of a complete daily run: its partitions say which days finished end to end.
COMPLETION_MARKER = dg.AssetKey(["serving", "marts"])

daily_refresh = dg.define_asset_job(
    "daily_refresh", selection=dg.AssetSelection.all(),
    description="Fetch, load, rebuild and publish every asset for the UTC days given (the scheduler's job).",
    # Needs run retries enabled on the instance (deploy/dagster.yaml); retries resume from the failure.
    tags={"dagster/max_retries": "2", "dagster/retry_strategy": "FROM_FAILURE"},
)


def days_to_refresh(yesterday, completed: set[str]) -> tuple[str, str]:
    """From the earliest of the last CATCH_UP_DAYS days that never completed, through yesterday."""
    window = [yesterday - timedelta(days=offset) for offset in range(CATCH_UP_DAYS - 1, -1, -1)]
    missing = [day for day in window if day.isoformat() not in completed]
    return (missing[0] if missing else yesterday).isoformat(), yesterday.isoformat()


@dg.schedule(job=daily_refresh, cron_schedule="0 2 * * *", execution_timezone="UTC")
def daily_refresh_schedule(context: dg.ScheduleEvaluationContext) -> dg.RunRequest:
    yesterday = context.scheduled_execution_time.date() - timedelta(days=1)
    completed = context.instance.get_materialized_partitions(COMPLETION_MARKER) if context.instance else set()
    first, last = days_to_refresh(yesterday, completed)
    return dg.RunRequest(run_key=f"{first}..{last}", tags={
        "dagster/asset_partition_range_start": first, "dagster/asset_partition_range_end": last})


