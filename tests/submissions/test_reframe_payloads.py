"""Reframe variants through the payload, exports, our registry and HMA (real servers)."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from typing import Any

import pytest

from takeitdown_client.cli import main
from takeitdown_client.core.exports import csv_text, parse_csv, threatexchange_text
from takeitdown_client.core.fingerprints import ImageFingerprint, fingerprint_from_json
from takeitdown_client.core.payload import (
    MAX_PDQ_VARIANTS,
    PayloadError,
    build_payload,
    canonical_bytes,
    image_pdq_hashes,
)
from takeitdown_client.core.payload_parse import parse_payload
from takeitdown_client.core.reframes import PdqVariant
from takeitdown_client.core.registry import HmaClient, TakeItDownClient, new_idempotency_key
from takeitdown_client.core.settings import Settings, load_settings, save_settings
from takeitdown_client.registry_server import RunningServer

from ..registry_server.helpers import error_code, submit
from .conftest import BANK, FAST, random_hex, sample_fingerprints

LABELS = ("caption:top:16", "crop:4x5", "crop:9x16:end", "fill:9x16", "inner", "pad:1x1:black")


def with_variants(seed: int = 3) -> list[Any]:
    rng = random.Random(seed)
    fingerprints = sample_fingerprints(seed)
    image = fingerprints[0]
    assert isinstance(image, ImageFingerprint)
    variants = tuple(
        PdqVariant(label, random_hex(rng, 64), 60 + n) for n, label in enumerate(LABELS)
    )
    return [replace(image, pdq_variants=variants), *fingerprints[1:]]


def test_payload_carries_the_variants_sorted_with_label_pdq_and_quality() -> None:
    payload = build_payload(with_variants(), "minor", "self")
    image, flat, _video = payload.items
    assert [variant["label"] for variant in image["pdq_variants"]] == list(LABELS)
    assert all(set(variant) == {"label", "pdq", "quality"} for variant in image["pdq_variants"])
    assert "pdq_variants" not in flat  # too plain: no PDQ of any kind is sent
    assert payload.includes_reframes
    assert len(image_pdq_hashes(image)) == 8 + len(LABELS)
    again = parse_payload(payload.to_bytes())
    assert again.to_bytes() == payload.to_bytes()


def test_switched_off_the_payload_has_no_variants() -> None:
    payload = build_payload(with_variants(), "minor", "self", include_reframes=False)
    assert not payload.includes_reframes
    assert "pdq_variants" not in payload.items[0]


def _payload_json() -> dict[str, Any]:
    data: dict[str, Any] = build_payload(with_variants(), "adult", "self").to_json()
    return data


@pytest.mark.parametrize(
    "change",
    [
        lambda v: v[0].update(label="crop:4x5/../home"),
        lambda v: v[0].update(label="photo_of_jane"),
        lambda v: v[0].update(quality=49),
        lambda v: v[0].update(pdq="zz" * 32),
        lambda v: v[0].update(file="IMG_0001.jpg"),
        lambda v: v.reverse(),
        lambda v: v.append(dict(v[0])),
        lambda v: v.extend(
            {"label": f"trim:{n}", "pdq": "ab" * 32, "quality": 90} for n in range(60)
        ),
    ],
    ids=["path", "name", "weak", "not-hex", "extra-key", "unsorted", "repeat", "too-many"],
)
def test_bad_variants_are_refused_by_client_and_registry(
    change: Any, registry: RunningServer
) -> None:
    data = _payload_json()
    change(data["items"][0]["pdq_variants"])
    with pytest.raises(PayloadError):
        parse_payload(canonical_bytes(data))
    response = submit(registry.url, data)
    assert response.status_code == 400 and error_code(response) == "invalid_payload"


def test_the_budget_is_64_pdq_per_picture() -> None:
    assert MAX_PDQ_VARIANTS == 64 - 8


def test_hash_json_round_trip_keeps_the_variants() -> None:
    image = with_variants()[0]
    assert fingerprint_from_json(json.loads(json.dumps(image.to_json()))) == image


def test_exports_list_every_variant() -> None:
    payload = build_payload(with_variants(), "minor", "self")
    variants = [v["pdq"] for v in payload.items[0]["pdq_variants"]]
    te = threatexchange_text(payload)
    for value in variants:
        assert f"pdq {value}\n" in te
    signals = parse_csv(csv_text(payload))
    assert {s.signal for s in signals if s.signal_type == "pdq"} >= set(variants)
    assert "inner" not in te and "crop" not in te  # labels are not signals


def test_registry_round_trip_and_withdraw_removes_every_variant(registry: RunningServer) -> None:
    payload = build_payload(with_variants(), "minor", "self")
    client = TakeItDownClient(registry.url, options=FAST)
    receipt = client.submit(payload.to_bytes(), new_idempotency_key())
    stored = registry.store.raw_body(receipt.case_id)
    assert stored == payload.to_bytes()
    variants = [v["pdq"] for v in payload.items[0]["pdq_variants"]]
    assert all(value.encode() in stored for value in variants)
    assert client.withdraw(receipt).status == "withdrawn"
    assert registry.store.raw_body(receipt.case_id) is None
    for body in registry.store.raw_bodies().values():
        assert not any(value.encode() in body for value in variants)
    assert registry.store.counts()["items"] == 0


def test_hma_gets_every_variant_as_a_signal_on_the_receipt(registry: RunningServer) -> None:
    payload = build_payload(with_variants(), "minor", "self")
    client = HmaClient(registry.url, bank=BANK, options=FAST)
    receipt = client.submit(payload.to_bytes(), new_idempotency_key())
    image = payload.items[0]
    # 1 PDQ + 7 turns + the reframes, each its own content, then one for the video.
    assert len(receipt.content_ids) == 8 + len(LABELS) + 1
    assert len(set(receipt.content_ids)) == len(receipt.content_ids)
    for variant in image["pdq_variants"]:
        matches = client.lookup("pdq", variant["pdq"])[BANK]
        found = {str(m["bank_content_id"]) for m in matches if str(m["distance"]) == "0"}
        assert found and found <= set(receipt.content_ids)
    client.withdraw(receipt)
    for variant in image["pdq_variants"]:
        assert not client.lookup("pdq", variant["pdq"]).get(BANK)


def _hash_file_with_variants(tmp_path: Any) -> Any:
    path = tmp_path / "hashes.json"
    path.write_text(json.dumps({"items": [{"path": "x", **with_variants()[0].to_json()}]}))
    return path


def test_export_lists_variants_unless_no_reframes(
    tmp_path: Any, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    hashes = str(_hash_file_with_variants(tmp_path))
    assert main(["export", "--format", "te", hashes]) == 0
    assert capsysbinary.readouterr().out.count(b"pdq ") == 8 + len(LABELS)
    assert main(["export", "--format", "te", "--no-reframes", hashes]) == 0
    assert capsysbinary.readouterr().out.count(b"pdq ") == 8


def test_the_setting_switches_the_variants_off(
    tmp_path: Any, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert Settings().send_reframes is True
    save_settings(Settings(send_reframes=False))
    assert load_settings().settings.send_reframes is False
    assert main(["export", "--format", "te", str(_hash_file_with_variants(tmp_path))]) == 0
    assert capsysbinary.readouterr().out.count(b"pdq ") == 8
