-- fact_service_payment_daily shape, per subnetwork. DC burned for data transfer is paid by external
-- customers (real revenue, M02) at the DC peg; onboarding DC is paid by deployers for their own
-- hotspots (supply-side, not real revenue). Providers are paid by emissions, not from the burn.
with payments as (
    select date, sub_network, dc_data as dc, 'service_payment' as payment_type, true as is_external,
           false as is_estimated, is_sample_data
    from {{ ref('int_helium__dc_daily') }}
    union all
    select date, sub_network, dc_onboarding, 'onboarding_fee', false, true, is_sample_data
    from {{ ref('int_helium__dc_daily') }}
    where dc_onboarding is not null
)

select
    'helium' as network_id,
    payments.date,
    'DC' as pay_currency,
    payments.sub_network,
    cast(payments.dc as double) as gross_native,
    cast(payments.dc as double) * params.dc_usd_peg as gross_usd,
    payments.is_external,
    cast(0 as double) as to_provider_usd,
    cast(0 as double) as to_protocol_usd,
    'peg' as pricing_basis,
    payments.payment_type,
    'helium_sub_daos' as source,
    false as is_interpolated,
    payments.is_estimated,
    payments.is_sample_data
from payments
inner join {{ ref('int_helium__params_daily') }} as params on params.date = payments.date
