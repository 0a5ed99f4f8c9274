-- fact_service_payment_daily shape. Gross job spend = burn / 0.95; OTOY keeps 5 % (protocol).
-- Providers are paid by emissions, not from the payment, so to_provider_usd = 0.
select
    'render' as network_id,
    burns.date,
    'RENDER' as pay_currency,
    cast(null as varchar) as sub_network,
    cast(burns.burn_native as double) / {{ regime_param('render', 'burn_share_of_gross', 'burns.date') }} as gross_native,
    cast(burns.burn_usd as double) / {{ regime_param('render', 'burn_share_of_gross', 'burns.date') }} as gross_usd,
    true as is_external,
    cast(0 as double) as to_provider_usd,
    cast(burns.burn_usd as double) / {{ regime_param('render', 'burn_share_of_gross', 'burns.date') }}
        * {{ regime_param('render', 'protocol_share_of_gross', 'burns.date') }} as to_protocol_usd,
    'market' as pricing_basis,
    'service_payment' as payment_type,
    burns.source,
    burns.is_interpolated,
    burns.is_estimated,
    burns.is_sample_data
from {{ ref('int_render__burns_daily') }} as burns
