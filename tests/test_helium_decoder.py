"""helium-sub-daos account decoding: discriminators, the getProgramAccounts request, a round trip
through the sample encoder, byte offsets worked out by hand from state.rs, and bad bodies."""

from __future__ import annotations

import base64
import hashlib
import json
import struct
from datetime import date

import pytest

from pipelines.sample_data.helium import encode_dao_epoch_info, encode_sub_dao_epoch_info, write_epoch_accounts
from pipelines.sources.errors import SourceDataError
from pipelines.sources.helium_sub_daos import (PROGRAM_ID, SUB_DAOS, b58decode, b58encode, decode_account,
                                               discriminator, parse_program_accounts, program_accounts_request)

MOBILE = "Gm9xDCJawDEKDrrQW6haw94gABaYzQwCq4ZQU8h8bd22"


def test_discriminators_are_anchor_sha256_prefixes():
    assert discriminator("SubDaoEpochInfoV0") == hashlib.sha256(b"account:SubDaoEpochInfoV0").digest()[:8]
    # lthiery/hnt-explorer hard-codes the same bytes for its getProgramAccounts filter.
    assert list(discriminator("SubDaoEpochInfoV0")) == [45, 249, 177, 20, 170, 251, 37, 37]
    assert discriminator("DaoEpochInfoV0").hex() == "0ba88ac49b937a2c"


def test_program_accounts_request_filters_on_the_discriminator():
    request = program_accounts_request("SubDaoEpochInfoV0", "https://rpc.example/?api-key=k")
    assert request.method == "POST" and request.url == "https://rpc.example/?api-key=k"
    body = request.json_body
    assert (body["jsonrpc"], body["method"], body["params"][0]) == ("2.0", "getProgramAccounts", PROGRAM_ID)
    memcmp = body["params"][1]["filters"][0]["memcmp"]
    assert memcmp["offset"] == 0 and b58decode(memcmp["bytes"]) == discriminator("SubDaoEpochInfoV0")
    assert body["params"][1]["encoding"] == "base64"
    assert program_accounts_request("DaoEpochInfoV0", "https://rpc.example").url == "https://rpc.example/"


def test_base58_round_trips_known_addresses():
    for address in (PROGRAM_ID, MOBILE, *SUB_DAOS, "11111111111111111111111111111111"):
        assert len(b58decode(address)) == 32 and b58encode(b58decode(address)) == address


@pytest.mark.parametrize("utility_score, issued_at", [(None, None), (2**100 + 7, 1_756_771_200)])
def test_sub_dao_epoch_info_round_trip(utility_score, issued_at):
    data = encode_sub_dao_epoch_info(
        epoch=20_332, sub_dao=MOBILE, dc_burned=785_184_940, delegation_rewards_issued=12_345,
        utility_score=utility_score, rewards_issued_at=issued_at, dc_onboarding_fees_paid=9_500_000_000,
        hnt_rewards_issued=2**63 + 5, previous_percentage=4_000_000_000)
    decoded = decode_account("SubDaoEpochInfoV0", data)
    assert decoded["epoch"] == 20_332 and decoded["sub_dao"] == MOBILE and decoded["dc_burned"] == 785_184_940
    assert (decoded["utility_score"], decoded["rewards_issued_at"]) == (utility_score, issued_at)
    assert decoded["dc_onboarding_fees_paid"] == 9_500_000_000 and decoded["hnt_rewards_issued"] == 2**63 + 5
    assert decoded["previous_percentage"] == 4_000_000_000 and decoded["initialized"] is True
    # state.rs by hand: 8 disc + 8 epoch + 32 sub_dao + 8 + 8 + 16 + 16 + 8 = 104, then the two Options.
    options = (1 if utility_score is None else 17) + (1 if issued_at is None else 9)
    assert struct.unpack_from("<Q", data, 104 + options + 2)[0] == 9_500_000_000


def test_dao_epoch_info_fields_at_offsets_from_state_rs():
    data = bytearray(356)
    data[:8] = discriminator("DaoEpochInfoV0")
    data[8] = 1                                           # done_calculating_scores
    struct.pack_into("<Q", data, 9, 20_332)               # epoch
    data[17:49] = b58decode(MOBILE)                       # dao (any key)
    struct.pack_into("<QQ", data, 49, 2_062_047_944_000, 18_000_000_000_000_000)  # total_rewards, supply
    data[89] = 1                                          # done_issuing_rewards (after u128 + u32 + u32)
    struct.pack_into("<QQQ", data, 268, 7 * 10**8, 3 * 10**8, 150 * 10**8)  # after 4×40 proposals + 2 u64
    decoded = decode_account("DaoEpochInfoV0", bytes(data))
    assert (decoded["epoch"], decoded["total_rewards"], decoded["current_hnt_supply"]) == \
        (20_332, 2_062_047_944_000, 18_000_000_000_000_000)
    assert decoded["done_calculating_scores"] and decoded["done_issuing_rewards"]
    assert (decoded["cumulative_not_emitted"], decoded["not_emitted"], decoded["smoothed_hnt_burned"]) == \
        (7 * 10**8, 3 * 10**8, 150 * 10**8)
    assert decode_account("DaoEpochInfoV0", encode_dao_epoch_info(
        epoch=20_332, total_rewards=2_062_047_944_000, current_hnt_supply=18_000_000_000_000_000,
        delegation_rewards_issued=0, cumulative_not_emitted=7 * 10**8, not_emitted=3 * 10**8,
        smoothed_hnt_burned=150 * 10**8, dao=MOBILE)) == decoded | {"bump_seed": 254,
                                                                   "num_utility_scores_calculated": 2,
                                                                   "num_rewards_issued": 2,
                                                                   "done_issuing_hst_pool": True}


def test_an_account_older_than_the_tail_fields_decodes_them_as_none():
    old = bytes(encode_dao_epoch_info(epoch=19_500, total_rewards=1, current_hnt_supply=2, delegation_rewards_issued=0,
                                      cumulative_not_emitted=0, not_emitted=0, smoothed_hnt_burned=0)[:180])
    decoded = decode_account("DaoEpochInfoV0", old)
    assert decoded["total_rewards"] == 1 and decoded["not_emitted"] is None and decoded["smoothed_hnt_burned"] is None
    with pytest.raises(ValueError, match="ends inside"):
        decode_account("DaoEpochInfoV0", old[:60])


def test_sample_body_parses_to_one_row_per_sub_dao_and_day(tmp_path):
    write_epoch_accounts(tmp_path, date(2025, 9, 1), date(2025, 9, 4), lambda day: 20_000)
    body = (tmp_path / "helium/gpa_SubDaoEpochInfoV0.json").read_bytes()
    frame = parse_program_accounts(body, "SubDaoEpochInfoV0")
    assert len(frame) == 6 and set(frame["sub_dao"]) == set(SUB_DAOS)
    assert sorted(set(frame["epoch"])) == [20_332, 20_333, 20_334]
    assert frame["dc_burned"].str.fullmatch(r"\d+").all()
    daos = parse_program_accounts((tmp_path / "helium/gpa_DaoEpochInfoV0.json").read_bytes(), "DaoEpochInfoV0")
    assert all(int(t) >= 20_000 * 10**8 for t in daos["total_rewards"])


def _body(*datas: bytes) -> bytes:
    return json.dumps({"jsonrpc": "2.0", "id": 1, "result": [
        {"pubkey": "x", "account": {"data": [base64.b64encode(d).decode(), "base64"], "owner": PROGRAM_ID}}
        for d in datas]}).encode()


def test_bad_bodies_name_the_column_and_rows():
    good = encode_sub_dao_epoch_info(epoch=1, sub_dao=MOBILE, dc_burned=1, delegation_rewards_issued=0,
                                     utility_score=None, rewards_issued_at=None, dc_onboarding_fees_paid=0,
                                     hnt_rewards_issued=0, previous_percentage=0)
    with pytest.raises(SourceDataError, match=r"column 'account.data'.*ends inside.*rows \[1\]"):
        parse_program_accounts(_body(good, good[:40], good), "SubDaoEpochInfoV0")
    with pytest.raises(SourceDataError, match=r"column 'account.data'.*discriminator.*rows \[0\]"):
        parse_program_accounts(_body(good), "DaoEpochInfoV0")
    error = json.dumps({"jsonrpc": "2.0", "id": 1, "error": {"code": -32010, "message": "excluded from account "
                                                             "secondary indexes"}}).encode()
    with pytest.raises(SourceDataError, match=r"column 'error'.*RPC error -32010"):
        parse_program_accounts(error, "SubDaoEpochInfoV0")
