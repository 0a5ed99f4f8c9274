"""pandera validation of staging models and marts as blocking asset checks."""


import dagster as dg
import pandera.pandas as pa

from ..ingest.defillama import methodology_changes, previous_methodologies
from ..schemas import marts
from ..schemas.staging import akash as stg_akash
from ..schemas.staging import arweave as stg_arweave
from ..schemas.staging import coingecko as stg_coingecko
from ..schemas.staging import filecoin as stg_filecoin
from ..schemas.staging import helium as stg_helium
from ..schemas.staging import ionet as stg_ionet
from ..schemas.staging import solana_supply as stg_solana
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
    "staging.stg_helium__emission_schedules": stg_helium.StgHeliumEmissionSchedules,
    "staging.stg_helium__sub_dao_epochs": stg_helium.StgHeliumSubDaoEpochs,
    "staging.stg_helium__dao_epochs": stg_helium.StgHeliumDaoEpochs,
    "staging.stg_helium__hotspot_counts": stg_helium.StgHeliumHotspotCounts,
    "staging.stg_akash__graph_data_daily": stg_akash.StgAkashGraphDataDaily,
    "staging.stg_akash__supply_inflation_daily": stg_akash.StgAkashSupplyInflationDaily,
    "staging.stg_akash__pre_mine_unlocks": stg_akash.StgAkashPreMineUnlocks,
    "staging.stg_ionet__earnings_daily": stg_ionet.StgIonetEarningsDaily,
    "staging.stg_ionet__clusters_daily": stg_ionet.StgIonetClustersDaily,
    "staging.stg_ionet__market_snapshot_daily": stg_ionet.StgIonetMarketSnapshotDaily,
    "staging.stg_solana__token_supply_daily": stg_solana.StgSolanaTokenSupplyDaily,
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
