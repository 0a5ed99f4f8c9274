-- The regime in force per network and day: the latest dated regime change on or before the day.
select spine.network_id, spine.date, events.regime
from {{ ref('int_network_date_spine') }} as spine
left join {{ ref('regime_events') }} as events
    on events.network_id = spine.network_id and events.effective_date <= spine.date
qualify row_number() over (partition by spine.network_id, spine.date order by events.effective_date desc nulls last) = 1
