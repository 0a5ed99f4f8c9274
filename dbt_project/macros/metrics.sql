{# Division by zero gives NULL, never ±inf (METRICS.md §1). #}
{% macro safe_divide(numerator, denominator) -%}
    ({{ numerator }}) / nullif({{ denominator }}, 0)
{%- endmacro %}

{# Σ over the trailing calendar window [d-W+1, d]; NULL unless every day of the window has a value
   (a window with incomplete source coverage is null). Needs one row per entity and day. #}
{% macro trailing_sum(column, days, partition_by='network_id', order_by='date') -%}
    case when count({{ column }}) over (partition by {{ partition_by }} order by {{ order_by }}
                                        rows between {{ days - 1 }} preceding and current row) = {{ days }}
         then sum({{ column }}) over (partition by {{ partition_by }} order by {{ order_by }}
                                      rows between {{ days - 1 }} preceding and current row)
    end
{%- endmacro %}

{# Union the per-network models of one fact shape; a new network adds its name here. #}
{% macro union_network_facts(fact, networks) -%}
    {%- for network in networks %}
    select * from {{ ref('int_' ~ network ~ '__' ~ fact) }}
    {% if not loop.last %}union all{% endif %}
    {%- endfor %}
{%- endmacro %}

{# A regime parameter valid on a given date column, from the dated seed. #}
{% macro regime_param(network_id, param, date_column) -%}
    (select rp.value from {{ ref('regime_params') }} rp
      where rp.network_id = '{{ network_id }}' and rp.param = '{{ param }}'
        and {{ date_column }} >= rp.valid_from
        and (rp.valid_to is null or {{ date_column }} < rp.valid_to))
{%- endmacro %}

{# The days an interval touches, start day included, end day excluded (at least one day).
   Pass UTC timestamps (timezone('UTC', ts)) or dates: casting a TIMESTAMPTZ to DATE would follow
   the session's time zone. DuckDB-specific list generation lives here so models stay portable. #}
{% macro days_of_interval(start_at, end_at) -%}
    unnest(range(cast({{ start_at }} as date),
                 greatest(cast({{ end_at }} as date), cast({{ start_at }} as date) + 1),
                 interval 1 day))::date
{%- endmacro %}

{# Even spread of an exact decimal over n days: every day gets amount / n rounded to 12 places
   (through text, so 7.7 / 7 is 1.1, not the binary double's 1.1000000000000000888) and the last day
   takes the remainder, so the days sum back to the amount to the last digit. #}
{% macro spread_evenly(amount, day_index, n_days) -%}
    {%- set share = 'cast(cast(round(' ~ amount ~ ' / ' ~ n_days ~ ', 12) as varchar) as decimal(38, 18))' -%}
    case when {{ day_index }} < {{ n_days }} - 1
         then {{ share }}
         else {{ amount }} - {{ share }} * ({{ n_days }} - 1)
    end
{%- endmacro %}

{# Mean over the trailing window; NULL unless every day of the window has a value. #}
{% macro trailing_mean(column, days, partition_by='network_id', order_by='date') -%}
    ({{ trailing_sum(column, days, partition_by, order_by) }}) / {{ days }}
{%- endmacro %}

{# The value W days earlier (previous window of a trailing sum: lag by W). #}
{% macro days_ago(column, days, partition_by='network_id', order_by='date') -%}
    lag({{ column }}, {{ days }}) over (partition by {{ partition_by }} order by {{ order_by }})
{%- endmacro %}

{# 100·clip01(x): the 0–100 mappings of METRICS.md §4 (NULL stays NULL: DuckDB's least/greatest
   would skip it). #}
{% macro score_0_100(expression) -%}
    (case when ({{ expression }}) is not null then 100 * least(greatest({{ expression }}, 0), 1) end)
{%- endmacro %}

{# 100·clip01(log10(x / low) / log10(high / low)); x = 0 scores 0. #}
{% macro log_score(x, low, high) -%}
    case when {{ x }} is null then null
         when {{ x }} <= 0 then 0
         else {{ score_0_100('log10((' ~ x ~ ') / ' ~ low ~ ') / log10(' ~ high ~ ' / ' ~ low ~ ')') }}
    end
{%- endmacro %}

{# Natural log of a positive number; NULL for 0, negatives and NULL (no ±inf). #}
{% macro safe_ln(expression) -%}
    (case when ({{ expression }}) > 0 then ln({{ expression }}) end)
{%- endmacro %}

{# Σ value over the rows matching condition, NULL if any of those rows lacks a value: a flow
   without a USD price makes the day's total unknown rather than silently smaller. #}
{% macro complete_sum(value, condition='true') -%}
    case when count(*) filter (where ({{ condition }}) and {{ value }} is null) = 0
         then {{ ordered_sum(value, condition=condition) }} end
{%- endmacro %}

{# Σ in a fixed order: a float sum over rows whose scan order can vary between runs would differ in
   the last bits, and a rebuild must give identical tables. Ordering by the value itself works for
   any group. NULLs are skipped, all-NULL gives NULL. #}
{% macro ordered_sum(value, order_by=none, condition=none) -%}
    {%- set order_by = order_by or value -%}
    list_sum(list({{ value }} order by {{ order_by }}){% if condition %} filter (where {{ condition }}){% endif %})
{%- endmacro %}

{# The latest row per key of an append-only raw table (newest snapshot, then newest retrieval):
   how staging turns pulls of whole histories into one current row per key. #}
{% macro latest_rows(relation, partition_by, order_by='snapshot_date desc, retrieved_at desc') -%}
    select *
    from {{ relation }}
    qualify row_number() over (partition by {{ partition_by }} order by {{ order_by }}) = 1
{%- endmacro %}
