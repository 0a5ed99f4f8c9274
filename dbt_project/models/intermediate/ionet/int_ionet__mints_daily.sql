-- fact_mint_daily shape. IO emissions follow the docs' schedule (seed ionet_params): month m (1 = July 2024)
-- emits month_1 × decay^(m − 1) IO, paid hourly; a day gets its month's amount ÷ the month's days
-- (interpolated; formula, so estimated). Days from the schedule start to yesterday, never today.
with schedule as (
    select
        cast(max(valid_from) filter (where param = 'emission_month_1_io') as date) as first_day,
        cast(max(valid_to) filter (where param = 'emission_month_1_io') as date) as end_day,
        max(cast(value as double)) filter (where param = 'emission_month_1_io') as month_1_io,
        max(cast(value as double)) filter (where param = 'emission_monthly_decay') as monthly_decay,
        cast(timezone('UTC', {{ dbt.current_timestamp() }}) as date) as today_utc
    from {{ ref('ionet_params') }}
),

days as (
    select
        {{ days_of_interval('first_day', 'least(end_day, today_utc)') }} as date,
        first_day,
        month_1_io,
        monthly_decay
    from schedule
),

months as (
    select
        date,
        {{ dbt.datediff('first_day', 'date', 'month') }} + 1 as month_index,
        {{ dbt.datediff(dbt.date_trunc('month', 'date'),
                        dbt.dateadd('month', 1, dbt.date_trunc('month', 'date')), 'day') }} as days_in_month,
        month_1_io,
        monthly_decay
    from days
)

select
    'io_net' as network_id,
    date,
    'IO' as token,
    cast(month_1_io * power(monthly_decay, month_index - 1) / days_in_month as decimal(38, 18)) as mint_native,
    'provider_reward' as mint_type,
    true as is_provider_emission,
    'ionet_docs_schedule' as source,
    true as is_interpolated,
    true as is_estimated,
    false as is_sample_data
from months
