-- One value per series and UTC day from the latest snapshot holding it. Units convert here, once:
-- u-denominated series (uakt, uusdc, uact, uusd) ÷ 1e6; gpuUtilization percent ÷ 100; counts as delivered.
{% set micro_units = ['dailyUAktSpent', 'totalUAktSpent', 'dailyUUsdcSpent', 'dailyUActSpent', 'dailyUUsdSpent',
                      'totalUUsdSpent', 'dailyAktBurnedForAct', 'dailyAktReminted', 'dailyNetAktBurned'] %}
with latest as (
    {{ latest_rows(source('akash', 'akash_graph_data'), 'series, date') }}
)

select
    series,
    date,
    case
        when series in ('{{ micro_units | join("', '") }}')
            then cast(value as decimal(38, 12)) * cast(0.000001 as decimal(38, 6))
        when series = 'gpuUtilization' then cast(value as decimal(38, 12)) * cast(0.01 as decimal(38, 6))
        else cast(value as decimal(38, 18))
    end as value_native,
    snapshot_date,
    is_sample as is_sample_data
from latest
