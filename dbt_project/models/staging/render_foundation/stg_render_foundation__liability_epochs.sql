-- Emissions owed per channel and epoch (the key is channel + epoch_id), in whole RENDER.
with latest as (
    {{ latest_rows(source('render_foundation', 'render_liability_epochs'), 'channel, epoch_id') }}
)

select
    channel,
    epoch_id,
    start_at,
    end_at,
    cast(amount_due_base_units as decimal(38, 0)) * cast(0.00000001 as decimal(38, 18)) as amount_due_native,
    obh_used,
    wallets_reported,
    snapshot_date,
    is_sample as is_sample_data
from latest
