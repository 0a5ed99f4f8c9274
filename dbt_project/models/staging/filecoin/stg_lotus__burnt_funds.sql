-- Burnt funds (actor f099) as read at chain head, one row per snapshot day (latest pull wins).
-- A stock at the moment of the pull, not at a day boundary: a cross-check of FDP's burnt_fil,
-- never a daily flow. attoFIL → FIL here, once.
with latest as (
    {{ latest_rows(source('lotus', 'filecoin_lotus_burnt_funds'), 'snapshot_date, actor', 'retrieved_at desc') }}
)

select
    snapshot_date,
    retrieved_at as observed_at,
    actor,
    head_cid,
    cast(balance_attofil as decimal(38, 0)) * cast(0.000000000000000001 as decimal(38, 18)) as burnt_fil,
    is_sample as is_sample_data
from latest
