"""How many reframed copies could any choice of variants match? An oracle bound.

    python tests/benchmarks/bench_reframes_oracle.py [--tune 11] [--fresh 777 31337] [--copies 10]

For each source photo of bench_reframes.py it hashes a wide pool of generic
variants (every kind we submit, at many more positions, shares and trims than we
send, plus a few new kinds), then, knowing the re-posted copies of the tuning
seed, picks greedily the variants that match the most copies not yet matched
(maximum coverage), within the budget (64 PDQ with the 8 dihedral ones). That is
an upper bound, on the tuning seed, for any rule that chooses among these kinds;
the same picks applied to fresh seeds say how much of it is knowledge of the copies.
It also replays the submitted rule (``reframes.candidate_labels`` in order, the
near-duplicate rule, the budget) on the same pool, so rules can be compared quickly.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from takeitdown_client.core import pdq, reframe_select, reframes  # noqa: E402
from takeitdown_client.core.images import exif_orientation  # noqa: E402
from tests.benchmarks import bench_reframes as bench  # noqa: E402

BUDGET = reframes.MAX_PDQ_PER_PICTURE - 8
REFRAME_FAMILIES = {k: v for k, v in bench.FAMILIES.items() if k != "resize+jpeg"}
# Crop positions beyond the submitted centre and ends: a grid, and nudges of 0.5-1%.
CROP_POSITIONS = (0.1, 0.25, 0.4, 0.6, 0.75, 0.9, 0.005, 0.01, 0.49, 0.495, 0.505, 0.51)
CROP_POSITIONS += (0.99, 0.995)


@dataclass
class Picture:
    """One source photo: its 8 full hashes, its pool of variants (label -> hash as an
    int), and its re-posted copies per seed (family, hash as an int)."""

    name: str
    small: bool
    full: list[int]
    pool: dict[str, int]
    base_size: tuple[int, int]
    copies: dict[int, list[tuple[str, int]]] = field(default_factory=dict)


def _sources(path: Path) -> reframes.ReframeSources:
    with Image.open(path) as image:
        orientation = exif_orientation(image)
        name = pdq.EXIF_ORIENTATION_TO_DIHEDRAL.get(orientation) if orientation else None
        rgb = image.convert("RGB")
    return reframes.reframe_sources(rgb, name or "original")


def _fit(base: Image.Image, framed: Image.Image) -> reframes.RgbArray:
    """Step 3 of the submitted variants: own size for small bases, else squared."""
    import numpy as np

    if max(base.size) < reframes.VARIANT_SIDE:
        return np.asarray(framed, dtype=np.uint8)
    return reframes.square(framed, reframes.VARIANT_SIDE)


def _caption(base: Image.Image, share: float, colour: tuple[int, int, int]) -> Image.Image:
    bar = max(1, round(base.height * share / 100))
    canvas = Image.new("RGB", (base.width, base.height + bar), colour)
    canvas.paste(base, (0, bar))
    return canvas


def _shifted_crop(
    base: Image.Image, ratio: float, position: float, shift: int
) -> Image.Image | None:
    """The crop window of ``crop_to_ratio`` moved by ``shift`` pixels (None: off the picture)."""
    width, height = base.size
    window = reframes.crop_to_ratio(base, ratio, position)
    slack = width - window.width if window.width < width else height - window.height
    start = round(slack * position) + shift
    if not 0 <= start <= slack:
        return None
    if window.width < width:
        return base.crop((start, 0, start + window.width, height))
    return base.crop((0, start, width, start + window.height))


def pool_pixels(sources: reframes.ReframeSources) -> dict[str, reframes.RgbArray]:
    """Every variant of the pool, by label (the submitted labels keep their names)."""
    base = sources.base
    width, height = base.size
    pixels: dict[str, reframes.RgbArray] = {}
    for label in reframes.candidate_labels(width, height):
        pixels[label] = reframes.variant_pixels(base, label)
    own = width / height
    for name, ratio in reframes.RATIOS.items():
        if not reframes._differs(ratio, own):
            continue
        for where, position in reframes.OFFSET_POSITIONS.items():
            framed = reframes.crop_to_ratio(base, ratio, position)
            pixels.setdefault(f"crop:{name}:{where}", _fit(base, framed))
        for position in CROP_POSITIONS:
            framed = reframes.crop_to_ratio(base, ratio, position)
            pixels[f"crop:{name}@{position:g}"] = _fit(base, framed)
        for where, position in (("mid", 0.5), ("start", 0.0), ("end", 1.0)):
            for shift in (-2, -1, 1, 2):
                framed = _shifted_crop(base, ratio, position, shift)
                if framed is not None:
                    pixels[f"crop:{name}@{where}{shift:+d}px"] = _fit(base, framed)
        pixels[f"pad:{name}:black"] = _fit(base, reframes.pad_to_ratio(base, ratio, (0, 0, 0)))
        pixels[f"fill:{name}"] = _fit(base, reframes.fill_to_ratio(base, ratio))
    for step in range(16, 61):  # caption bars of 8-30% in half-percent steps
        pixels[f"caption:top:{step / 2:g}@white"] = _fit(
            base, _caption(base, step / 2, (255, 255, 255))
        )
    for share in range(10, 27, 2):
        pixels[f"caption:top:{share}@black"] = _fit(base, _caption(base, share, (0, 0, 0)))
    quarters = max(width, height) < reframes.VARIANT_SIDE
    for step in range(4, 64, 1 if quarters else 2):  # trims of 1-15.75%
        pixels.setdefault(f"trim@{step / 4:g}", _fit(base, reframes.trim_edges(base, step / 4)))
    rect = sources.inner_rect
    if rect is not None:
        for label in reframes.inner_labels(rect):
            pixels[label] = reframes.inner_pixels(sources.finder, rect, label, sources.inner_full)
    return pixels


def build_pictures(copies: int, seeds: Iterable[int]) -> list[Picture]:
    files = bench.corpus()
    fingerprints = {}
    for path in files:
        try:
            fingerprints[path] = bench.fingerprint(path, False)
        except Exception:  # noqa: BLE001 - files that are not pictures
            continue
    sources = bench.source_photos(fingerprints)
    pictures: dict[Path, Picture] = {}
    for path, result in sources.items():
        framed = _sources(path)
        pixels = pool_pixels(framed)
        hashes = reframe_select.hash_pixels(list(pixels.values()))
        pool = {
            label: int(value.hex, 16)
            for label, value in zip(pixels, hashes, strict=True)
            if value.quality >= reframes.MIN_VARIANT_QUALITY
        }
        full = [int(h, 16) for h in bench.submitted_hashes(result, False)]
        small = max(bench.oriented(path).size) < 512
        pictures[path] = Picture(path.name, small, full, pool, framed.base.size)
        print(f"   {path.name}: pool of {len(pool)} (of {len(pixels)})", flush=True)
    for seed in seeds:
        platform = bench.Platform()
        # All of the benchmark's families, so that the copies are the benchmark's own.
        for path, family, value, _size in bench.reposted_copies(
            list(sources), bench.FAMILIES, copies, platform, seed
        ):
            if family not in REFRAME_FAMILIES:
                continue
            pictures[path].copies.setdefault(seed, []).append((family, int(value.hex, 16)))
    return list(pictures.values())


def _covers(value: int, copies: list[tuple[str, int]], radius: int) -> set[int]:
    return {i for i, (_, c) in enumerate(copies) if (value ^ c).bit_count() <= radius}


def oracle(picture: Picture, seed: int, budget: int = BUDGET) -> tuple[list[str], list[str]]:
    """Greedy maximum coverage of the seed's copies within 31 bits; then, to spend the
    rest of the budget, the same at 36 and 41 bits. (picks that matched, all picks)."""
    copies = picture.copies[seed]
    chosen: list[str] = []
    gaining: list[str] = []
    for radius in (bench.MATCH, bench.MATCH + 5, bench.MATCH + 10):
        covered: set[int] = set()
        for value in picture.full + [picture.pool[label] for label in chosen]:
            covered |= _covers(value, copies, radius)
        cover = {
            label: _covers(value, copies, radius) - covered
            for label, value in picture.pool.items()
            if label not in chosen
        }
        while len(chosen) < budget and cover:
            label = max(cover, key=lambda key: len(cover[key]))
            gain = cover.pop(label)
            if not gain:
                break
            chosen.append(label)
            if radius == bench.MATCH:
                gaining.append(label)
            covered |= gain
            for key in cover:
                cover[key] -= gain
    return gaining, chosen


def replay(
    picture: Picture, order: list[str], near: int = reframes.NEAR_DUPLICATE_BITS
) -> list[str]:
    """The submitted selection (quality, near-duplicates, budget) over an order of labels."""
    taken = list(picture.full)
    kept: list[str] = []
    for label in order:
        if len(taken) >= reframes.MAX_PDQ_PER_PICTURE:
            break
        value = picture.pool.get(label)
        if value is None or any((value ^ other).bit_count() <= near for other in taken):
            continue
        kept.append(label)
        taken.append(value)
    return kept


def score(pictures: list[Picture], seed: int, chosen: dict[str, list[str]]) -> dict[str, list[int]]:
    """[matched, copies] per family, size class and in all, for chosen labels per picture."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for picture in pictures:
        hashes = picture.full + [picture.pool[label] for label in chosen[picture.name]]
        size = "small" if picture.small else "large"
        for family, value in picture.copies.get(seed, []):
            hit = min((value ^ h).bit_count() for h in hashes) <= bench.MATCH
            for key in (family, size, "all"):
                counts[key][0] += hit
                counts[key][1] += 1
    return counts


def line(counts: dict[str, list[int]]) -> str:
    keys = [*REFRAME_FAMILIES, "small", "large", "all"]
    return "  ".join(
        f"{key} {counts[key][0]}/{counts[key][1]} {counts[key][0] / max(1, counts[key][1]):.0%}"
        for key in keys
    )


def submitted_order(picture: Picture) -> list[str]:
    inner = [label for label in picture.pool if label.startswith("inner")]
    return inner + reframes.candidate_labels(*picture.base_size)


def submitted_rule(picture: Picture) -> list[str]:
    order = submitted_order(picture)
    share = reframes.FRAGILE_CAPTION_SHARE
    plain, text = (picture.pool.get(f"caption:{kind}:{share}") for kind in ("top", "text"))
    fragile = reframes.FRAGILE_CAPTION_BITS  # as reframe_variants does
    if plain is not None and text is not None and (plain ^ text).bit_count() > fragile:
        order = [label for label in order if not label.startswith("caption:")]
    return replay(picture, order)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--tune", type=int, default=11)
    parser.add_argument("--fresh", type=int, nargs="*", default=[777, 31337])
    args = parser.parse_args()
    seeds = [args.tune, *args.fresh]
    print("Pools:")
    pictures = build_pictures(args.copies, seeds)
    picks = {p.name: oracle(p, args.tune) for p in pictures}
    rows = {
        "whole pool, no budget": {p.name: list(p.pool) for p in pictures},
        "oracle picks that matched": {name: pick[0] for name, pick in picks.items()},
        "oracle, budget filled": {name: pick[1] for name, pick in picks.items()},
        "oracle, then the rule": {
            p.name: replay(p, picks[p.name][0] + submitted_order(p), 0) for p in pictures
        },
        "submitted rule": {p.name: submitted_rule(p) for p in pictures},
    }
    for seed in seeds:
        known = " (tuning: the oracle knows these copies)" if seed == args.tune else ""
        print(f"\nSeed {seed}{known}")
        for title, chosen in rows.items():
            print(f"   {title:26s} {line(score(pictures, seed, chosen))}")
    print("\nOracle picks per picture (matched / all):")
    for picture in pictures:
        gaining, chosen = picks[picture.name]
        kinds = defaultdict(int)
        for label in gaining:
            kinds[label.split(":")[0].split("@")[0]] += 1
        print(f"   {picture.name}: {len(gaining)} / {len(chosen)} {dict(kinds)}")


if __name__ == "__main__":
    main()
