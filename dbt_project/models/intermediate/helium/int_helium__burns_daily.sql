-- fact_burn_daily shape. Data Credits burned, valued at the DC peg: for data transfer
-- (service_payment) and for hotspot onboarding (onboarding_fee, a net lower bound: estimated).
-- burn_native is in DC (not HNT): HNT is burned when DC are minted, which no source here observes.
with by_day as (
    select
        dc.date,
        sum(dc.dc_data) as dc_data,
        case when count(dc.dc_onboarding) = count(*) then sum(dc.dc_onboarding) end as dc_onboarding,
        any_value(params.dc_usd_peg) as dc_usd_peg,
        bool_or(dc.is_sample_data) as is_sample_data
    from {{ ref('int_helium__dc_daily') }} as dc
    inner join {{ ref('int_helium__params_daily') }} as params on params.date = dc.date
    group by dc.date
),

burns as (
    select date, dc_data as dc, dc_usd_peg, 'service_payment' as burn_type, false as is_estimated, is_sample_data
    from by_day
    union all
    select date, dc_onboarding, dc_usd_peg, 'onboarding_fee', true, is_sample_data
    from by_day
    where dc_onboarding is not null
)

select
    'helium' as network_id,
    date,
    'DC' as token,
    cast(dc as decimal(38, 18)) as burn_native,
    cast(dc as double) * dc_usd_peg as burn_usd,
    burn_type,
    'dc_peg' as price_source,
    'helium_sub_daos' as source,
    false as is_interpolated,
    is_estimated,
    is_sample_data
from burns
