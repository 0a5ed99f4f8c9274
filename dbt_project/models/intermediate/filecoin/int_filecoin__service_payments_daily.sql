-- fact_service_payment_daily shape (METRICS §6). Real revenue (external payments):
--   * client deal payments at the same-day FIL market price; the whole lifetime deal price is
--     booked on the sector start day, and sub_network says so;
--   * Filecoin Pay stablecoin payments at the $1 peg.
-- Burns paid by storage providers (is_external = false, so in M01 and never in M02): gas burns
-- and the rest of the burn (protocol fees) and penalties. Miner tips are left out: they are paid
-- to block producers, not burned, and DefiLlama's Filecoin fees (the reconciliation) exclude them.
with fdp as (
    select * from {{ ref('stg_filecoin_data_portal__network_metrics_daily') }}
),

fil_price as (
    select date, price_usd from {{ ref('int_market__token_daily') }} where token = 'FIL'
),

payments as (
    select deals.date, 'FIL' as pay_currency, 'market_deals_booked_at_sector_start' as sub_network,
           cast(deals.deal_payments_fil as double) as gross_native,
           cast(deals.deal_payments_fil as double) * fil_price.price_usd as gross_usd,
           true as is_external, 'market' as pricing_basis, 'service_payment' as payment_type,
           'provider' as paid_to, deals.is_sample_data
    from {{ ref('stg_filecoin_data_portal__deal_metrics_daily') }} as deals
    left join fil_price on fil_price.date = deals.date
    where deals.deal_payments_fil is not null
    union all
    select date, 'USDFC', 'filecoin_pay', filecoin_pay_paid_usd, filecoin_pay_paid_usd,
           true, 'peg', 'service_payment', 'provider', is_sample_data
    from fdp
    where filecoin_pay_paid_usd is not null
    union all
    select date, 'FIL',
           case burn_type when 'protocol_fee' then 'gas_burn' when 'penalty' then 'sp_penalty' else 'other_burn' end,
           cast(burn_native as double), burn_usd,
           false, 'market', case when burn_type = 'penalty' then 'penalty' else 'protocol_fee' end,
           'burned', is_sample_data
    from {{ ref('int_filecoin__burns_daily') }}
)

select
    'filecoin' as network_id,
    date,
    pay_currency,
    sub_network,
    gross_native,
    gross_usd,
    is_external,
    case when paid_to = 'provider' then gross_usd else 0 end as to_provider_usd,
    cast(0 as double) as to_protocol_usd,
    pricing_basis,
    payment_type,
    'filecoin_data_portal' as source,
    false as is_interpolated,
    false as is_estimated,
    is_sample_data
from payments
