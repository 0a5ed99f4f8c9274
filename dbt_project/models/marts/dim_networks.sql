-- One row per network of the brief, with its revenue definition and what the warehouse covers.
with coverage as (
    select
        network_id,
        max(status || ': ' || note) filter (where metric_group = 'revenue') as revenue_coverage,
        max(status || ': ' || note) filter (where metric_group = 'emissions') as emissions_coverage
    from {{ ref('source_coverage') }}
    group by network_id
),

revenue_days as (
    select network_id, min(date) as first_revenue_date, max(date) as last_revenue_date
    from {{ ref('fct_network_daily') }}
    where real_revenue_usd is not null
    group by network_id
)

select
    networks.network_id,
    networks.network_name,
    networks.layer,
    networks.chain,
    networks.main_token,
    networks.token_model,
    tokens.coingecko_id,
    networks.defillama_slug,
    definitions.real_revenue_includes,
    definitions.kept_out_of_real_revenue,
    coverage.revenue_coverage,
    coverage.emissions_coverage,
    revenue_days.first_revenue_date,
    revenue_days.last_revenue_date
from {{ ref('networks') }} as networks
left join {{ ref('tokens') }} as tokens on tokens.token = networks.main_token
left join {{ ref('revenue_definitions') }} as definitions on definitions.network_id = networks.network_id
left join coverage on coverage.network_id = networks.network_id
left join revenue_days on revenue_days.network_id = networks.network_id
