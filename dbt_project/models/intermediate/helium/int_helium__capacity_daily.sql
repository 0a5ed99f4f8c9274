-- fact_capacity_daily shape. The Entity API only counts *registered* hotspots (its active flag is
-- deprecated), so units_total is a proxy (is_estimated): IoT + MOBILE registrations, a hotspot in
-- both subnetworks counting twice. Active, rewarded and utilization are not available (NULL).
select
    'helium' as network_id,
    date,
    'hotspot' as unit,
    cast(sum(hotspots_registered) as double) as units_total,
    cast(null as double) as units_active,
    cast(null as double) as units_rewarded,
    cast(null as double) as utilization_rate,
    'helium_entity_api' as source,
    true as is_estimated,
    bool_or(is_sample_data) as is_sample_data
from {{ ref('stg_helium__hotspot_counts') }}
group by date
having count(distinct sub_network) = 2
