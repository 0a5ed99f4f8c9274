"""Deterministic sample recordings in the exact upstream shapes, for the demo and tests.

Everything here is invented (seeded), marked ``"sample": true`` in each recording's meta; the
replay server then flags responses and every table built from them says ``is_sample_data = true``.
Real third-party data is never copied here. One module per source, each with ``write(root, start, end)``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from . import akash, arweave, coingecko, defillama, filecoin, helium, ionet, render_foundation, solana_supply

DEMO_START = date(2025, 5, 1)
DEMO_END = date(2025, 10, 29)  # exclusive: the last demo day is 2025-10-28
WRITERS = (coingecko.write, render_foundation.write, defillama.write, arweave.write,
           filecoin.write, helium.write, akash.write, ionet.write, solana_supply.write)


def write_sample_recordings(root: Path, start: date = DEMO_START, end: date = DEMO_END) -> Path:
    """Recordings answering every request of one run over partitions [start, end)."""
    root = Path(root)
    for write in WRITERS:
        write(root, start, end)
    return root
