"""After the marts (and their blocking checks) succeed: publish the serving copy and exports."""

import dagster as dg

from .. import publish
from .partitions import DAILY, SINGLE_RUN, WAREHOUSE_WRITER
from .resources import WarehouseResource

PUBLIC_MARTS = ["dim_networks", "dim_regime", "fct_token_market_daily", "fct_network_daily", "network_metrics_daily",
                "layer_metrics_daily", "fct_revenue_reconciliation_daily", "network_metric_null_reasons"]


@dg.asset(key=["serving", "marts"], deps=[dg.AssetKey(["marts", table]) for table in PUBLIC_MARTS],
          partitions_def=DAILY, backfill_policy=SINGLE_RUN, group_name="serving", kinds={"duckdb", "parquet"},
          pool=WAREHOUSE_WRITER)
def serving_marts(warehouse: WarehouseResource) -> dg.MaterializeResult:
    """serving.duckdb and exports/<table>.parquet: what analysts read (read-only, swapped atomically)."""
    served = publish.publish_serving_copy(warehouse.path, warehouse.data_path)
    exported = publish.publish_parquet_exports(warehouse.path, warehouse.data_path)
    return dg.MaterializeResult(metadata={"serving_file": served["serving_file"], "exports": exported["exports"],
                                          "tables": len(served["tables"])})
