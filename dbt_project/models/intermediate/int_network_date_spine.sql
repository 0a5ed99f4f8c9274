-- One row per network and UTC day over the days the warehouse holds market data for.
with bounds as (
    select min(date) as first_day, max(date) as last_day
    from {{ ref('int_market__token_daily') }}
)

select networks.network_id, {{ days_of_interval('bounds.first_day', 'bounds.last_day + 1') }} as date
from {{ ref('networks') }} as networks
cross join bounds
