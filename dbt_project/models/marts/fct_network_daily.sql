-- Value-flow tiers (M01–M05), burns, mints, capacity per network and UTC day. Native columns count
-- the network's main token only (Helium burns DC and mints IOT/MOBILE too: never add tokens up);
-- USD columns cover every token.
-- A flow is NULL, with a reason, where the network has no source for it or the day is outside
-- the source's coverage; it is 0 only on a covered day without activity.
with payments as (
    select
        network_id,
        date,
        -- a payment without a same-day USD value makes the day's total unknown, not smaller
        {{ complete_sum('gross_usd') }} as fees_gross_usd,
        {{ complete_sum('gross_usd', "is_external and payment_type not in ('onboarding_fee', 'penalty', 'discretionary_buyback')") }}
            as real_revenue_usd,
        bool_or(gross_usd is null) as has_unpriced_payment,
        {{ ordered_sum('to_provider_usd') }} as supply_side_fees_usd,
        {{ ordered_sum('to_protocol_usd') }} as protocol_revenue_usd,
        string_agg(distinct pricing_basis, ',' order by pricing_basis) as pricing_basis,
        bool_or(is_interpolated) as is_interpolated,
        bool_or(is_estimated) as is_estimated,
        bool_or(is_sample_data) as is_sample_data
    from {{ ref('int_service_payments_daily') }}
    group by network_id, date
),

burns as (
    select
        burns.network_id,
        burns.date,
        cast(sum(burns.burn_native) filter (where burns.token = networks.main_token) as double) as burn_native,
        {{ complete_sum('burn_usd') }} as burn_usd,
        {{ ordered_sum('burn_usd', condition="burn_type = 'service_payment'") }} as burn_service_usd,
        {{ ordered_sum('burn_usd', condition="burn_type in ('service_payment', 'protocol_fee', 'discretionary_buyback')") }}
            as holders_revenue_usd,
        bool_or(burns.is_interpolated) as is_interpolated,
        bool_or(burns.is_sample_data) as is_sample_data
    from {{ ref('int_burns_daily') }} as burns
    inner join {{ ref('networks') }} as networks on networks.network_id = burns.network_id
    group by burns.network_id, burns.date
),

mints as (
    select
        mints.network_id,
        mints.date,
        cast(sum(mints.mint_native) filter (where types.category = 'incentive' and mints.token = networks.main_token)
             as double) as emissions_native,
        {{ complete_sum('mints.mint_usd', "types.category = 'incentive'") }} as emissions_usd,
        cast(sum(mints.mint_native) filter (
            where types.category = 'incentive' and mints.is_provider_emission and mints.token = networks.main_token
        ) as double) as provider_emissions_native,
        {{ complete_sum('mints.mint_usd', "types.category = 'incentive' and mints.is_provider_emission") }}
            as provider_emissions_usd,
        cast(sum(mints.mint_native) filter (where types.category = 'settlement' and mints.token = networks.main_token)
             as double) as settlement_mints_native,
        cast(sum(mints.mint_native) filter (where types.category = 'unlock' and mints.token = networks.main_token)
             as double) as unlock_mints_native,
        {{ complete_sum('mints.mint_usd', "types.category in ('incentive', 'settlement')") }} as bme_mints_usd,
        bool_or(mints.is_interpolated) as is_interpolated,
        bool_or(mints.is_sample_data) as is_sample_data
    from {{ ref('int_mints_daily') }} as mints
    left join {{ ref('mint_types') }} as types on types.mint_type = mints.mint_type
    inner join {{ ref('networks') }} as networks on networks.network_id = mints.network_id
    group by mints.network_id, mints.date
),

capacity as (
    select capacity.*
    from {{ ref('int_capacity_daily') }} as capacity
    inner join {{ ref('networks') }} as networks
        on networks.network_id = capacity.network_id and networks.capacity_unit = capacity.unit
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
    select market.network_id, market.date, market.is_sample_data
    from {{ ref('int_market__token_daily') }} as market
    inner join {{ ref('networks') }} as networks on networks.main_token = market.token
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
    burns.burn_service_usd,
    mints.emissions_native,
    mints.emissions_usd,
    mints.provider_emissions_native,
    mints.provider_emissions_usd,
    mints.settlement_mints_native,
    mints.unlock_mints_native,
    mints.emissions_native + coalesce(mints.settlement_mints_native, 0) as bme_mints_native,
    mints.bme_mints_usd,
    capacity.unit as capacity_unit,
    capacity.units_total,
    capacity.units_active,
    capacity.utilization_rate,
    payments.pricing_basis,
    regimes.regime,
    case
        when payments.has_unpriced_payment then 'not_available: no same-day price'
        else {{ null_reason('payments.real_revenue_usd', 'coverage.revenue_status') }}
    end as revenue_null_reason,
    case
        when mints.emissions_native is not null and mints.emissions_usd is null
            then 'not_available: no same-day price'
        else {{ null_reason('mints.emissions_usd', 'coverage.emissions_status') }}
    end as emissions_null_reason,
    coalesce(payments.is_interpolated or burns.is_interpolated or mints.is_interpolated, false) as is_interpolated,
    coalesce(payments.is_estimated or capacity.is_estimated, false) as is_estimated,
    coalesce(payments.is_sample_data or burns.is_sample_data or mints.is_sample_data
             or main_market.is_sample_data, false) as is_sample_data
from {{ ref('int_network_date_spine') }} as spine
left join coverage on coverage.network_id = spine.network_id
left join payments on payments.network_id = spine.network_id and payments.date = spine.date
left join burns on burns.network_id = spine.network_id and burns.date = spine.date
left join mints on mints.network_id = spine.network_id and mints.date = spine.date
left join capacity on capacity.network_id = spine.network_id and capacity.date = spine.date
left join main_market on main_market.network_id = spine.network_id and main_market.date = spine.date
left join {{ ref('int_network_regime_daily') }} as regimes
    on regimes.network_id = spine.network_id and regimes.date = spine.date
