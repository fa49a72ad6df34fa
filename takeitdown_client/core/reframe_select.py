"""Which reframe variants a picture gets: its candidates hashed, and the kept ones chosen.

``reframe_variants`` takes the candidates in order (the inner picture's, a photographed
screen's, then ``reframes.candidate_labels``) and keeps each that passes
``select_variants``'s rules until the budget is full. Most pictures fill it before the
last candidates, so they are made and hashed a round at a time, as many as slots are
left: the result is the same as hashing them all first, without the cost of the ones
never reached (a tenth to a fifth of the variants of a photo).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

import numpy as np

from . import pdq, pdq_batch, pdq_ragged
from .reframe_transforms import RgbArray
from .reframes import (
    FRAGILE_CAPTION_BITS,
    FRAGILE_CAPTION_SHARE,
    MAX_PDQ_PER_PICTURE,
    MIN_VARIANT_QUALITY,
    NEAR_DUPLICATE_BITS,
    PdqVariant,
    ReframeSources,
    candidate_labels,
    inner_labels,
    inner_pixels,
    variant_pixels,
)

_BATCH = 16  # same-sized variants hashed together (wider vectors, fewer passes)
_STACK_FROM = 4  # fewer of one size go to the ragged run
# A round hashes the slots left, and at least this many (one stacked batch).
_MIN_ROUND = 16

Candidate = tuple[str, Callable[[], RgbArray]]  # a label and how to make its pixels


def hash_pixels(pixels: Sequence[RgbArray]) -> list[pdq.PdqHash]:
    """Bit-exact PDQ of RGB pictures, sharing the work: same-sized ones a few at a time
    (wider vectors, fewer passes), the rest in one ragged run (a small picture's variants
    are hashed at their own sizes, nearly all different: 2.1x faster than one by one)."""
    hashes: list[pdq.PdqHash | None] = [None] * len(pixels)
    by_shape: dict[tuple[int, ...], list[int]] = {}
    for index, rgb in enumerate(pixels):
        by_shape.setdefault(rgb.shape, []).append(index)
    assorted: list[int] = []
    for indices in by_shape.values():
        if len(indices) < _STACK_FROM:
            assorted.extend(indices)
            continue
        for start in range(0, len(indices), _BATCH):
            chunk = indices[start : start + _BATCH]
            lumas = [pdq.luma_from_rgb(pixels[index]).T for index in chunk]
            batch = pdq_batch.pdq_batch_from_columns(np.stack(lumas, axis=-1))
            for index, value in zip(chunk, batch, strict=True):
                hashes[index] = value
    ragged = pdq_ragged.pdq_ragged([pixels[index] for index in assorted])
    for index, value in zip(assorted, ragged, strict=True):
        hashes[index] = value
    return [value for value in hashes if value is not None]


def without_fragile_captions(candidates: Sequence[PdqVariant]) -> list[PdqVariant]:
    """The candidates without caption bars when ``caption:text:16`` is more than
    ``FRAGILE_CAPTION_BITS`` from ``caption:top:16``: the picture's PDQ with a caption is
    then the bar's content, and no caption variant matches a captioned copy."""
    by_label = {variant.label: variant.pdq for variant in candidates}
    plain = by_label.get(f"caption:top:{FRAGILE_CAPTION_SHARE}")
    text = by_label.get(f"caption:text:{FRAGILE_CAPTION_SHARE}")
    if plain is None or text is None or not _fragile(plain, text):
        return list(candidates)
    return [variant for variant in candidates if not variant.label.startswith("caption:")]


def _fragile(plain: str, text: str) -> bool:
    return pdq.hamming_distance(plain, text) > FRAGILE_CAPTION_BITS


def select_variants(
    candidates: Sequence[PdqVariant],
    submitted: Sequence[str],
    budget: int = MAX_PDQ_PER_PICTURE,
) -> list[PdqVariant]:
    """Keep good, distinct variants: quality >= 50, not near a kept hash, within the budget.

    ``submitted`` are the hashes already sent for the picture (its 8 dihedral
    ones); the budget counts them. Candidates are taken in order, so the most
    useful come first. The result is sorted by label.
    """
    chooser = _Chooser(submitted, budget)
    for variant in candidates:
        if chooser.full:
            break
        chooser.offer(variant)
    return chooser.chosen()


class _Chooser:
    """``select_variants`` one candidate at a time."""

    def __init__(self, submitted: Sequence[str], budget: int) -> None:
        self.kept: list[PdqVariant] = []
        self.taken = [int(value, 16) for value in submitted]
        self.budget = budget

    @property
    def full(self) -> bool:
        return len(self.taken) >= self.budget

    @property
    def slots(self) -> int:
        return max(0, self.budget - len(self.taken))

    def offer(self, variant: PdqVariant) -> None:
        if variant.quality < MIN_VARIANT_QUALITY:
            return
        value = int(variant.pdq, 16)
        if any((value ^ other).bit_count() <= NEAR_DUPLICATE_BITS for other in self.taken):
            return
        self.kept.append(variant)
        self.taken.append(value)

    def chosen(self) -> list[PdqVariant]:
        return sorted(self.kept, key=lambda variant: variant.label)


def candidates_of(sources: ReframeSources) -> list[Candidate]:
    """Every candidate of a picture, most useful first, with how to make its pixels."""
    found: list[Candidate] = []
    rect = sources.inner_rect
    if rect is not None:
        for label in inner_labels(rect):
            make = partial(inner_pixels, sources.finder, rect, label, sources.inner_full)
            found.append((label, make))
    if sources.screen is not None:
        from .screen_variants import screen_labels, screen_pixels

        screen = sources.screen
        full = (screen.full, screen.full_rect)
        for label in screen_labels(screen.found.rect):
            found.append((label, partial(screen_pixels, screen.found, label, full)))
    for label in candidate_labels(*sources.base.size):
        found.append((label, partial(variant_pixels, sources.base, label)))
    return found


def reframe_variants(
    sources: ReframeSources,
    submitted: Sequence[str],
    cancel: Callable[[], None] | None = None,
) -> list[PdqVariant]:
    """The reframe and inner-picture variants of one picture, from its ``reframe_sources``:
    ``select_variants(without_fragile_captions(all candidates hashed), submitted)``."""
    candidates = candidates_of(sources)
    known = _fragility_probe(candidates)
    if len(known) == len(_PROBES) and _fragile(*(known[label].hex for label in _PROBES)):
        candidates = [item for item in candidates if not item[0].startswith("caption:")]
    chooser = _Chooser(submitted, MAX_PDQ_PER_PICTURE)
    start = 0
    while start < len(candidates) and not chooser.full:
        if cancel:
            cancel()
        round_ = candidates[start : start + max(_MIN_ROUND, chooser.slots)]
        start += len(round_)
        todo = [(label, make) for label, make in round_ if label not in known]
        hashes = hash_pixels([make() for _label, make in todo])
        known.update((label, value) for (label, _), value in zip(todo, hashes, strict=True))
        for label, _make in round_:
            if chooser.full:
                break
            chooser.offer(PdqVariant(label, known[label].hex, known[label].quality))
    return chooser.chosen()


_PROBES = (f"caption:top:{FRAGILE_CAPTION_SHARE}", f"caption:text:{FRAGILE_CAPTION_SHARE}")


def _fragility_probe(candidates: Sequence[Candidate]) -> dict[str, pdq.PdqHash]:
    """The hashes of the two captions ``without_fragile_captions`` compares, first (when
    the picture has both), so that its rule is known before any round."""
    makers = dict(candidates)
    if not all(label in makers for label in _PROBES):
        return {}
    hashes = hash_pixels([makers[label]() for label in _PROBES])
    return dict(zip(_PROBES, hashes, strict=True))
