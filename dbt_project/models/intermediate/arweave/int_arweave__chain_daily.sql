-- Arweave per UTC day of block timestamp: L1 tx fees and their miner / endowment split, block
-- emissions, end-of-day weave size. Covered days run from the day of the lowest stored height
-- (the walk's start) to the last stored day; the walk is contiguous, so every day in between has
-- a row, with 0 fees when no transaction was mined.
with split as (
    select * from {{ ref('arweave_fee_split') }}
),

inflation as (
    select * from {{ ref('arweave_inflation') }}
),

tx_fees as (
    select
        txs.block_height,
        count(*) as l1_txs,
        sum(txs.fee_winston) as fee_winston,
        -- ar_pricing floors the miner's share per transaction
        sum(txs.fee_winston * split.miner_share_numerator // split.miner_share_denominator) as miner_fee_winston
    from {{ ref('stg_arweave__txs') }} as txs
    inner join split
        on txs.block_height >= split.from_height
        and (split.to_height is null or txs.block_height < split.to_height)
    group by txs.block_height
),

blocks as (
    select
        b.date,
        b.height,
        b.weave_size_tb,
        b.is_sample_data,
        coalesce(f.l1_txs, 0) as l1_txs,
        coalesce(f.fee_winston, 0) as fee_winston,
        coalesce(f.miner_fee_winston, 0) as miner_fee_winston,
        -- From 2.6 a block states its reward = inflation + the miner's fee share (+ any endowment
        -- top-up). The fee share is already a provider payment, so the emission is the rest.
        -- Before 2.6 blocks carry no reward: the inflation formula.
        case
            when b.reward_winston is not null
                then cast(b.reward_winston - coalesce(f.miner_fee_winston, 0) as decimal(38, 0))
                    * cast(0.000000000001 as decimal(38, 18))
            else cast(i.yearly_share * i.genesis_tokens * ln(2) / i.blocks_per_year
                      * pow(2, -b.height / i.blocks_per_year) as decimal(38, 18))
        end as emission_native,
        b.reward_winston is null as emission_is_formula
    from {{ ref('stg_arweave__blocks') }} as b
    left join tx_fees as f on f.block_height = b.height
    cross join inflation as i
),

coverage as (
    select arg_min(date, height) as first_day, max(date) as last_day, bool_or(is_sample_data) as is_sample_data
    from blocks
),

days as (
    select {{ days_of_interval('first_day', 'last_day + 1') }} as date from coverage
),

daily as (
    select
        days.date,
        count(blocks.height) as blocks,
        cast(coalesce(sum(blocks.l1_txs), 0) as bigint) as l1_txs,
        coalesce(sum(blocks.fee_winston), 0) as fee_winston,
        coalesce(sum(blocks.miner_fee_winston), 0) as miner_fee_winston,
        coalesce(sum(blocks.emission_native), 0) as emission_native,
        coalesce(bool_or(blocks.emission_is_formula), false) as emission_is_formula,
        arg_max(blocks.weave_size_tb, blocks.height) as weave_size_tb,
        bool_or(blocks.is_sample_data) as is_sample_data
    from days
    left join blocks on blocks.date = days.date
    group by days.date
)

select
    daily.date,
    daily.blocks,
    daily.l1_txs,
    daily.fee_winston,
    cast(daily.fee_winston as decimal(38, 0)) * cast(0.000000000001 as decimal(38, 18)) as fee_native,
    cast(daily.miner_fee_winston as decimal(38, 0)) * cast(0.000000000001 as decimal(38, 18)) as miner_fee_native,
    cast(daily.fee_winston - daily.miner_fee_winston as decimal(38, 0))
        * cast(0.000000000001 as decimal(38, 18)) as endowment_fee_native,
    daily.emission_native,
    daily.emission_is_formula,
    daily.weave_size_tb,
    daily.weave_size_tb - lag(daily.weave_size_tb) over (order by daily.date) as weave_growth_tb,
    coalesce(daily.is_sample_data, coverage.is_sample_data) as is_sample_data
from daily
cross join coverage
