"""Sample Filecoin bodies: FDP Parquet files in the upstream column layout (newest day first, as
FDP writes them) and a Lotus StateGetActor answer. Invented, seeded values; identities hold
(message burn = base fee + overestimation; total burn ≥ message burn + penalties; USD = FIL × price).
"""

from __future__ import annotations

import io
import json
import random
from datetime import date, timedelta
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from ..sources import filecoin_data_portal as fdp
from ..sources import lotus
from .common import SEED, record

HISTORY_DAYS = 14  # a little history before the first partition day


def _days(start: date, end: date) -> list[date]:
    first = start - timedelta(days=HISTORY_DAYS)
    return [first + timedelta(days=i) for i in range((end - first).days)]


def parquet_from_columns(columns: dict[str, list]) -> bytes:
    buffer = io.BytesIO()
    pq.write_table(pa.table(columns), buffer)
    return buffer.getvalue()


def network_metrics_rows(start: date, end: date, seed: int = SEED) -> list[dict]:
    rng = random.Random(f"{seed}-filecoin-network")
    price, raw, qap, burnt, circulating, rows = 3.0, 3_050.0, 10_900.0, 41_200_000.0, 655_000_000.0, []
    for day in _days(start, end):
        price *= 1 + rng.gauss(0, 0.03)
        base, over = rng.uniform(50, 900), rng.uniform(5, 80)
        tip, penalty, batch = rng.uniform(1, 30), rng.uniform(200, 3_000), rng.uniform(0, 400)
        rewards = rng.uniform(90_000, 100_000)
        total = base + over + penalty + batch
        onboarded = rng.uniform(1.5, 6.0)
        raw, qap = raw + onboarded - rng.uniform(1.0, 6.0), qap + 4 * onboarded - rng.uniform(4.0, 20.0)
        burnt, circulating = burnt + total, circulating + rewards * 0.4 - total
        rows.append({
            "date": day, "transactions": rng.randint(90_000, 160_000), "onboarded_pibs": onboarded,
            "terminated_pibs": rng.uniform(0, 2), "raw_power_pibs": raw, "quality_adjusted_power_pibs": qap,
            "base_fee_burn_fil": base, "base_fee_burn_usd": base * price,
            "overestimation_burn_fil": over, "overestimation_burn_usd": over * price,
            "message_burn_fil": base + over, "message_burn_usd": (base + over) * price,
            "miner_tip_fil": tip, "miner_tip_usd": tip * price,
            "protocol_revenue_fil": total, "protocol_revenue_usd": total * price,
            "message_storage_provider_penalty_fil": penalty, "message_storage_provider_penalty_usd": penalty * price,
            "circulating_fil": circulating, "locked_fil": circulating * 0.17, "burnt_fil": burnt,
            "block_rewards_fil": rewards, "block_rewards_usd": rewards * price,
            "filecoin_pay_active_rails": rng.randint(50, 400), "filecoin_pay_paid_usd": rng.uniform(0, 2_500),
            "fil_token_price_avg_usd": price,
        })
    return rows


def deal_metrics_rows(start: date, end: date, seed: int = SEED) -> list[dict]:
    rng = random.Random(f"{seed}-filecoin-deals")
    active, rows = 1_700.0, []
    for day in _days(start, end):
        onboarded = rng.uniform(1.5, 6.0)
        active += onboarded * 0.6 - rng.uniform(0.5, 3.0)
        rows.append({"date": day, "onboarded_data_pibs": onboarded * 0.6,
                     "deal_storage_cost_fil": rng.choice([0.0, rng.uniform(0.01, 60.0)]),
                     "sector_onboarding_raw_power_pibs": onboarded, "data_on_active_deals_pibs": active,
                     "clients_with_active_data_gt_1_tibs": rng.randint(1_500, 1_700)})
    return rows


def parquet_body(rows: list[dict]) -> bytes:
    newest_first = list(reversed(rows))
    return parquet_from_columns({column: [row[column] for row in newest_first] for column in rows[0]})


def state_get_actor_body(burnt_fil: float) -> dict:
    return {"jsonrpc": "2.0", "id": 1, "result": {
        "Code": {"/": "bafk2bzacesampleaccountactorcodecid"}, "Head": {"/": "bafy2bzacesampleheadcid"},
        "Nonce": 0, "Balance": str(int(burnt_fil * 10**6) * 10**12)}}


def write(root: Path, start: date, end: date) -> None:
    network = network_metrics_rows(start, end)
    record(root, f"filecoin_data_portal/{fdp.DEFAULT_TABLE}", fdp.table_request(fdp.DEFAULT_TABLE),
           parquet_body(network))
    record(root, f"filecoin_data_portal/{fdp.DEAL_TABLE}", fdp.table_request(fdp.DEAL_TABLE),
           parquet_body(deal_metrics_rows(start, end)))
    record(root, "lotus/state_get_actor_f099", lotus.state_get_actor_request(),
           json.dumps(state_get_actor_body(network[-1]["burnt_fil"]), indent=2).encode())
