-- One row per UTC day from the latest snapshot of FDP's legacy filecoin_daily_metrics table.
-- deal_storage_cost_fil is the whole lifetime price of the deals whose sector started that day
-- (storage_price_per_epoch × deal epochs), booked on the sector start day: not a daily accrual.
with latest as (
    {{ latest_rows(source('filecoin_data_portal', 'filecoin_fdp_deal_metrics'), 'date') }}
)

select
    cast(date as date) as date,
    cast(deal_storage_cost_fil::varchar as decimal(38, 18)) as deal_payments_fil,
    sector_onboarding_raw_power_pibs as sector_onboarding_raw_pib,
    data_on_active_deals_pibs as active_deal_data_pib,
    snapshot_date,
    is_sample as is_sample_data
from latest
