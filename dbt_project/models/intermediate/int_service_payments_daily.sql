-- All networks' service payments in the fact_service_payment_daily shape.
{{ union_network_facts('service_payments_daily', ['render', 'arweave', 'filecoin', 'helium', 'akash', 'ionet']) }}
