{{ config(severity='warn') }}
-- Post-BME: dailyNetAktBurned = dailyAktBurnedForAct − dailyAktReminted (the burn split relies on it).
select date, akt_burned_for_act_native, akt_reminted_native, net_akt_burned_native
from {{ ref('stg_akash__graph_data_daily') }}
where abs(akt_burned_for_act_native - akt_reminted_native - net_akt_burned_native) > 0.000001
