-- Weekly burns per epoch from the latest snapshot that holds the epoch.
with latest as (
    {{ latest_rows(source('render_foundation', 'render_epoch_burns'), 'epoch_id') }}
)

select
    epoch_id,
    start_at,
    end_at,
    cast(burned_render as decimal(38, 18)) as burned_native,
    cast(burned_render_usd as decimal(38, 18)) as burned_usd,
    snapshot_date,
    is_sample as is_sample_data
from latest
