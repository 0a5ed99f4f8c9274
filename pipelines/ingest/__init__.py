"""Fetch → land → parse → validate → load, one module per source. No Dagster here: the assets
call these. Each call loads one raw table for one partition window in one transaction, or raises
and leaves the table as it was."""

from .arweave import ingest_arweave_chain
from .coingecko import ingest_coingecko_market_chart
from .core import LoadResult, Window
from .defillama import ingest_defillama_fees
from .filecoin import ingest_filecoin_burnt_funds, ingest_filecoin_deal_metrics, ingest_filecoin_network_metrics
from .render_foundation import ingest_render_epoch_burns, ingest_render_liability_epochs

__all__ = ["LoadResult", "Window", "ingest_arweave_chain", "ingest_coingecko_market_chart", "ingest_defillama_fees",
           "ingest_filecoin_burnt_funds", "ingest_filecoin_deal_metrics", "ingest_filecoin_network_metrics", "ingest_render_epoch_burns",
           "ingest_render_liability_epochs"]
