-- All networks' capacity in the fact_capacity_daily shape.
{{ union_network_facts('capacity_daily', ['render', 'arweave', 'filecoin', 'helium', 'akash', 'ionet']) }}
