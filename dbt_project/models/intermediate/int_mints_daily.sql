-- All networks' mints, valued at the same-day market price of the minted token (M07).
with mints as (
    {{ union_network_facts('mints_daily', ['render', 'arweave', 'filecoin', 'helium', 'akash', 'ionet']) }}
)

select
    mints.*,
    cast(mints.mint_native as double) * market.price_usd as mint_usd
from mints
left join {{ ref('int_market__token_daily') }} as market
    on market.token = mints.token and market.date = mints.date
