-- Network metrics rolled up by layer (compute / storage / network / orchestration) and day.
-- Flows are summed over the networks that have them; every ratio is recomputed from summed
-- numerators and denominators over the networks that have both — never an average of ratios.
with networks as (
    select ratios.*, seeds.layer
    from {{ ref('int_network_metrics__ratios') }} as ratios
    inner join {{ ref('networks') }} as seeds on seeds.network_id = ratios.network_id
),

sums as (
    select
        layer,
        date,
        count(*) as networks,
        count(real_revenue_usd) as networks_with_real_revenue,
        {{ ordered_sum('fees_gross_usd', 'network_id') }} as fees_gross_usd,
        {{ ordered_sum('real_revenue_usd', 'network_id') }} as real_revenue_usd,
        {{ ordered_sum('supply_side_fees_usd', 'network_id') }} as supply_side_fees_usd,
        {{ ordered_sum('protocol_revenue_usd', 'network_id') }} as protocol_revenue_usd,
        {{ ordered_sum('holders_revenue_usd', 'network_id') }} as holders_revenue_usd,
        {{ ordered_sum('emissions_usd', 'network_id') }} as emissions_usd,
        {{ ordered_sum('burn_usd', 'network_id') }} as burn_usd,
        {{ ordered_sum('mcap_circ_usd', 'network_id') }} as mcap_circ_usd,
        {{ ordered_sum('fdv_usd', 'network_id') }} as fdv_usd,
        {{ ordered_sum('spot_volume_usd', 'network_id') }} as spot_volume_usd,
        {{ ordered_sum('real_revenue_usd_30d', 'network_id') }} as real_revenue_usd_30d,
        {{ ordered_sum('fdv_usd', 'network_id', 'real_revenue_usd_30d is not null') }} as fdv_of_revenue_networks_usd,
        {{ ordered_sum('real_revenue_usd_30d', 'network_id', 'fdv_usd is not null') }} as real_revenue_30d_of_fdv_networks_usd,
        {{ ordered_sum('emissions_usd_30d', 'network_id', 'real_revenue_usd_30d is not null') }} as emissions_30d_of_revenue_networks_usd,
        {{ ordered_sum('real_revenue_usd_30d', 'network_id', 'emissions_usd_30d is not null') }} as real_revenue_30d_of_emitting_networks_usd,
        {{ ordered_sum('spot_volume_usd_30d', 'network_id', 'real_revenue_usd_30d is not null') }} as volume_30d_of_revenue_networks_usd,
        {{ ordered_sum('real_revenue_usd_30d', 'network_id', 'spot_volume_usd_30d is not null') }} as real_revenue_30d_of_traded_networks_usd,
        {{ ordered_sum('burn_usd_30d', 'network_id', 'bme_mints_usd_30d is not null') }} as burn_30d_of_minting_networks_usd,
        {{ ordered_sum('bme_mints_usd_30d', 'network_id', 'burn_usd_30d is not null') }} as bme_mints_30d_of_burning_networks_usd,
        bool_or(is_sample_data) as is_sample_data
    from networks
    group by layer, date
)

select
    layer,
    date,
    networks,
    networks_with_real_revenue,
    fees_gross_usd,
    real_revenue_usd,
    supply_side_fees_usd,
    protocol_revenue_usd,
    holders_revenue_usd,
    emissions_usd,
    burn_usd,
    mcap_circ_usd,
    fdv_usd,
    spot_volume_usd,
    real_revenue_usd_30d,
    real_revenue_usd_30d * 365.0 / 30 as annualized_revenue_30d,
    {{ safe_divide('fdv_of_revenue_networks_usd', 'real_revenue_30d_of_fdv_networks_usd * 365.0 / 30') }} as ps_fdv,
    {{ safe_divide('emissions_30d_of_revenue_networks_usd', 'real_revenue_30d_of_emitting_networks_usd') }} as subsidy_ratio_30d,
    {{ safe_divide('volume_30d_of_revenue_networks_usd', 'real_revenue_30d_of_traded_networks_usd') }} as speculative_multiple_30d,
    {{ safe_divide('real_revenue_30d_of_traded_networks_usd',
                   'real_revenue_30d_of_traded_networks_usd + volume_30d_of_revenue_networks_usd') }}
        as revenue_share_of_value_flow_30d,
    {{ safe_divide('burn_30d_of_minting_networks_usd', 'bme_mints_30d_of_burning_networks_usd') }} as burn_to_mint_ratio_usd_30d,
    is_sample_data
from sums
