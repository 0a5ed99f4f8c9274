{# Passes when the model is empty: used with severity warn to report events (e.g. methodology changes). #}
{% test row_count_is_zero(model) %}
select * from {{ model }}
{% endtest %}
