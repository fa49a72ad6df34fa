"""The HMA bank client against the reference registry's HMA subset."""

from __future__ import annotations

import json

import pytest
import requests

from takeitdown_client.core.fingerprints import VideoFingerprint, VpdqFrame
from takeitdown_client.core.payload import SubmissionPayload, build_payload
from takeitdown_client.core.receipts import Receipt
from takeitdown_client.core.registry import (
    HmaClient,
    HmaSubmitError,
    RegistryError,
    RegistryErrorCode,
    new_idempotency_key,
)
from takeitdown_client.core.registry.hma import vpdq_signal_string
from takeitdown_client.registry_server import RegistryConfig, RunningServer, start_in_thread

from .conftest import BANK, FAST, sample_fingerprints
from .flaky_server import FORWARD, FlakyServer, Step


def test_banked_signals_round_trip_through_lookup(
    registry: RunningServer, payload: SubmissionPayload
) -> None:
    client = HmaClient(registry.url, bank=BANK, name="Local HMA", options=FAST)
    assert client.test_connection().api_version == "hma"
    receipt = client.submit(payload.to_bytes(), new_idempotency_key())
    image, flat, video = payload.items
    assert flat.get("low_quality")  # no PDQ: nothing HMA could match
    # 1 PDQ + 7 dihedral variants, then one content with video_md5 and vpdq.
    assert len(receipt.content_ids) == 9
    assert len(set(receipt.content_ids)) == 9
    assert receipt.accepted == 2 and receipt.not_sent == 1 and receipt.exact_only == 0
    assert receipt.kind == "hma" and receipt.case_id.startswith("local-") and receipt.bank == BANK
    for pdq in (image["pdq"], image["pdq_dihedral"]["rotate90"], image["pdq_dihedral"]["flipx"]):
        matches = client.lookup("pdq", pdq)[BANK]
        assert {str(m["bank_content_id"]) for m in matches} <= set(receipt.content_ids)
        assert any(str(m["distance"]) == "0" for m in matches)
    video_matches = client.lookup("video_md5", video["md5"])[BANK]
    assert str(video_matches[0]["bank_content_id"]) == receipt.content_ids[-1]
    vpdq_matches = client.lookup("vpdq", vpdq_signal_string(video["vpdq"]["frames"]))[BANK]
    assert str(vpdq_matches[0]["bank_content_id"]) == receipt.content_ids[-1]


def test_near_pdq_matches_and_far_does_not(registry: RunningServer) -> None:
    payload = build_payload(sample_fingerprints()[:1], "adult", "self", include_dihedral=False)
    client = HmaClient(registry.url, bank=BANK, options=FAST)
    receipt = client.submit(payload.to_bytes(), new_idempotency_key())
    assert len(receipt.content_ids) == 1
    pdq = payload.items[0]["pdq"]
    near = f"{int(pdq, 16) ^ (2**31 - 1):064x}"  # 31 bits flipped: still a match
    far = f"{int(pdq, 16) ^ (2**32 - 1):064x}"  # 32 bits flipped: not
    assert client.lookup("pdq", near).get(BANK)
    assert not client.lookup("pdq", far).get(BANK)


def test_posts_are_json_with_lowercase_hashes(
    flaky: FlakyServer, payload: SubmissionPayload
) -> None:
    client = HmaClient(flaky.url, bank=BANK, options=FAST)
    client.submit(payload.to_bytes(), new_idempotency_key())
    posts = flaky.requests_to(f"/c/bank/{BANK}/signal")
    assert len(posts) == 9
    for post in posts[:-1]:
        assert post.headers["Content-Type"] == "application/json"
        [(signal_type, value)] = json.loads(post.body).items()
        assert signal_type == "pdq" and value == value.lower()
    video = json.loads(posts[-1].body)
    assert set(video) == {"video_md5", "vpdq"}  # one content: one id withdraws both
    vpdq = json.loads(video["vpdq"])
    assert isinstance(vpdq, list) and len(vpdq) == 4
    pdq, quality, seconds = vpdq[1].split(",")
    assert len(pdq) == 64 and quality == "100" and float(seconds) == 1.0


def test_without_vpdq_the_video_is_listed_by_exact_fingerprint_only(
    payload: SubmissionPayload,
) -> None:
    config = RegistryConfig(hma_signal_types=("pdq", "video_md5"))
    with start_in_thread(config=config, hma_banks=(BANK,)) as hma:
        client = HmaClient(hma.url, bank=BANK, options=FAST)
        assert client.info().signal_types == ("pdq", "video_md5")  # asked, not assumed
        receipt = client.submit(payload.to_bytes(), new_idempotency_key())
        assert len(receipt.content_ids) == 9 and receipt.accepted == 2
        assert receipt.exact_only == 1
        video_id = receipt.content_ids[-1]
        shown = requests.get(
            f"{hma.url}/c/bank/{BANK}/content/{video_id}?include_signals=true", timeout=5
        ).json()
        assert set(shown["signals"]) == {"video_md5"}
        assert hma.store.counts()["hma_content"] == 9  # the refused POST added nothing


def test_info_lists_the_enabled_signal_types(registry: RunningServer) -> None:
    info = HmaClient(registry.url, bank=BANK, options=FAST).info()
    assert info.signal_types == ("pdq", "video_md5", "vpdq") and info.bank == BANK


def test_pictures_too_plain_for_pdq_send_nothing(registry: RunningServer) -> None:
    flat_only = build_payload(sample_fingerprints()[1:2], "minor", "self")
    client = HmaClient(registry.url, bank=BANK, options=FAST)
    with pytest.raises(RegistryError) as caught:
        client.submit(flat_only.to_bytes(), new_idempotency_key())
    assert caught.value.code == RegistryErrorCode.NOTHING_TO_SEND
    assert "Nothing was sent" in caught.value.message
    assert registry.store.counts()["hma_content"] == 0


def test_vpdq_signal_string_format() -> None:
    frames = [
        {"pdq": "a" * 64, "quality": 100, "timestamp": 0.0},
        {"pdq": "b" * 64, "quality": 49, "timestamp": 1.5},
    ]
    text = vpdq_signal_string(frames)
    assert json.loads(text) == [f"{'a' * 64},100,0.0", f"{'b' * 64},49,1.5"]


def test_unknown_bank_has_its_own_message(
    registry: RunningServer, payload: SubmissionPayload
) -> None:
    client = HmaClient(registry.url, bank="NO_SUCH_BANK", options=FAST)
    with pytest.raises(HmaSubmitError) as caught:
        client.submit(payload.to_bytes(), new_idempotency_key())
    assert caught.value.code == RegistryErrorCode.BANK_NOT_FOUND
    assert caught.value.bank == "NO_SUCH_BANK"
    assert "no list called NO_SUCH_BANK" in caught.value.message
    assert "case" not in caught.value.message and "token" not in caught.value.message
    assert caught.value.content_ids == ()
    assert caught.value.server_message  # HMA's {"message": ...}


@pytest.mark.parametrize("bank", ["lower", "1STARTS_WITH_DIGIT", "HAS-DASH", "", "A" * 256])
def test_bank_names_are_checked_before_any_connection(bank: str) -> None:
    with pytest.raises(RegistryError) as caught:
        HmaClient("http://127.0.0.1:9", bank=bank)  # nothing listens on port 9
    assert caught.value.code == RegistryErrorCode.INVALID_BANK_NAME
    assert "UPPER_WITH_UNDERSCORE" in caught.value.message


def test_an_existing_bank_is_not_an_auth_failure(registry: RunningServer) -> None:
    client = HmaClient(registry.url, bank=BANK, options=FAST)
    with pytest.raises(RegistryError) as caught:
        client.create_bank()
    assert caught.value.code == RegistryErrorCode.BANK_EXISTS and caught.value.status == 403
    assert client.create_bank("ANOTHER_BANK") == {
        "name": "ANOTHER_BANK",
        "matching_enabled_ratio": 1.0,
    }


def test_stopping_part_way_reports_what_was_added(
    flaky: FlakyServer, payload: SubmissionPayload
) -> None:
    flaky.plan([FORWARD] * 3 + [Step(status=400, body=b'{"message": "Invalid pdq signal"}')])
    with pytest.raises(HmaSubmitError) as caught:
        HmaClient(flaky.url, bank=BANK, options=FAST).submit(
            payload.to_bytes(), new_idempotency_key()
        )
    assert caught.value.code == RegistryErrorCode.REJECTED
    assert len(caught.value.content_ids) == 3


def test_status_then_withdraw_every_entry(
    registry: RunningServer, payload: SubmissionPayload
) -> None:
    client = HmaClient(registry.url, bank=BANK, options=FAST)
    receipt = client.submit(payload.to_bytes(), new_idempotency_key())
    status = client.status(receipt)
    assert (status.status, status.entries_listed, status.entries) == ("received", 9, 9)
    assert status.case_id == receipt.case_id and status.accepted == 2
    first = receipt.content_ids[0]
    assert requests.delete(f"{registry.url}/c/bank/{BANK}/content/{first}", timeout=5).ok
    status = client.status(receipt)
    assert (status.status, status.entries_listed) == ("partly_withdrawn", 8)

    withdrawn = client.withdraw(receipt)
    assert (withdrawn.status, withdrawn.entries_listed, withdrawn.entries) == ("withdrawn", 0, 9)
    assert registry.store.counts()["hma_content"] == 0
    assert client.lookup("pdq", payload.items[0]["pdq"]) == {}
    assert client.status(receipt).status == "withdrawn"
    assert client.withdraw(receipt).status == "withdrawn"  # again: nothing left, no error


def test_withdraw_survives_a_lost_answer(flaky: FlakyServer, payload: SubmissionPayload) -> None:
    client = HmaClient(flaky.url, bank=BANK, options=FAST)
    receipt = client.submit(payload.to_bytes(), new_idempotency_key())
    # The first DELETE is carried out, then its answer is lost: the retry finds it gone.
    flaky.plan([Step(forward=True, action="reset")])
    assert client.withdraw(receipt).status == "withdrawn"
    deletes = flaky.requests_to(f"/c/bank/{BANK}/content/")
    assert len(deletes) == 10 and deletes[0].path == deletes[1].path
    assert client.status(receipt).entries_listed == 0


def test_status_counts_only_entries_of_the_receipts_bank(bare_flaky: FlakyServer) -> None:
    # Real HMA shows a content id of any bank under any bank's path.
    other = json.dumps({"id": 5, "bank": {"name": "OTHER", "matching_enabled_ratio": 1.0}})
    mine = json.dumps({"id": 6, "bank": {"name": BANK, "matching_enabled_ratio": 1.0}})
    bare_flaky.plan([Step(status=200, body=other.encode()), Step(status=200, body=mine.encode())])
    receipt = Receipt("local-x", "", "H", bare_flaky.url, "hma", "", 1, 0, ("5", "6"), BANK)
    status = HmaClient(bare_flaky.url, bank=BANK, options=FAST).status(receipt)
    assert (status.status, status.entries_listed) == ("partly_withdrawn", 1)


def test_status_of_a_missing_bank(registry: RunningServer) -> None:
    receipt = Receipt("local-x", "", "H", registry.url, "hma", "", 1, 0, ("1",), "GONE_BANK")
    for action in ("status", "withdraw"):
        with pytest.raises(RegistryError) as caught:
            getattr(HmaClient(registry.url, bank=BANK, options=FAST), action)(receipt)
        assert caught.value.code == RegistryErrorCode.BANK_NOT_FOUND
        assert caught.value.bank == "GONE_BANK"


def test_test_connection_checks_address_token_and_bank() -> None:
    config = RegistryConfig(hma_token="right-token-1234", hma_signal_types=("pdq", "video_md5"))
    with start_in_thread(config=config, hma_banks=(BANK,)) as hma:
        good = HmaClient(hma.url, bank=BANK, token="right-token-1234", options=FAST)
        info = good.test_connection()
        assert info.bank == BANK and info.signal_types == ("pdq", "video_md5")
        for token in (None, "wrong-token-5678"):
            with pytest.raises(RegistryError) as caught:
                HmaClient(hma.url, bank=BANK, token=token, options=FAST).test_connection()
            assert caught.value.code == RegistryErrorCode.UNAUTHORIZED
        with pytest.raises(RegistryError) as caught:
            HmaClient(hma.url, bank="NOT_HERE", token="right-token-1234").test_connection()
        assert caught.value.code == RegistryErrorCode.BANK_NOT_FOUND
        assert "no list called NOT_HERE" in caught.value.message


def test_status_page_that_is_not_hma(bare_flaky: FlakyServer) -> None:
    bare_flaky.plan([Step(status=404, body=b"<html>nope</html>", content_type="text/html")])
    with pytest.raises(RegistryError) as caught:
        HmaClient(bare_flaky.url, bank=BANK, options=FAST).test_connection()
    assert caught.value.code == RegistryErrorCode.WRONG_SERVICE
    bare_flaky.plan([Step(status=404, body=b'{"message": "Not Found"}')])  # no such path
    with pytest.raises(RegistryError) as caught:
        HmaClient(bare_flaky.url, bank=BANK, options=FAST).test_connection()
    assert caught.value.code == RegistryErrorCode.WRONG_SERVICE


def test_bank_is_required() -> None:
    with pytest.raises(RegistryError):
        HmaClient("http://127.0.0.1:9", bank=" ")


def test_lookup_hashes_stay_out_of_logs(
    bare_flaky: FlakyServer, caplog: pytest.LogCaptureFixture
) -> None:
    import logging

    caplog.set_level(logging.DEBUG)
    bare_flaky.plan([Step(status=503, body=b"{}"), Step(status=200, body=b"{}")])
    secret = "c0ffee" * 10 + "abcd"
    assert HmaClient(bare_flaky.url, bank=BANK, options=FAST).lookup("pdq", secret) == {}
    assert len(bare_flaky.received) == 2
    assert caplog.records  # urllib3 did log the retry
    assert secret not in caplog.text


def test_each_video_variant_is_a_vpdq_signal_of_its_own(registry: RunningServer) -> None:
    frames = tuple(VpdqFrame(n, 100, f"{n:064x}", float(n)) for n in range(3))
    crop = tuple(VpdqFrame(n, 90, f"{((1 << 256) - 1) ^ n:064x}", float(n)) for n in range(3))
    video = VideoFingerprint("e" * 32, "e" * 64, 1.0, frames, variants=(("crop:9x16", crop),))
    payload = build_payload([video], "adult", "self")
    client = HmaClient(registry.url, bank=BANK, options=FAST)
    receipt = client.submit(payload.to_bytes(), new_idempotency_key())
    assert len(receipt.content_ids) == 2  # video_md5 with vpdq, then the crop's vpdq
    # A 9:16 clip made of the crop's frames matches through the crop's signal.
    clip = vpdq_signal_string(payload.items[0]["vpdq_variants"][0]["frames"])
    matches = {str(m["bank_content_id"]) for m in client.lookup("vpdq", clip)[BANK]}
    assert matches == {receipt.content_ids[1]}
