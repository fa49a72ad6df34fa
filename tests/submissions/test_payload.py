"""The payload: canonical bytes, dedupe, low quality, validation and the privacy promise."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from takeitdown_client.core.batch import hash_paths
from takeitdown_client.core.fingerprints import ImageFingerprint, VideoFingerprint, VpdqFrame
from takeitdown_client.core.payload import (
    PayloadError,
    PayloadErrorCode,
    build_payload,
    canonical_bytes,
)
from takeitdown_client.core.payload_parse import parse_payload
from takeitdown_client.core.registry import TakeItDownClient, new_idempotency_key
from takeitdown_client.registry_server import RunningServer

from .conftest import FAST, sample_fingerprints

MARKERS = {
    "folder": "ZQXFOLDERMARKER7731",
    "name": "ZQXNAMEMARKER2290",
    "description": "ZQXDESCRIPTIONMARKER5512",
    "artist": "ZQXARTISTMARKER8843",
    "comment": "ZQXCOMMENTMARKER1177",
    "png_text": "ZQXPNGTEXTMARKER6604",
}


def make_marked_files(root: Path) -> list[Path]:
    folder = root / f"holiday {MARKERS['folder']}"
    folder.mkdir()
    rng = np.random.default_rng(7)
    paths = []
    for number in range(2):
        pixels = rng.integers(0, 256, size=(96, 128, 3), dtype=np.uint8)
        image = Image.fromarray(pixels)
        exif = Image.Exif()
        exif[0x010E] = MARKERS["description"]  # ImageDescription
        exif[0x013B] = MARKERS["artist"]  # Artist
        exif.get_ifd(0x8769)[0x9286] = b"ASCII\0\0\0" + MARKERS["comment"].encode()  # UserComment
        path = folder / f"{MARKERS['name']}_{number}.jpg"
        image.save(path, "JPEG", exif=exif, quality=92)
        paths.append(path)
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", MARKERS["png_text"])
    flat = folder / f"{MARKERS['name']}_flat.png"
    Image.new("RGB", (64, 64), (40, 40, 40)).save(flat, pnginfo=info)
    paths.append(flat)
    # The same picture again under another name: sent once.
    copy = folder / f"{MARKERS['name']}_copy.jpg"
    copy.write_bytes(paths[0].read_bytes())
    paths.append(copy)
    return paths


def test_payload_carries_nothing_about_the_files(tmp_path: Path, registry: RunningServer) -> None:
    paths = make_marked_files(tmp_path)
    everything = b"".join(p.read_bytes() for p in paths) + str(paths).encode()
    for marker in MARKERS.values():  # the markers really are in the files and their paths
        assert marker.encode() in everything
    items = hash_paths([tmp_path], jobs=1)
    assert all(item.ok for item in items), [item.error for item in items]
    fingerprints = [item.fingerprint for item in items if item.fingerprint]
    payload = build_payload(fingerprints, "minor", "counselor")
    data = payload.to_bytes()
    for marker in MARKERS.values():
        assert marker.lower().encode() not in data.lower()
    for path in paths:
        for part in path.parts:
            if len(part) > 3:
                assert part.encode() not in data
    for word in (b"exif", b"path", b'name"', b"size", b"jpg", b"png", b"date", b'time"'):
        assert word not in data.lower().replace(b'"name": "takeitdown-client"', b"")
    assert payload.duplicates_dropped == 1
    assert payload.low_quality_count == 1
    assert len(payload.items) == 3
    # And the registry stores exactly these bytes.
    receipt = TakeItDownClient(registry.url, options=FAST).submit(data, new_idempotency_key())
    assert registry.store.raw_body(receipt.case_id) == data


def test_canonical_layout(payload) -> None:  # type: ignore[no-untyped-def]
    data = payload.to_bytes()
    obj = json.loads(data)
    assert data == (json.dumps(obj, sort_keys=True, indent=2, ensure_ascii=True) + "\n").encode()
    assert data == canonical_bytes(obj)
    assert data.startswith(b'{\n  "category": "minor",\n  "client": {\n')
    assert obj["schema"] == "takeitdown-submission" and obj["schema_version"] == 1
    assert obj["client"]["name"] == "takeitdown-client"
    assert set(obj) == {"category", "client", "items", "schema", "schema_version", "submitter"}
    # Building twice gives the same bytes.
    assert build_payload(sample_fingerprints(), "minor", "self").to_bytes() == data


def test_low_quality_threshold() -> None:
    image = sample_fingerprints()[0]
    assert isinstance(image, ImageFingerprint)
    at_49 = build_payload([replace(image, pdq_quality=49)], "adult", "self").items[0]
    at_50 = build_payload([replace(image, pdq_quality=50)], "adult", "self").items[0]
    assert at_49 == {
        "media": "image",
        "md5": image.md5,
        "sha256": image.sha256,
        "phash": image.phash,
        "low_quality": True,
    }
    assert at_50["pdq"] == image.pdq and at_50["pdq_quality"] == 50
    assert set(at_50["pdq_dihedral"]) == {
        "rotate90",
        "rotate180",
        "rotate270",
        "flipx",
        "flipy",
        "flipplus1",
        "flipminus1",
    }
    assert "low_quality" not in at_50


def test_dihedral_is_optional_and_never_includes_original() -> None:
    with_variants = build_payload(sample_fingerprints(), "minor", "self")
    without = build_payload(sample_fingerprints(), "minor", "self", include_dihedral=False)
    assert "original" not in with_variants.items[0]["pdq_dihedral"]
    assert with_variants.includes_dihedral and not without.includes_dihedral


def test_duplicates_by_sha256_are_sent_once() -> None:
    image, flat, video = sample_fingerprints()
    payload = build_payload([image, video, image, video, flat], "minor", "self")
    assert [item["sha256"] for item in payload.items] == [image.sha256, video.sha256, flat.sha256]
    assert payload.duplicates_dropped == 2
    assert (payload.image_count, payload.video_count) == (2, 1)


def test_hashes_are_lowercased_and_checked() -> None:
    image = sample_fingerprints()[0]
    assert isinstance(image, ImageFingerprint)
    upper = replace(image, md5=image.md5.upper(), pdq=image.pdq.upper())
    item = build_payload([upper], "minor", "self").items[0]
    assert item["md5"] == image.md5 and item["pdq"] == image.pdq
    for bad in (
        replace(image, md5="xyz"),
        replace(image, pdq=image.pdq[:-1]),
        replace(image, phash=""),
    ):
        with pytest.raises(PayloadError) as caught:
            build_payload([bad], "minor", "self")
        assert caught.value.code == PayloadErrorCode.INVALID_HASH


@pytest.mark.parametrize(
    ("category", "submitter", "code"),
    [
        ("child", "self", PayloadErrorCode.INVALID_CATEGORY),
        ("minor", "adult", PayloadErrorCode.INVALID_SUBMITTER),
        ("", "", PayloadErrorCode.INVALID_CATEGORY),
    ],
)
def test_choices_are_checked(category: str, submitter: str, code: str) -> None:
    with pytest.raises(PayloadError) as caught:
        build_payload(sample_fingerprints(), category, submitter)
    assert caught.value.code == code


def test_nothing_to_send() -> None:
    with pytest.raises(PayloadError) as caught:
        build_payload([], "minor", "self")
    assert caught.value.code == PayloadErrorCode.NO_ITEMS


def test_parse_round_trip(payload) -> None:  # type: ignore[no-untyped-def]
    parsed = parse_payload(payload.to_bytes())
    assert parsed == payload
    assert parsed.to_bytes() == payload.to_bytes()


def _with(payload_bytes: bytes, change) -> bytes:  # type: ignore[no-untyped-def]
    obj = json.loads(payload_bytes)
    change(obj)
    return json.dumps(obj).encode()


@pytest.mark.parametrize(
    "change",
    [
        lambda o: o["items"][0].update(filename="IMG_0001.jpg"),
        lambda o: o.update(note="hello"),
        lambda o: o["items"][2]["vpdq"]["frames"][0].update(path="/home/x"),
        lambda o: o["client"].update(os="linux"),
        lambda o: o.update(schema="other"),
        lambda o: o.update(schema_version=2),
        lambda o: o.update(category="child"),
        lambda o: o["items"][0].update(pdq="zz"),
        lambda o: o["items"][0].update(pdq_quality=10),
        lambda o: o["items"][1].update(pdq="a" * 64),
        lambda o: o["items"][0].pop("sha256"),
        lambda o: o["items"][0].update(media="audio"),
        lambda o: o["items"][0]["pdq_dihedral"].pop("flipx"),
        lambda o: o.update(items=[]),
        lambda o: o.update(items="x"),
    ],
)
def test_parse_refuses_anything_else(payload, change) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PayloadError):
        parse_payload(_with(payload.to_bytes(), change))


@pytest.mark.parametrize(
    "data", [b"", b"not json", b"[]", b'{"a": 1, "a": 2}', b"\xff\xfe", b"[" * 100_000]
)
def test_parse_refuses_garbage(data: bytes) -> None:
    with pytest.raises(PayloadError):
        parse_payload(data)


hexes = st.text(alphabet="0123456789abcdef", min_size=64, max_size=64)


@settings(max_examples=40, deadline=None)
@given(
    pdqs=st.lists(hexes, min_size=1, max_size=5),
    quality=st.integers(0, 100),
    timestamps=st.lists(st.floats(0, 1e6, allow_nan=False), max_size=4),
    seconds=st.floats(0.01, 60),
)
def test_any_built_payload_parses_back_to_the_same_bytes(
    pdqs: list[str], quality: int, timestamps: list[float], seconds: float
) -> None:
    fingerprints: list[ImageFingerprint | VideoFingerprint] = []
    for number, pdq in enumerate(pdqs):
        fingerprints.append(
            ImageFingerprint(f"{number:032x}", f"{number:064x}", pdq, quality, {}, pdq[:16])
        )
    frames = tuple(VpdqFrame(i, quality, pdqs[0], t) for i, t in enumerate(timestamps))
    fingerprints.append(VideoFingerprint("f" * 32, "f" * 64, seconds, frames))
    payload = build_payload(fingerprints, "adult", "trusted_adult")
    data = payload.to_bytes()
    assert parse_payload(data).to_bytes() == data


def test_a_video_sends_its_dense_frames_and_reframes() -> None:
    plain = tuple(VpdqFrame(n * 30, 90, f"{n:064x}", float(n)) for n in range(3))
    dense = tuple(VpdqFrame(n * 6, 90, f"{n + 7:064x}", n * 0.2) for n in range(5))
    crop = (VpdqFrame(0, 80, "c" * 64, 0.0),)
    video = VideoFingerprint(
        "f" * 32, "f" * 64, 1.0, plain, (), 0.2, dense, (("crop:9x16", crop), ("fill:9x16", ()))
    )
    payload = build_payload([video], "adult", "self")
    item = payload.items[0]
    assert item["vpdq"]["seconds_per_hash"] == 0.2
    assert [f["pdq"] for f in item["vpdq"]["frames"]] == [f.pdq for f in dense]
    # Empty lists are left out; each frame has the shape of a vpdq frame.
    assert item["vpdq_variants"] == [
        {"label": "crop:9x16", "frames": [{"pdq": "c" * 64, "quality": 80, "timestamp": 0.0}]}
    ]
    assert parse_payload(payload.to_bytes()).to_bytes() == payload.to_bytes()
    # Saved fingerprints without dense frames send the plain ones, as before.
    older = build_payload([VideoFingerprint("f" * 32, "f" * 64, 1.0, plain)], "adult", "self")
    assert older.items[0]["vpdq"]["seconds_per_hash"] == 1.0
    assert "vpdq_variants" not in older.items[0]
    bad = json.loads(payload.to_bytes())
    bad["items"][0]["vpdq_variants"][0]["label"] = "IMG_0001.mp4"
    with pytest.raises(PayloadError):
        parse_payload(json.dumps(bad).encode())
