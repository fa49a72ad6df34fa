"""Variants chosen a round at a time are exactly those chosen from every candidate hashed."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from takeitdown_client.core import pdq, reframe_select, reframes
from takeitdown_client.core.reframes import PdqVariant

from .synthetic_screens import make_screenshot
from .test_reframes import BRIDGE, PEN, SMALL


def every_candidate_hashed(
    sources: reframes.ReframeSources, submitted: list[str]
) -> list[PdqVariant]:
    """The rule as defined: hash every candidate, drop fragile captions, then select."""
    candidates = reframe_select.candidates_of(sources)
    hashes = reframe_select.hash_pixels([make() for _label, make in candidates])
    variants = [
        PdqVariant(label, value.hex, value.quality)
        for (label, _make), value in zip(candidates, hashes, strict=True)
    ]
    return reframe_select.select_variants(
        reframe_select.without_fragile_captions(variants), submitted
    )


def dihedral_hexes(rgb: Image.Image) -> list[str]:
    luma = pdq.luma_from_rgb(np.asarray(rgb))
    return [value.hex for value in pdq.pdq_dihedral_from_luma(luma).values()]


@pytest.mark.parametrize("path", [BRIDGE, PEN, SMALL], ids=lambda p: p.name)
def test_rounds_choose_what_hashing_everything_chooses(path: Path) -> None:
    with Image.open(path) as image:
        rgb = image.convert("RGB")
    sources = reframes.reframe_sources(rgb)
    submitted = dihedral_hexes(rgb)
    chosen = reframe_select.reframe_variants(sources, submitted)
    assert chosen == every_candidate_hashed(sources, submitted)
    assert len(chosen) + len(set(submitted)) <= reframes.MAX_PDQ_PER_PICTURE


def test_rounds_match_for_a_screenshot_with_an_inner_picture() -> None:
    with Image.open(BRIDGE) as photo:
        shot, _rect = make_screenshot(photo.convert("RGB"), "phone", dark=True, seed=4)
    sources = reframes.reframe_sources(shot)
    assert sources.inner_rect is not None
    submitted = dihedral_hexes(shot)
    assert reframe_select.reframe_variants(sources, submitted) == every_candidate_hashed(
        sources, submitted
    )
