-- fact_mint_daily shape: liability channels spread evenly over their periods' days.
with period_days as (
    select
        channel,
        epoch_id,
        amount_due_native,
        is_sample_data,
        {{ days_of_interval("timezone('UTC', start_at)", "timezone('UTC', end_at)") }} as date
    from {{ ref('stg_render_foundation__liability_epochs') }}
),

indexed as (
    select
        *,
        row_number() over (partition by channel, epoch_id order by date) - 1 as day_index,
        count(*) over (partition by channel, epoch_id) as n_days
    from period_days
)

select
    'render' as network_id,
    indexed.date,
    'RENDER' as token,
    sum({{ spread_evenly('indexed.amount_due_native', 'indexed.day_index', 'indexed.n_days') }}) as mint_native,
    coalesce(channels.mint_type, 'unknown') as mint_type,
    coalesce(channels.is_provider_emission, false) as is_provider_emission,
    'render_foundation' as source,
    true as is_interpolated,
    false as is_estimated,
    bool_or(indexed.is_sample_data) as is_sample_data
from indexed
left join {{ ref('render_emission_channels') }} as channels on channels.channel = indexed.channel
group by indexed.date, channels.mint_type, channels.is_provider_emission
