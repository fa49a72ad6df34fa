"""The HMA bank client against the reference registry's HMA subset."""

from __future__ import annotations

import json

import pytest

from takeitdown_client.core.fingerprints import VideoFingerprint, VpdqFrame
from takeitdown_client.core.payload import SubmissionPayload, build_payload
from takeitdown_client.core.registry import (
    HmaClient,
    HmaSubmitError,
    RegistryError,
    RegistryErrorCode,
    new_idempotency_key,
)
from takeitdown_client.core.registry.hma import vpdq_signal_string
from takeitdown_client.registry_server import RunningServer

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
    # 1 PDQ + 7 dihedral variants, then video_md5 and vpdq.
    assert len(receipt.content_ids) == 10
    assert len(set(receipt.content_ids)) == 10
    assert receipt.accepted == 2
    assert receipt.kind == "hma" and receipt.case_id.startswith("local-") and receipt.bank == BANK
    for pdq in (image["pdq"], image["pdq_dihedral"]["rotate90"], image["pdq_dihedral"]["flipx"]):
        matches = client.lookup("pdq", pdq)[BANK]
        assert {str(m["bank_content_id"]) for m in matches} <= set(receipt.content_ids)
        assert any(str(m["distance"]) == "0" for m in matches)
    video_matches = client.lookup("video_md5", video["md5"])[BANK]
    assert str(video_matches[0]["bank_content_id"]) in receipt.content_ids


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
    assert len(posts) == 10
    for post in posts:
        assert post.headers["Content-Type"] == "application/json"
        body = json.loads(post.body)
        [(signal_type, value)] = body.items()
        assert signal_type in ("pdq", "video_md5", "vpdq")
        assert value == value.lower()
    vpdq = json.loads(json.loads(posts[-1].body)["vpdq"])
    assert isinstance(vpdq, list) and len(vpdq) == 4
    pdq, quality, seconds = vpdq[1].split(",")
    assert len(pdq) == 64 and quality == "100" and float(seconds) == 1.0


def test_vpdq_is_skipped_when_the_bank_does_not_take_it(
    flaky: FlakyServer, payload: SubmissionPayload
) -> None:
    refusal = Step(status=400, body=b'{"message": "No such signal type vpdq"}')
    flaky.plan([FORWARD] * 9 + [refusal])
    receipt = HmaClient(flaky.url, bank=BANK, options=FAST).submit(
        payload.to_bytes(), new_idempotency_key()
    )
    assert len(receipt.content_ids) == 9
    assert receipt.accepted == 2


def test_vpdq_signal_string_format() -> None:
    frames = [
        {"pdq": "a" * 64, "quality": 100, "timestamp": 0.0},
        {"pdq": "b" * 64, "quality": 49, "timestamp": 1.5},
    ]
    text = vpdq_signal_string(frames)
    assert json.loads(text) == [f"{'a' * 64},100,0.0", f"{'b' * 64},49,1.5"]


def test_unknown_bank_is_not_found(registry: RunningServer, payload: SubmissionPayload) -> None:
    client = HmaClient(registry.url, bank="NO_SUCH_BANK", options=FAST)
    with pytest.raises(HmaSubmitError) as caught:
        client.submit(payload.to_bytes(), new_idempotency_key())
    assert caught.value.code == RegistryErrorCode.NOT_FOUND
    assert caught.value.content_ids == ()
    assert caught.value.server_message  # HMA's {"message": ...}


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


def test_status_and_withdraw_are_not_available(
    registry: RunningServer, payload: SubmissionPayload
) -> None:
    client = HmaClient(registry.url, bank=BANK, options=FAST)
    receipt = client.submit(payload.to_bytes(), new_idempotency_key())
    for action in (client.status, client.withdraw):
        with pytest.raises(RegistryError) as caught:
            action(receipt)
        assert caught.value.code == RegistryErrorCode.NOT_SUPPORTED


def test_status_page_that_is_not_hma(bare_flaky: FlakyServer) -> None:
    bare_flaky.plan([Step(status=404, body=b"<html>nope</html>", content_type="text/html")])
    with pytest.raises(RegistryError) as caught:
        HmaClient(bare_flaky.url, bank=BANK, options=FAST).test_connection()
    assert caught.value.code == RegistryErrorCode.NOT_FOUND


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
    assert len(receipt.content_ids) == 3  # video_md5, vpdq, the crop's vpdq
    # A 9:16 clip made of the crop's frames matches through the crop's signal.
    clip = vpdq_signal_string(payload.items[0]["vpdq_variants"][0]["frames"])
    matches = {str(m["bank_content_id"]) for m in client.lookup("vpdq", clip)[BANK]}
    assert matches == {receipt.content_ids[2]}
