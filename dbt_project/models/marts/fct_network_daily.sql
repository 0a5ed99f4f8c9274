-- Value-flow tiers (M01–M05), burns, emissions per network and UTC day.
-- A flow is NULL, with a reason, where the network has no source for it or the day is outside
-- the source's coverage; it is 0 only on a covered day without activity.
with payments as (
    select
        network_id,
        date,
        sum(gross_usd) as fees_gross_usd,
        sum(gross_usd) filter (
            where is_external and payment_type not in ('onboarding_fee', 'penalty', 'discretionary_buyback')
        ) as real_revenue_usd,
        sum(to_provider_usd) as supply_side_fees_usd,
        sum(to_protocol_usd) as protocol_revenue_usd,
        string_agg(distinct pricing_basis, ',') as pricing_basis,
        bool_or(is_interpolated) as is_interpolated,
        bool_or(is_estimated) as is_estimated,
        bool_or(is_sample_data) as is_sample_data
    from {{ ref('int_service_payments_daily') }}
    group by network_id, date
),

burns as (
    select
        network_id,
        date,
        cast(sum(burn_native) as double) as burn_native,
        cast(sum(burn_usd) as double) as burn_usd,
        cast(sum(burn_usd) filter (
            where burn_type in ('service_payment', 'protocol_fee', 'discretionary_buyback')
        ) as double) as holders_revenue_usd,
        bool_or(is_interpolated) as is_interpolated,
        bool_or(is_sample_data) as is_sample_data
    from {{ ref('int_burns_daily') }}
    group by network_id, date
),

mints as (
    select
        mints.network_id,
        mints.date,
        cast(sum(mints.mint_native) filter (where types.category = 'incentive') as double) as emissions_native,
        sum(mints.mint_usd) filter (where types.category = 'incentive') as emissions_usd,
        cast(sum(mints.mint_native) filter (
            where types.category = 'incentive' and mints.is_provider_emission
        ) as double) as provider_emissions_native,
        cast(sum(mints.mint_native) filter (
            where types.category in ('incentive', 'settlement')
        ) as double) as bme_mints_native,
        bool_or(mints.is_interpolated) as is_interpolated,
        bool_or(mints.is_sample_data) as is_sample_data
    from {{ ref('int_mints_daily') }} as mints
    left join {{ ref('mint_types') }} as types on types.mint_type = mints.mint_type
    group by mints.network_id, mints.date
),

coverage as (
    select
        network_id,
        max(status) filter (where metric_group = 'revenue') as revenue_status,
        max(status) filter (where metric_group = 'emissions') as emissions_status
    from {{ ref('source_coverage') }}
    group by network_id
),

main_market as (
    select network_id, date, is_sample_data
    from {{ ref('int_market__token_daily') }}
    where token in (select main_token from {{ ref('networks') }})
)

select
    spine.network_id,
    spine.date,
    payments.fees_gross_usd,
    payments.real_revenue_usd,
    payments.supply_side_fees_usd,
    payments.protocol_revenue_usd,
    burns.holders_revenue_usd,
    burns.burn_native,
    burns.burn_usd,
    mints.emissions_native,
    mints.emissions_usd,
    mints.provider_emissions_native,
    mints.bme_mints_native,
    payments.pricing_basis,
    regimes.regime,
    {{ null_reason('payments.real_revenue_usd', 'coverage.revenue_status') }} as revenue_null_reason,
    case
        when mints.emissions_native is not null and mints.emissions_usd is null
            then 'not_available: no same-day price'
        else {{ null_reason('mints.emissions_usd', 'coverage.emissions_status') }}
    end as emissions_null_reason,
    coalesce(payments.is_interpolated or burns.is_interpolated or mints.is_interpolated, false) as is_interpolated,
    coalesce(payments.is_estimated, false) as is_estimated,
    coalesce(payments.is_sample_data or burns.is_sample_data or mints.is_sample_data
             or main_market.is_sample_data, false) as is_sample_data
from {{ ref('int_network_date_spine') }} as spine
left join coverage on coverage.network_id = spine.network_id
left join payments on payments.network_id = spine.network_id and payments.date = spine.date
left join burns on burns.network_id = spine.network_id and burns.date = spine.date
left join mints on mints.network_id = spine.network_id and mints.date = spine.date
left join main_market on main_market.network_id = spine.network_id and main_market.date = spine.date
left join {{ ref('int_network_regime_daily') }} as regimes
    on regimes.network_id = spine.network_id and regimes.date = spine.date
