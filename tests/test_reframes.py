"""Reframe variants and the inner-picture finder.

Exactness is checked against ``pdqhash`` (Meta's C++ PDQ) run on the same
transformed pixels; the rest is checked against what the variants are defined
to be (docs/interfaces.md), not against values printed by our own code.
"""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from takeitdown_client.core import inner, pdq, pdq_batch, reframe_select, reframes
from takeitdown_client.core.fingerprints import ImageFingerprint
from takeitdown_client.core.hashing import HashOptions, hash_file
from takeitdown_client.core.matching import explain_variant, match_images
from takeitdown_client.core.payload import VARIANT_LABEL

from .conftest import DATA_DIR
from .synthetic_screens import make_screenshot

IMAGES = DATA_DIR / "pdq" / "images"
BRIDGE = IMAGES / "bridge-mods" / "aaa-orig.jpg"
PEN = IMAGES / "reg-test-input" / "pen-and-coaster.png"
SMALL = IMAGES / "reg-test-input" / "labelme-subset" / "q0122.jpg"
ROTATED = IMAGES / "reg-test-input" / "exif-rotn" / "exif-rotn-6.jpg"


def reference_pdq(pixels: np.ndarray) -> tuple[str, int]:
    pdqhash = pytest.importorskip("pdqhash")
    bits, quality = pdqhash.compute(np.ascontiguousarray(pixels))
    return f"{int(''.join(str(int(b)) for b in bits), 2):064x}", int(quality)


def sources_of(path: Path) -> reframes.ReframeSources:
    with Image.open(path) as image:
        return reframes.reframe_sources(image.convert("RGB"))


def image_fingerprint(path: Path, with_reframes: bool = True) -> ImageFingerprint:
    result = hash_file(path, HashOptions(reframes=with_reframes))
    assert isinstance(result, ImageFingerprint)
    return result


@pytest.mark.parametrize("path", [BRIDGE, PEN, SMALL], ids=lambda p: p.name)
@pytest.mark.parametrize(
    "label",
    [
        "crop:4x5",
        "crop:9x16:end",
        "pad:9x16:black",
        "fill:9x16",
        "caption:top:16",
        "caption:top:13",
        "crop:4x5:start",
        "trim:6",
        "trim:6:half",
        "trim:4:q1",
        "caption:text:16",
        "caption:text:12",
    ],
)
def test_variant_is_pdqhash_of_its_pixels(path: Path, label: str) -> None:
    sources = sources_of(path)
    if label not in reframes.candidate_labels(*sources.base.size):
        pytest.skip("not a variant of a picture of this shape")
    pixels = reframes.variant_pixels(sources.base, label)
    [ours] = reframe_select.hash_pixels([pixels])
    assert (ours.hex, ours.quality) == reference_pdq(pixels)


def test_fingerprint_variants_are_pdqhash_of_their_pixels() -> None:
    fingerprint = image_fingerprint(BRIDGE)
    sources = sources_of(BRIDGE)
    by_label = {variant.label: variant for variant in fingerprint.pdq_variants}
    for label in ("crop:1x1", "pad:1x1:black", "trim:10"):
        expected = reference_pdq(reframes.variant_pixels(sources.base, label))[0]
        assert by_label[label].pdq == expected


def test_inner_variant_is_pdqhash_of_the_found_rectangle(tmp_path: Path) -> None:
    with Image.open(BRIDGE) as photo:
        shot, _rect = make_screenshot(photo, "phone", dark=False, seed=1)
    path = tmp_path / "shot.png"
    shot.save(path)
    fingerprint = image_fingerprint(path)
    sources = reframes.reframe_sources(shot)
    rect = inner.find_inner_rect(np.asarray(sources.finder))
    assert rect is not None and rect == sources.inner_rect
    by_label = {variant.label: variant for variant in fingerprint.pdq_variants}
    for label in ("inner", "inner:small", "inner:short", "inner:1x1", "inner:top16"):
        if label not in by_label:
            continue  # within 12 bits of a hash kept before it
        pixels = reframes.inner_pixels(sources.finder, rect, label, sources.inner_full)
        expected = reference_pdq(pixels)[0]
        assert by_label[label].pdq == expected
    assert "inner" in by_label


def test_half_percent_trims_only_for_pictures_hashed_at_their_own_size() -> None:
    small = reframes.candidate_labels(256, 256)
    assert "trim:6:half" in small and "trim:12:half" not in small
    trimmed = reframes.trim_edges(Image.new("RGB", (200, 100)), 6.5)
    assert trimmed.size == (174, 88)  # 13 pixels off each side, and 6 (6.5 rounds to even)
    large = reframes.candidate_labels(512, 384)
    assert not [label for label in large if label.endswith((":half", ":q1", ":q3"))]


def test_small_trims_come_whole_percents_first_and_never_cut_the_same_pixels_twice() -> None:
    small = reframes.candidate_labels(256, 256)
    trims = [label for label in small if label.startswith("trim:")]
    assert trims[:11] == [f"trim:{percent}" for percent in range(2, 13)]
    steps = {"half": 0.5, "q1": 0.25, "q3": 0.75}
    cuts = [
        round(256 * (int(label.split(":")[1]) + steps.get(label.split(":")[-1], 0)) / 100)
        for label in trims
    ]
    assert len(cuts) == len(set(cuts))
    assert "trim:4:q1" in small  # 4.25% of 256 is 10.88: 11 pixels, which no other trim cuts
    assert "trim:2:q1" not in small  # 5.76: 6 pixels, as trim:2:half (6.4)


def test_text_band_is_grey_where_a_line_of_caption_text_sits() -> None:
    base = Image.new("RGB", (200, 100), (30, 60, 90))
    framed = np.asarray(reframes.reframe_image(base, "caption:text:20"))
    expected = np.full((120, 200, 3), 255, dtype=np.uint8)  # a bar of 20 pixels, white
    expected[2:16, 10:190] = 210  # 10-80% of the bar's height, 5-95% of the width
    expected[20:] = (30, 60, 90)
    assert np.array_equal(framed, expected)


def test_a_picture_flat_across_gets_no_caption_variants() -> None:
    # The sky over the sea: a band where caption text would be moves its caption variant
    # far (its PDQ with a caption is the text's), so caption variants are not submitted.
    sky = image_fingerprint(SMALL)
    assert not [v for v in sky.pdq_variants if v.label.startswith("caption:")]
    bridge = image_fingerprint(BRIDGE)
    assert [v for v in bridge.pdq_variants if v.label.startswith("caption:top:")]


def test_every_variant_of_a_small_picture_is_pdqhash_of_its_pixels() -> None:
    sources = sources_of(SMALL)
    labels = reframes.candidate_labels(*sources.base.size)
    pixels = [reframes.variant_pixels(sources.base, label) for label in labels]
    for label, ours, rgb in zip(labels, reframe_select.hash_pixels(pixels), pixels, strict=True):
        assert (ours.hex, ours.quality) == reference_pdq(rgb), label


def test_pictures_hashed_at_their_own_size_spend_the_budget_differently() -> None:
    small = reframes.candidate_labels(256, 256)
    large = reframes.candidate_labels(512, 512)
    # A 5:4 crop keeps 80% of a square: at either end too; a 1.91:1 crop of a 16:9
    # picture keeps 93%: at either end for a large picture only.
    assert "crop:5x4:start" in small and "crop:5x4:end" in large
    assert "crop:191x100:end" in reframes.candidate_labels(512, 288)
    assert "crop:191x100:end" not in reframes.candidate_labels(256, 144)
    assert small.index("fill:9x16") < small.index("pad:9x16:black")
    assert large.index("pad:9x16:black") < large.index("fill:9x16")
    captions = [label for label in small if label.startswith("caption:")]
    assert captions == [f"caption:top:{share}" for share in (10, 13, 16, 19, 22, 25)] + [
        f"caption:text:{share}" for share in (12, 15, 18, 21, 24, 16)
    ]
    # Large pictures get the same caption bars and text bands, but their text bands come
    # after the trims, in the slots nothing else took.
    assert [label for label in large if label.startswith("caption:")] == captions
    assert large[-7:] == ["trim:12", *captions[-6:]]


def test_inner_short_puts_the_shorter_side_at_the_small_size() -> None:
    finder = Image.new("RGB", (1000, 800), (40, 90, 160))
    pixels = reframes.inner_pixels(finder, (100, 100, 612, 740), "inner:short")
    assert pixels.shape[:2] == (320, reframes.INNER_SMALL_SIDE)  # 512 x 640, shorter side 256


@pytest.mark.parametrize("transpose", list(Image.Transpose)[:7], ids=lambda t: t.name)
def test_full_resolution_crop_is_the_rectangle_found_in_the_turned_finder(
    transpose: Image.Transpose,
) -> None:
    rng = np.random.default_rng(3)
    rgb = Image.fromarray(rng.integers(0, 256, (600, 800, 3), dtype=np.uint8))
    finder_size = (400, 300)  # the finder copy before it was turned: half the size
    rect = (30, 40, 130, 140)  # found in the turned finder
    crop = inner.full_resolution_crop(rgb, finder_size, rect, transpose)
    expected = rgb.transpose(transpose).crop(tuple(2 * value for value in rect))
    assert np.array_equal(np.asarray(crop), np.asarray(expected))
    mask = Image.new("L", (400, 300))
    mask.paste(255, (10, 20, 110, 70))
    moved = inner.moved_rect((10, 20, 110, 70), transpose, (400, 300))
    assert moved == mask.transpose(transpose).getbbox()


def test_batched_pdq_equals_one_at_a_time() -> None:
    rng = np.random.default_rng(5)
    stack = rng.integers(0, 256, (5, 120, 90, 3), dtype=np.uint8)
    lumas = np.stack([pdq.luma_from_rgb(rgb) for rgb in stack])
    assert pdq_batch.pdq_batch_from_luma(lumas) == [pdq.pdq_from_luma(luma) for luma in lumas]


def test_variants_follow_the_budget_and_quality_rules() -> None:
    fingerprint = image_fingerprint(BRIDGE)
    variants = fingerprint.pdq_variants
    assert variants, "a photo gets reframe variants"
    labels = [variant.label for variant in variants]
    assert labels == sorted(set(labels))
    assert 8 + len(variants) <= reframes.MAX_PDQ_PER_PICTURE
    assert all(variant.quality >= reframes.MIN_VARIANT_QUALITY for variant in variants)
    submitted = [fingerprint.pdq, *fingerprint.pdq_dihedral.values()]
    kept: list[str] = []
    for variant in variants:
        others = submitted + kept
        assert min(pdq.hamming_distance(variant.pdq, other) for other in others) > 12
        kept.append(variant.pdq)
    assert {label.partition(":")[0] for label in labels} >= {"crop", "pad", "fill", "trim"}


def test_labels_say_only_what_was_done(tmp_path: Path) -> None:
    # The same pixels under a revealing name give the same labels and hashes.
    named = tmp_path / "Jane Doe 2024-05-01 secret.jpg"
    named.write_bytes(BRIDGE.read_bytes())
    first, second = image_fingerprint(BRIDGE), image_fingerprint(named)
    assert first.pdq_variants == second.pdq_variants
    for variant in first.pdq_variants:
        assert VARIANT_LABEL.fullmatch(variant.label)
        assert set(variant.to_json()) == {"label", "pdq", "quality"}
    for size in ((256, 256), (512, 384), (180, 256)):  # every label the payload may carry
        for label in reframes.candidate_labels(*size):
            assert VARIANT_LABEL.fullmatch(label), label


def test_select_variants_drops_weak_near_and_over_budget() -> None:
    base = "0" * 64
    near = f"{(1 << 12) - 1:064x}"  # 12 bits from base
    far = "f" * 64
    candidates = [
        reframes.PdqVariant("crop:1x1", near, 90),
        reframes.PdqVariant("crop:4x5", far, 49),
        reframes.PdqVariant("trim:5", far, 80),
        reframes.PdqVariant("trim:6", f"{int(far, 16) ^ 0xFFFFF:064x}", 80),
    ]
    kept = reframe_select.select_variants(candidates, [base])
    assert [variant.label for variant in kept] == ["trim:5", "trim:6"]
    assert reframe_select.select_variants(candidates, [base], budget=2) == [candidates[2]]


def test_no_variants_for_low_quality_or_when_switched_off() -> None:
    assert image_fingerprint(BRIDGE, with_reframes=False).pdq_variants == ()
    flat = image_fingerprint(IMAGES / "misc-images" / "small.jpg")
    assert flat.pdq_quality < 50 and flat.pdq_variants == ()


def test_exif_rotated_photo_is_reframed_as_shown() -> None:
    with Image.open(ROTATED) as image:
        raw = image.convert("RGB")
        oriented = reframes.reframe_sources(raw, "rotate270").base
    assert raw.width > raw.height  # landscape as stored
    assert oriented.height == 512 and oriented.width < oriented.height  # portrait as shown


def test_match_explains_the_variant_in_words(tmp_path: Path) -> None:
    with Image.open(BRIDGE) as image:
        cropped = reframes.crop_to_ratio(image.convert("RGB"), 4 / 5)
    path = tmp_path / "copy.jpg"
    cropped.save(path, quality=85)
    original, copy = image_fingerprint(BRIDGE), image_fingerprint(path)
    result = match_images(original, copy)
    assert result.matched and result.variant == "crop:4x5" and result.variant_of == "a"
    assert result.explanation == "B is A cropped to 4:5"
    reverse = match_images(copy, original)
    assert reverse.explanation == "A is B cropped to 4:5"
    assert not match_images(original, copy, reframes=False).matched


def test_explanations_cover_every_family() -> None:
    assert explain_variant("pad:9x16:black", "a") == "B is A fitted into 9:16 with bars"
    assert explain_variant("fill:1x1", "b") == "A is B fitted into 1:1 on a blurred background"
    assert explain_variant("caption:top:16", "a") == (
        "B is A with a caption bar on top (16% of its height)"
    )
    assert explain_variant("trim:5", "a") == "B is A with 5% cut off each edge"
    assert explain_variant("trim:5:half", "a") == "B is A with 5.5% cut off each edge"
    assert explain_variant("trim:4:q1", "a") == "B is A with 4.25% cut off each edge"
    assert explain_variant("caption:text:16", "a") == explain_variant("caption:top:16", "a")
    assert explain_variant("inner:short", "b") == explain_variant("inner", "b")
    assert explain_variant("crop:191x100:start", "a") == (
        "B is A cropped to 1.91:1 (the top or left part)"
    )
    assert explain_variant("inner", "b").startswith("A is the picture found inside B")
    assert explain_variant("inner:9x16", "a").endswith("fitted into 9:16 with bars")
    assert explain_variant("inner:top13", "a").endswith("with a caption bar on top")


# --- the inner-picture finder ----------------------------------------------------------


@pytest.mark.parametrize("kind", ["phone", "desktop"])
@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize("jpeg", [False, True], ids=["png", "jpeg"])
@pytest.mark.parametrize("photo", [BRIDGE, PEN], ids=lambda p: p.name)
def test_finder_finds_the_photo_in_a_screenshot(
    photo: Path, kind: str, dark: bool, jpeg: bool
) -> None:
    with Image.open(photo) as image:
        shot, rect = make_screenshot(image, kind, dark, seed=len(kind) + dark)
    if jpeg:
        buffer = io.BytesIO()
        shot.save(buffer, "JPEG", quality=80)
        shot = Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")
    finder, scale = inner.finder_copy(np.asarray(shot))
    found = inner.find_inner_rect(finder)
    expected = [round(value * scale) for value in rect]
    assert found is not None
    # Within 6 finder pixels (about 1% of the screen) on every side.
    assert max(abs(a - b) for a, b in zip(found, expected, strict=True)) <= 6, (found, expected)


def test_finder_finds_the_picture_inside_bars() -> None:
    with Image.open(BRIDGE) as image:
        picture = image.convert("RGB").resize((400, 250))
    canvas = reframes.pad_to_ratio(picture, 9 / 16, (0, 0, 0))
    found = inner.find_inner_rect(np.asarray(canvas))
    top = (canvas.height - 250) // 2
    assert found is not None
    assert max(abs(a - b) for a, b in zip(found, (0, top, 400, top + 250), strict=True)) <= 2


def test_finder_finds_a_small_photo_whose_white_bars_blend_into_a_light_page() -> None:
    # A wide photo padded to 9:16 with white bars, on a light desktop page: only the
    # photo stands out, about 6% of the screen.
    with Image.open(BRIDGE) as image:
        padded = reframes.pad_to_ratio(image.convert("RGB"), 9 / 16, (255, 255, 255))
    shot, rect = make_screenshot(padded, "desktop", False, seed=105)
    finder, scale = inner.finder_copy(np.asarray(shot))
    found = inner.find_inner_rect(finder)
    assert found is not None
    left, top, right, bottom = (value * scale for value in rect)
    photo_height = (right - left) * image.height / image.width
    photo_top = (top + bottom - photo_height) / 2
    expected = (left, photo_top, right, photo_top + photo_height)
    assert max(abs(a - b) for a, b in zip(found, expected, strict=True)) <= 6, (found, expected)


@pytest.mark.parametrize("path", [BRIDGE, PEN, SMALL, ROTATED], ids=lambda p: p.name)
def test_finder_finds_nothing_in_a_plain_photo(path: Path) -> None:
    with Image.open(path) as image:
        finder, _scale = inner.finder_copy(np.asarray(image.convert("RGB")))
    assert inner.find_inner_rect(finder) is None
