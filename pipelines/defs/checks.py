"""pandera validation of staging models and marts as blocking asset checks."""


import dagster as dg
import pandera.pandas as pa

from ..ingest.defillama import methodology_changes, previous_methodologies
from ..schemas import marts
from ..schemas.staging import arweave as stg_arweave
from ..schemas.staging import coingecko as stg_coingecko
from ..schemas.staging import filecoin as stg_filecoin
from ..schemas.staging import render_foundation as stg_render
from ..schemas.validation import ValidationFailed, validate
from ..warehouse import read_table
from .resources import WarehouseResource

VALIDATED_TABLES: dict[str, type[pa.DataFrameModel]] = {
    "staging.stg_coingecko__market_chart_daily": stg_coingecko.StgCoingeckoMarketChartDaily,
    "staging.stg_render_foundation__epoch_burns": stg_render.StgRenderFoundationEpochBurns,
    "staging.stg_render_foundation__liability_epochs": stg_render.StgRenderFoundationLiabilityEpochs,
    "staging.stg_arweave__blocks": stg_arweave.StgArweaveBlocks,
    "staging.stg_arweave__txs": stg_arweave.StgArweaveTxs,
    "staging.stg_filecoin_data_portal__network_metrics_daily": stg_filecoin.StgFilecoinDataPortalNetworkMetricsDaily,
    "staging.stg_filecoin_data_portal__deal_metrics_daily": stg_filecoin.StgFilecoinDataPortalDealMetricsDaily,
    "staging.stg_lotus__burnt_funds": stg_filecoin.StgLotusBurntFunds,
    "marts.dim_networks": marts.DimNetworks,
    "marts.fct_token_market_daily": marts.FctTokenMarketDaily,
    "marts.fct_network_daily": marts.FctNetworkDaily,
    "marts.network_metrics_daily": marts.NetworkMetricsDaily,
    "marts.fct_revenue_reconciliation_daily": marts.FctRevenueReconciliationDaily,
    "marts.layer_metrics_daily": marts.LayerMetricsDaily,
    "marts.network_metric_null_reasons": marts.NetworkMetricNullReasons,
}


def pandera_check(table: str, model: type[pa.DataFrameModel]) -> dg.AssetChecksDefinition:
    @dg.asset_check(asset=dg.AssetKey(table.split(".")), name=f"pandera_{model.__name__}",
                    blocking=True, description=f"pandera {model.__name__} over {table}")
    def _check(warehouse: WarehouseResource) -> dg.AssetCheckResult:
        with warehouse.connect(read_only=True) as con:
            frame = read_table(con, table)
        try:
            validate(model, frame, source=table, partition="whole table")
        except ValidationFailed as failure:
            return dg.AssetCheckResult(
                passed=False, severity=dg.AssetCheckSeverity.ERROR, description=str(failure)[:2000],
                metadata={"failure_count": len(failure.failure_cases), "rows": len(frame)})
        return dg.AssetCheckResult(passed=True, metadata={"rows": len(frame)})

    return _check


pandera_checks = [pandera_check(table, model) for table, model in VALIDATED_TABLES.items()]


@dg.asset_check(asset=dg.AssetKey(["raw", "defillama_fees_daily"]), name="defillama_methodology_unchanged",
                description="Warns when DefiLlama's methodology text changed since the previous pull.")
def defillama_methodology_unchanged(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    with warehouse.connect(read_only=True) as con:
        latest = con.execute("select max(snapshot_date) from raw.defillama_pulls").fetchone()[0]
        pulls = con.execute("select * from raw.defillama_pulls where snapshot_date = ?", [latest]).df()
        changed = methodology_changes(previous_methodologies(con, latest), pulls)
    return dg.AssetCheckResult(passed=not changed, severity=dg.AssetCheckSeverity.WARN,
                               metadata={"snapshot_date": str(latest), "changed_series": changed})
