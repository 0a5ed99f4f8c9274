-- fact_capacity_daily shape: proven storage power in PiB, raw bytes and quality-adjusted. Proven
-- power is active and earns block rewards, so total = active = rewarded. Utilization (METRICS §6)
-- = data in active deals ÷ raw-byte power; not defined for QAP.
with fdp as (
    select * from {{ ref('stg_filecoin_data_portal__network_metrics_daily') }}
),

deals as (
    select * from {{ ref('stg_filecoin_data_portal__deal_metrics_daily') }}
),

units as (
    select fdp.date, 'PiB_raw' as unit, fdp.raw_power_pib as units,
           {{ safe_divide('deals.active_deal_data_pib', 'fdp.raw_power_pib') }} as utilization_rate,
           fdp.is_sample_data or coalesce(deals.is_sample_data, false) as is_sample_data
    from fdp
    left join deals on deals.date = fdp.date
    where fdp.raw_power_pib is not null
    union all
    select date, 'PiB_QAP', qa_power_pib, cast(null as double), is_sample_data
    from fdp
    where qa_power_pib is not null
)

select
    'filecoin' as network_id,
    date,
    unit,
    units as units_total,
    units as units_active,
    units as units_rewarded,
    utilization_rate,
    'filecoin_data_portal' as source,
    false as is_estimated,
    is_sample_data
from units
