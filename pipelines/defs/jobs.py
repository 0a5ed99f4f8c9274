"""The daily refresh: yesterday's partition of everything, at 02:00 UTC."""

import dagster as dg


daily_refresh = dg.define_asset_job(
    "daily_refresh", selection=dg.AssetSelection.all(),
    description="Fetch, load and rebuild every asset for one UTC day (the scheduler's job).",
)
daily_refresh_schedule = dg.build_schedule_from_partitioned_job(daily_refresh, hour_of_day=2)
