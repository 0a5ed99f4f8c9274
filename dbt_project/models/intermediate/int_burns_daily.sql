-- All networks' burns in the fact_burn_daily shape.
{{ union_network_facts('burns_daily', ['render', 'filecoin', 'helium', 'akash']) }}
