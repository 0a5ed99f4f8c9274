-- Helium invariants (METRICS.md §8): flows are >= 0, IOT/MOBILE mints are 0 after HIP-138,
-- and the day's DC facts equal the sum over subDAOs. Any returned row fails the test.
select 'negative mint' as problem, date, token as detail
from {{ ref('int_helium__mints_daily') }}
where mint_native < 0
union all
select 'negative burn', date, burn_type
from {{ ref('int_helium__burns_daily') }}
where burn_native < 0
union all
select 'IOT/MOBILE minted after HIP-138', expected.date, expected.token
from {{ ref('int_helium__expected_emissions_daily') }} as expected
where not expected.is_emitting and expected.emissions_native <> 0
union all
select 'DC burn differs from the sum over subDAOs', burns.date, burns.burn_type
from {{ ref('int_helium__burns_daily') }} as burns
inner join (
    select date, sum(dc_data) as dc_data from {{ ref('int_helium__dc_daily') }} group by date
) as subdaos on subdaos.date = burns.date
where burns.burn_type = 'service_payment' and burns.burn_native <> subdaos.dc_data
