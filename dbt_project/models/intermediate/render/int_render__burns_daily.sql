-- fact_burn_daily shape. Every Render burn is the 95 % of a job payment (service_payment).
select
    'render' as network_id,
    date,
    'RENDER' as token,
    sum(burn_native) as burn_native,
    cast(sum(burn_usd) as double) as burn_usd,
    'service_payment' as burn_type,
    'render_foundation_epoch' as price_source,
    'render_foundation' as source,
    true as is_interpolated,
    false as is_estimated,
    bool_or(is_sample_data) as is_sample_data
from {{ ref('int_render__epoch_burn_days') }}
group by date
