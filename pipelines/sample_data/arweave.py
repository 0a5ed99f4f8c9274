"""Sample Arweave node bodies: an invented, deterministic chain around the window.

Two blocks a day (spacing 12 h ± 4 h, 0–3 L1 txs each, string-era fields, ``reward`` present:
heights are past fork 2.6) from two days before ``start`` to two days after ``end``. Below the
chain, blocks 2 minutes apart (no txs) answer the binary search's probes. Recorded: ``/info``,
the probed heights, every chain block from the first at or after ``start``, and their txs.
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
from datetime import date, timedelta
from pathlib import Path

from ..sources import arweave
from .common import SEED, midnight, record

CHAIN_FIRST_HEIGHT = 1_650_000
PROBE_SPACING_S = 120
FIRST_WEAVE_BYTES = 280_000_000_000_000


def _hash(*parts, size: int = 48) -> str:
    digest = hashlib.sha512("-".join(map(str, (SEED, *parts))).encode()).digest()[:size]
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def _tx(rng: random.Random, height: int, index: int) -> dict:
    data_size = int(10 ** rng.uniform(5, 10.7))
    return {"format": 2, "id": _hash("tx", height, index, size=32), "last_tx": _hash("anchor", height),
            "owner": _hash("owner", rng.randint(1, 40)), "tags": [], "target": "", "quantity": "0",
            "data": "", "data_size": str(data_size), "data_tree": [],
            "data_root": _hash("root", height, index, size=32),
            "reward": str(data_size * rng.randint(1_500, 2_500) + 1_000_000),  # winston
            "signature": _hash("sig", height, index)}


def _block(height: int, timestamp: int, txs: list[dict], weave: int, pool: int, reward: int | None) -> dict:
    block = {"nonce": _hash("nonce", height, size=32), "previous_block": _hash("block", height - 1),
             "timestamp": timestamp, "last_retarget": timestamp, "diff": str(2**256 - 2**200 - height),
             "height": height, "hash": _hash("solution", height, size=32), "indep_hash": _hash("block", height),
             "txs": [tx["id"] for tx in txs], "tx_root": _hash("tx_root", height, size=32),
             "wallet_list": _hash("wallets", height), "reward_addr": _hash("miner", height % 37, size=32),
             "tags": [], "reward_pool": str(pool), "weave_size": str(weave),
             "block_size": str(sum(int(tx["data_size"]) for tx in txs))}
    if reward is not None:
        block["reward"] = str(reward)
    return block


def sample_chain(start: date, end: date, seed: int = SEED) -> tuple[dict[int, dict], dict[str, dict]]:
    """Blocks by height and txs by id, from two days before ``start`` to two days after ``end``."""
    blocks, txs = {}, {}
    height, weave, pool = CHAIN_FIRST_HEIGHT, FIRST_WEAVE_BYTES, 40_000_000 * arweave.WINSTON_PER_AR
    timestamp = int((midnight(start) - timedelta(days=2)).timestamp())
    while timestamp < (midnight(end) + timedelta(days=2)).timestamp():
        rng = random.Random(f"{seed}-arweave-{height}")
        block_txs = [_tx(rng, height, i) for i in range(rng.randint(0, 3))]
        fees = [int(tx["reward"]) for tx in block_txs]
        miner_fees = sum(arweave.miner_fee_share(fee, height) for fee in fees)
        top_up = 0 if rng.random() < 0.8 else rng.randint(1, 500_000_000_000)
        weave += sum(int(tx["data_size"]) for tx in block_txs)
        pool += sum(fees) - miner_fees - top_up
        blocks[height] = _block(height, timestamp, block_txs, weave, pool,
                                arweave.inflation_winston(height) + miner_fees + top_up)
        txs.update({tx["id"]: tx for tx in block_txs})
        height, timestamp = height + 1, timestamp + 12 * 3600 + rng.randint(-4 * 3600, 4 * 3600)
    return blocks, txs


def _probe_block(height: int, chain_start: int) -> dict:
    """A block below the sample chain: only its timestamp matters (to the binary search)."""
    below = CHAIN_FIRST_HEIGHT - height
    reward = arweave.inflation_winston(height) if height >= arweave.FORK_2_6_HEIGHT else None
    return _block(height, chain_start - below * PROBE_SPACING_S, [], FIRST_WEAVE_BYTES - below * 2**22,
                  40_000_000 * arweave.WINSTON_PER_AR, reward)


def write(root: Path, start: date, end: date) -> None:
    blocks, txs = sample_chain(start, end)
    tip = max(blocks)
    chain_start = blocks[CHAIN_FIRST_HEIGHT]["timestamp"]

    def body(height: int) -> dict:
        return blocks[height] if height in blocks else _probe_block(height, chain_start)

    probed: set[int] = set()

    def timestamp_at(height: int) -> int:
        probed.add(height)
        return body(height)["timestamp"]

    first = arweave.first_height_at_or_after(int(midnight(start).timestamp()), tip, timestamp_at)
    info = {"network": "arweave.N.1", "version": 5, "release": 77, "height": tip, "current": _hash("block", tip),
            "blocks": tip + 1, "peers": 120, "queue_length": 0, "node_state_latency": 1}
    record(root, "arweave/info", arweave.info_request(), json.dumps(info).encode())
    for height in sorted(probed | set(range(first, tip + 1))):
        record(root, f"arweave/block/{height}", arweave.block_request(height), json.dumps(body(height)).encode())
        for tx_id in body(height)["txs"] if height >= first else []:
            record(root, f"arweave/tx/{tx_id}", arweave.tx_request(tx_id), json.dumps(txs[tx_id]).encode())

