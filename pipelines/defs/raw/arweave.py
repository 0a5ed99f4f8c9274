"""Arweave, on-chain and incremental: blocks from the stored cursor, and their transactions."""

import os

from ... import ingest
from ...sources import arweave
from . import raw_tables_asset

arweave_chain = raw_tables_asset(
    "arweave_chain",
    {"arweave_blocks": "Arweave blocks walked by height; the highest stored height is the cursor.",
     "arweave_txs": "L1 transactions (fees) of the stored Arweave blocks."},
    lambda client, con, landing, window: ingest.ingest_arweave_chain(
        client, con, landing, window, gateway=arweave.gateway_url(os.environ.get("ARWEAVE_GATEWAY_URL"))),
    "Incremental Arweave walk (W1): blocks from the cursor up to the window end, and their txs.")
