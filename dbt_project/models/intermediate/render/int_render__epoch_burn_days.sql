-- Weekly epoch burns spread evenly over the UTC days of the epoch (rule: days from the start
-- date up to, not including, the end date; the last day takes the rounding remainder).
with epoch_days as (
    select
        epoch_id,
        burned_native,
        burned_usd,
        is_sample_data,
        {{ days_of_interval("timezone('UTC', start_at)", "timezone('UTC', end_at)") }} as date
    from {{ ref('stg_render_foundation__epoch_burns') }}
),

indexed as (
    select
        *,
        row_number() over (partition by epoch_id order by date) - 1 as day_index,
        count(*) over (partition by epoch_id) as n_days
    from epoch_days
)

select
    epoch_id,
    date,
    {{ spread_evenly('burned_native', 'day_index', 'n_days') }} as burn_native,
    {{ spread_evenly('burned_usd', 'day_index', 'n_days') }} as burn_usd,
    n_days as epoch_days,
    is_sample_data
from indexed
