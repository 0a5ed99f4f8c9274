-- M26: rolling 180-day OLS of weekly Δln(price) on Δln(7-day real revenue) and Δln(benchmark
-- price). Reported as the partial R² of the revenue term (its squared partial correlation) and the
-- unexplained share 1 − partial R². Computed on Sundays from the last 26 weekly points (at least
-- 20), then held for the following days until the next Sunday — the one allowed carry-forward.
with weekly as (
    select
        network_id,
        date,
        {{ safe_ln('price_usd') }} - {{ safe_ln(days_ago('price_usd', 7)) }} as d_ln_price,
        {{ safe_ln('real_revenue_usd_7d') }} - {{ safe_ln(days_ago('real_revenue_usd_7d', 7)) }} as d_ln_revenue,
        {{ safe_ln('benchmark_price_usd') }} - {{ safe_ln(days_ago('benchmark_price_usd', 7)) }} as d_ln_benchmark
    from {{ ref('int_network_metrics__windows') }}
),

sundays as (
    select *
    from weekly
    where dayofweek(date) = 0
      and d_ln_price is not null and d_ln_revenue is not null and d_ln_benchmark is not null
),

correlations as (
    select
        network_id,
        date,
        count(*) over last_26_weeks as weeks_used,
        corr(d_ln_price, d_ln_revenue) over last_26_weeks as r_price_revenue,
        corr(d_ln_price, d_ln_benchmark) over last_26_weeks as r_price_benchmark,
        corr(d_ln_revenue, d_ln_benchmark) over last_26_weeks as r_revenue_benchmark
    from sundays
    window last_26_weeks as (partition by network_id order by date
                             range between interval 175 days preceding and current row)
),

weekly_fit as (
    select
        network_id,
        date as computed_on,
        weeks_used,
        case when weeks_used >= 20 then
            {{ safe_divide('power(r_price_revenue - r_price_benchmark * r_revenue_benchmark, 2)',
                           '(1 - power(r_price_benchmark, 2)) * (1 - power(r_revenue_benchmark, 2))') }}
        end as price_usage_partial_r2
    from correlations
)

select
    spine.network_id,
    spine.date,
    fit.computed_on as price_usage_computed_on,
    fit.weeks_used as price_usage_weeks,
    fit.price_usage_partial_r2,
    1 - fit.price_usage_partial_r2 as unexplained_share
from {{ ref('int_network_date_spine') }} as spine
left join weekly_fit as fit
    on fit.network_id = spine.network_id
   and fit.computed_on <= spine.date and spine.date < fit.computed_on + 7
