"""Sample Helium bodies: emission schedule files, getProgramAccounts answers with borsh-encoded
epoch accounts (so the decoder reads real bytes), and hotspot pagination metadata. All invented.

The encoder below is written field by field from state.rs on purpose: it shares no layout table with
the decoder, so a round trip checks one against the other."""

from __future__ import annotations

import base64
import json
import random
import struct
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Callable

from ..sources import helium_emissions, helium_entities, helium_sub_daos
from ..sources.helium_sub_daos import PROGRAM_ID, PUBLIC_RPC, b58decode, b58encode, discriminator
from .common import SEED, record

# Invented schedules in the files' shape (round numbers, not Helium's).
SAMPLE_SCHEDULES = {
    ("hnt", 0): [("2023-04-18T00:00:00Z", "80,000.00000000"), ("2023-08-02T00:00:00Z", "40,000.00000000")],
    ("hnt", 1): [("2023-08-02T00:00:00Z", "40,000.00000000"), ("2024-08-01T00:00:01Z", "40,100.00000000"),
                 ("2025-08-01T00:00:01Z", "20,050.00000000")],
    ("iot", 0): [("2023-04-18T00:00:00Z", "160,000,000.000000"), ("2023-08-03T00:00:00Z", "80,000,000.000000")],
    ("iot", 1): [("2024-01-08T00:00:01Z", "88,000,000.000000"), ("2025-08-01T00:00:01Z", "44,000,000.000000"),
                 ("2027-08-01T00:00:01Z", "22,000,000.000000")],
    ("mobile", 0): [("2023-04-18T00:00:00Z", "100,000,000.000000"), ("2023-08-03T00:00:00Z", "70,000,000.000000")],
    ("mobile", 1): [("2024-01-08T00:00:01Z", "80,000,000.000000"), ("2025-08-01T00:00:01Z", "40,000,000.000000"),
                    ("2027-08-01T00:00:01Z", "20,000,000.000000")],
    ("hst", 0): [("2023-04-18T00:00:00Z", 32), ("2023-08-01T00:00:00Z", 31)],
    ("hst", 1): [("2024-08-01T00:00:01Z", 30), ("2025-01-28T00:00:01Z", 0)],
}
DAO = "BQ3MCuTT5zVBhNfQ4SjMh3NPVhFy73MPV8rjfq5d1zHG"  # any 32-byte key: the sample does not check it
MAX_REEMIT_BONES = 164_383_561_643  # 1,643.83561643 HNT/day net-emissions cap


def _u128(value: int) -> bytes:
    return value.to_bytes(16, "little")


def _option(value, pack: Callable[[int], bytes]) -> bytes:
    return b"\0" if value is None else b"\1" + pack(value)


def encode_sub_dao_epoch_info(*, epoch: int, sub_dao: str, dc_burned: int, delegation_rewards_issued: int,
                              utility_score: int | None, rewards_issued_at: int | None,
                              dc_onboarding_fees_paid: int, hnt_rewards_issued: int, previous_percentage: int,
                              vehnt_at_epoch_start: int = 0, padding: int = 60) -> bytes:
    """SubDaoEpochInfoV0 account data: discriminator, borsh fields in declaration order, zeroed spare."""
    return b"".join([
        discriminator("SubDaoEpochInfoV0"), struct.pack("<Q", epoch), b58decode(sub_dao),
        struct.pack("<QQ", dc_burned, vehnt_at_epoch_start), _u128(0), _u128(0),  # closing vehnt, fall rates
        struct.pack("<Q", delegation_rewards_issued), _option(utility_score, _u128),
        _option(rewards_issued_at, lambda ts: struct.pack("<q", ts)), struct.pack("<B?", 255, True),
        struct.pack("<QQI", dc_onboarding_fees_paid, hnt_rewards_issued, previous_percentage), b"\0" * padding,
    ])


def encode_dao_epoch_info(*, epoch: int, total_rewards: int, current_hnt_supply: int,
                          delegation_rewards_issued: int, cumulative_not_emitted: int, not_emitted: int,
                          smoothed_hnt_burned: int, dao: str = DAO, size: int = 356) -> bytes:
    """DaoEpochInfoV0 account data (the program allocates 356 bytes); done flags set."""
    data = b"".join([
        discriminator("DaoEpochInfoV0"), struct.pack("<?Q", True, epoch), b58decode(dao),
        struct.pack("<QQ", total_rewards, current_hnt_supply), _u128(0), struct.pack("<II??B", 2, 2, True, True, 254),
        b"\0" * 160,  # recent_proposals: [RecentProposal{Pubkey, i64}; 4]
        struct.pack("<QQQQQQQ", delegation_rewards_issued, 0, cumulative_not_emitted, not_emitted,
                    smoothed_hnt_burned, 0, 0),
    ])
    return data + b"\0" * (size - len(data))


def _days(start: date, end: date) -> list[date]:
    return [start + timedelta(days=i) for i in range((end - start).days)]


def _account(rng: random.Random, data: bytes) -> dict:
    return {"account": {"data": [base64.b64encode(data).decode(), "base64"], "executable": False,
                        "lamports": 2_500_000 + len(data) * 6960, "owner": PROGRAM_ID,
                        "rentEpoch": 18446744073709551615, "space": len(data)},
            "pubkey": b58encode(rng.randbytes(32))}


def _rpc_body(accounts: list[dict]) -> bytes:
    return json.dumps({"jsonrpc": "2.0", "result": accounts, "id": 1}).encode()


def sample_hnt_per_day(day: date) -> Decimal:
    versions = [[helium_emissions.ScheduleRow(datetime.fromisoformat(s), Decimal(v.replace(",", "")))
                 for s, v in SAMPLE_SCHEDULES[("hnt", order)]] for order in (0, 1)]
    return helium_emissions.value_for_day(helium_emissions.merge_versions(*versions), day) or Decimal(0)


def write_schedules(root: Path) -> None:
    for name, refs in helium_emissions.VERSIONS.items():
        column = "percent" if name in helium_emissions.PERCENT_FILES else "emissionsPerEpoch"
        for order, ref in enumerate(refs):
            rows = [{"startTime": start, column: value} for start, value in SAMPLE_SCHEDULES[(name, order)]]
            record(root, f"helium/emissions_{name}_{ref[:12]}", helium_emissions.schedule_request(name, ref),
                   json.dumps(rows, indent=2).encode())


def write_epoch_accounts(root: Path, start: date, end: date, hnt_per_day: Callable[[date], Decimal],
                         rpc_url: str = PUBLIC_RPC, seed: int = SEED) -> None:
    """One SubDaoEpochInfoV0 per subDAO and day and one DaoEpochInfoV0 per day, for days [start, end)."""
    rng = random.Random(f"{seed}-helium-accounts")
    sub_daos, daos = [], []
    onboarding = {"iot": 41_000_000_000, "mobile": 9_500_000_000}  # cumulative DC of active hotspots
    supply, cumulative_not_emitted = 17_900_000_000_000_000, 0
    for day in _days(start, end):
        epoch = (day - date(1970, 1, 1)).days
        issued_at = epoch * 86_400 + 86_400 + rng.randint(600, 7_200)
        for sub_dao, subnetwork in helium_sub_daos.SUB_DAOS.items():
            # Net change can be negative: hotspots marked inactive leave the cumulative sum.
            onboarding[subnetwork] += rng.choice([-1, 0, 1, 2, 3]) * 1_000_000 * rng.randint(1, 40)
            sub_daos.append(_account(rng, encode_sub_dao_epoch_info(
                epoch=epoch, sub_dao=sub_dao,
                dc_burned=rng.randint(800_000, 3_000_000) if subnetwork == "iot" else rng.randint(40, 160) * 10**6,
                delegation_rewards_issued=rng.randint(100, 900) * 10**8, utility_score=rng.getrandbits(90),
                rewards_issued_at=issued_at, dc_onboarding_fees_paid=onboarding[subnetwork],
                hnt_rewards_issued=rng.randint(2_000, 12_000) * 10**8, previous_percentage=rng.getrandbits(31))))
        reemit = rng.randint(0, MAX_REEMIT_BONES)
        total = int(hnt_per_day(day) * 10**8) + reemit
        not_emitted = rng.randint(0, 50) * 10**8
        supply += total - rng.randint(0, 2 * MAX_REEMIT_BONES)
        cumulative_not_emitted += not_emitted
        daos.append(_account(rng, encode_dao_epoch_info(
            epoch=epoch, total_rewards=total, current_hnt_supply=supply, delegation_rewards_issued=total // 20,
            cumulative_not_emitted=cumulative_not_emitted, not_emitted=not_emitted, smoothed_hnt_burned=reemit)))
    for account, accounts in (("SubDaoEpochInfoV0", sub_daos), ("DaoEpochInfoV0", daos)):
        record(root, f"helium/gpa_{account}", helium_sub_daos.program_accounts_request(account, rpc_url),
               _rpc_body(accounts))


def write_hotspot_counts(root: Path, start: date, end: date, seed: int = SEED) -> None:
    rng = random.Random(f"{seed}-helium-hotspots")
    for subnetwork, base in (("iot", 350_000), ("mobile", 45_000)):
        total = base + rng.randint(-5_000, 5_000) + (end - start).days * 10
        body = {"pageSize": 1000, "totalItems": total, "totalPages": -(-total // 1000)}
        record(root, f"helium/pagination_metadata_{subnetwork}",
               helium_entities.pagination_metadata_request(subnetwork), json.dumps(body).encode())


def write(root: Path, start: date, end: date) -> None:
    write_schedules(root)
    write_epoch_accounts(root, start, end, sample_hnt_per_day)
    write_hotspot_counts(root, start, end)
