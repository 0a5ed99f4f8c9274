{# Why a flow is NULL on a network-day: no source exists, the source is not ingested yet, or the
   day lies outside what the source delivered. Never 0 (METRICS.md §1). #}
{% macro null_reason(value, coverage_status) -%}
    case
        when {{ value }} is not null then null
        when {{ coverage_status }} = 'no_source_exists' then 'not_available: no source exists'
        when {{ coverage_status }} = 'implemented' then 'not_available: outside source coverage'
        else 'not_available: source not ingested yet'
    end
{%- endmacro %}
