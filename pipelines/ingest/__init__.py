"""Fetch → land → parse → validate → load, one module per source. No Dagster here: the assets
call these. Each call loads one raw table for one partition window in one transaction, or raises
and leaves the table as it was."""

from .akash import ingest_akash_graph_data, ingest_akash_pre_mine_unlocks, ingest_akash_supply_inflation
from .arweave import ingest_arweave_chain
from .coingecko import ingest_coingecko_market_chart
from .core import LoadResult, Window
from .defillama import ingest_defillama_fees
from .helium import (ingest_helium_dao_epoch_infos, ingest_helium_emission_schedules,
                     ingest_helium_hotspot_counts, ingest_helium_sub_dao_epoch_infos)
from .filecoin import ingest_filecoin_burnt_funds, ingest_filecoin_deal_metrics, ingest_filecoin_network_metrics
from .ionet import ingest_ionet_clusters, ingest_ionet_earnings_summary, ingest_ionet_market_snapshot
from .render_foundation import ingest_render_epoch_burns, ingest_render_liability_epochs
from .solana_supply import ingest_solana_token_supply

__all__ = ["ingest_akash_graph_data", "ingest_akash_pre_mine_unlocks", "ingest_akash_supply_inflation",
           "ingest_ionet_clusters", "ingest_ionet_earnings_summary", "ingest_ionet_market_snapshot",
           "ingest_solana_token_supply", "LoadResult", "Window", "ingest_arweave_chain", "ingest_coingecko_market_chart", "ingest_defillama_fees",
           "ingest_filecoin_burnt_funds", "ingest_filecoin_deal_metrics", "ingest_filecoin_network_metrics",
           "ingest_helium_dao_epoch_infos", "ingest_helium_emission_schedules", "ingest_helium_hotspot_counts",
           "ingest_helium_sub_dao_epoch_infos", "ingest_render_epoch_burns",
           "ingest_render_liability_epochs"]
