-- fact_service_payment_daily shape. io.net publishes estimated *supplier* earnings (USD), not what renters
-- paid: gross ≈ supplier ÷ (1 − f_s) × (1 + f_r) with the 0.25 % reservation fee on each side (seed
-- ionet_params; the +2 % USDC surcharge is not applied, the settlement currency mix being unknown).
-- Suppliers get the supplier earnings; the fees go to the protocol (they fund IO buy-and-burn).
with earnings as (
    select
        earnings.*,
        (select cast(p.value as double) from {{ ref('ionet_params') }} as p
          where p.param = 'supplier_fee_rate' and earnings.date >= cast(p.valid_from as date)
            and (p.valid_to is null or earnings.date < cast(p.valid_to as date))) as supplier_fee_rate,
        (select cast(p.value as double) from {{ ref('ionet_params') }} as p
          where p.param = 'renter_fee_rate' and earnings.date >= cast(p.valid_from as date)
            and (p.valid_to is null or earnings.date < cast(p.valid_to as date))) as renter_fee_rate
    from {{ ref('stg_ionet__earnings_daily') }} as earnings
),

gross as (
    select *, supplier_earnings_usd / (1 - supplier_fee_rate) * (1 + renter_fee_rate) as gross_usd
    from earnings
)

select
    'io_net' as network_id,
    date,
    'USD' as pay_currency,
    cast(null as varchar) as sub_network,
    gross_usd as gross_native,
    gross_usd,
    true as is_external,
    supplier_earnings_usd as to_provider_usd,
    gross_usd - supplier_earnings_usd as to_protocol_usd,
    'peg' as pricing_basis,
    'service_payment' as payment_type,
    'ionet_explorer' as source,
    false as is_interpolated,
    is_estimated,
    is_sample_data
from gross
