"""Reframe benchmark: are re-posted copies of a picture blocked by what we submit?

    python tests/benchmarks/bench_reframes.py [--copies 12] [--shots 8] [--repeat 3] [--study]

It builds its own re-post set from the distinct photos of ../shared/reference/pdq
(and tests/data): for each photo and each reframe family, random copies (aspect
crops at random offsets, bars of random size and colour, blurred fills, caption
bars with text, symmetric trims), plus hand edits (asymmetric crops, stickers,
text on the picture) and synthetic screenshots of a copy (phone and desktop,
light and dark, at screen scale). The platform side is the copy as a platform
hashes it: resized to at most 1080 pixels, JPEG at a random quality, our PDQ on
Pillow RGB, cross-checked against ``pdqhash`` when it is installed.

Reports, in one run:
- match rate per family: the copy is within 31 bits of some hash we submit for
  the photo (today's set, the 8 dihedral hashes, and the new full set);
- screenshots: a screenshot, submitted as a picture, matches the copy it shows;
- false matches: every picture's full set against every unrelated picture
  (another scene) as it is, its copies and its own full set;
- PDQ hashes per picture, and hashing time with and without reframes
  (interleaved, best of N).
``--study`` first prints how PDQ distance grows with crop, shift and scale,
which is what the variant set was chosen from.
"""

from __future__ import annotations

import argparse
import atexit
import hashlib
import io
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from takeitdown_client.core import pdq, reframes  # noqa: E402
from takeitdown_client.core.fingerprints import ImageFingerprint  # noqa: E402
from takeitdown_client.core.hashing import HashOptions, hash_file  # noqa: E402
from tests.benchmarks.bench_pdq import synthetic_photo  # noqa: E402
from tests.synthetic_screens import make_screenshot  # noqa: E402

REFERENCE = ROOT.parent / "shared" / "reference" / "pdq" / "images"  # ../shared, as in CI
TEST_DATA = ROOT / "tests" / "data" / "pdq" / "images"
MATCH = 31
MIN_QUALITY = 50
CACHE = Path(tempfile.gettempdir()) / "takeitdown-bench-reframes"
RATIOS = (1.0, 4 / 5, 3 / 4, 2 / 3, 9 / 16, 16 / 9, 1.91, 4 / 3, 3 / 2, 5 / 4)

Transform = Callable[[Image.Image, random.Random], Image.Image]


def scene_of(path: Path) -> str:
    """Pictures of the same scene (the bridge edits, the EXIF set) are not unrelated."""
    parts = path.parts
    if "bridge-mods" in parts or "dih" in parts or "modes" in parts:
        return "bridge"
    if "exif-rotn" in parts:
        return "exif-rotn"
    return path.stem


def corpus() -> list[Path]:
    seen: set[str] = set()
    files: list[Path] = []
    for folder in (REFERENCE, TEST_DATA):
        for path in sorted(folder.rglob("*")):
            if not path.is_file():
                continue
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            if digest not in seen:
                seen.add(digest)
                files.append(path)
    return files


# --- the platform side ------------------------------------------------------------------


def pdq_of(rgb: Image.Image) -> pdq.PdqHash:
    return pdq.pdq_from_luma(pdq.luma_from_rgb(np.asarray(rgb.convert("RGB"))))


def reference_pdq(rgb: Image.Image) -> str | None:
    try:
        import pdqhash
    except ImportError:
        return None
    bits, _quality = pdqhash.compute(np.asarray(rgb.convert("RGB")))
    return f"{int(''.join(str(int(b)) for b in bits), 2):064x}"


class Platform:
    """Hashes a re-posted copy as a platform would, and counts pdqhash cross-checks."""

    def __init__(self) -> None:
        self.checked = 0
        self.agreed = 0

    def copy(self, image: Image.Image, rng: random.Random) -> Image.Image:
        image = image.convert("RGB")
        scale = 1080 / max(image.size)
        if scale < 1:
            size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
            image = image.resize(size, Image.Resampling.LANCZOS)
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=rng.randint(70, 92))
        return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")

    def hash(self, copy: Image.Image) -> pdq.PdqHash:
        ours = pdq_of(copy)
        reference = reference_pdq(copy)
        if reference is not None:
            self.checked += 1
            self.agreed += reference == ours.hex
        return ours


# --- re-post transforms (full resolution, random parameters) ----------------------------


def _ratio_unlike(own: float, rng: random.Random) -> float:
    choices = [r for r in RATIOS if max(r, own) / min(r, own) > 1.06]
    return rng.choice(choices)


def crop_copy(image: Image.Image, rng: random.Random) -> Image.Image:
    """An app's crop to a standard ratio: centred, or at one end, nudged by up to 1%."""
    ratio = _ratio_unlike(image.width / image.height, rng)
    position = rng.choices((0.5, 0.0, 1.0), weights=(3, 1, 1))[0]
    position = min(1.0, max(0.0, position + rng.uniform(-0.01, 0.01)))
    return reframes.crop_to_ratio(image, ratio, position)


def any_crop(image: Image.Image, rng: random.Random) -> Image.Image:
    """A crop to a standard ratio anywhere in the picture (a person choosing the window)."""
    ratio = _ratio_unlike(image.width / image.height, rng)
    return reframes.crop_to_ratio(image, ratio, rng.random())


def _bars(image: Image.Image, size: tuple[int, int], rng: random.Random) -> Image.Image:
    colour = rng.choice([(0, 0, 0), (255, 255, 255), (rng.randint(0, 255),) * 3])
    canvas = Image.new("RGB", size, colour)
    canvas.paste(
        image.convert("RGB"), ((size[0] - image.width) // 2, (size[1] - image.height) // 2)
    )
    return canvas


PAD_CANVASES = (1.0, 4 / 5, 3 / 4, 2 / 3, 9 / 16, 16 / 9)


def pad_copy(image: Image.Image, rng: random.Random) -> Image.Image:
    """Fitted into a standard canvas with bars of any colour (1% rounding either way)."""
    own = image.width / image.height
    ratio = rng.choice([r for r in PAD_CANVASES if max(r, own) / min(r, own) > 1.06])
    ratio *= rng.uniform(0.995, 1.005)
    width, height = image.size
    size = (width, round(width / ratio)) if own > ratio else (round(height * ratio), height)
    return _bars(image, size, rng)


def any_bars(image: Image.Image, rng: random.Random) -> Image.Image:
    """Bars of any size (10-100% of the picture), not a standard canvas."""
    share = rng.uniform(0.1, 1.0)
    width, height = image.size
    size = (
        (width, round(height * (1 + share)))
        if width >= height
        else (round(width * (1 + share)), height)
    )
    return _bars(image, size, rng)


def fill_copy(image: Image.Image, rng: random.Random) -> Image.Image:
    ratio = rng.choice((9 / 16, 1.0, 4 / 5))
    width, height = image.size
    if width / height > ratio:
        size = (width, round(width / ratio))
    else:
        size = (round(height * ratio), height)
    cover = reframes.crop_to_ratio(image, size[0] / size[1], 0.5).resize(size)
    background = cover.filter(ImageFilter.GaussianBlur(max(size) * rng.uniform(0.01, 0.04)))
    darker = rng.uniform(0.6, 1.0)
    background = Image.eval(background, lambda value: int(value * darker))
    background.paste(image.convert("RGB"), ((size[0] - width) // 2, (size[1] - height) // 2))
    return background


def _words(rng: random.Random, count: int) -> str:
    words = [
        "when",
        "you",
        "finally",
        "see",
        "it",
        "me",
        "trying",
        "not",
        "to",
        "laugh",
        "nobody",
        "my",
        "friend",
    ]
    return " ".join(rng.choice(words) for _ in range(count))


def _caption_canvas(image: Image.Image, rng: random.Random) -> tuple[Image.Image, int, bool]:
    """The picture under a bar of 10-26% of its height, white (80%) or black; the bar's
    height and whether it is white."""
    width, height = image.size
    bar = round(height * rng.uniform(0.10, 0.26))
    white = rng.random() < 0.8
    canvas = Image.new("RGB", (width, height + bar), (255, 255, 255) if white else (0, 0, 0))
    canvas.paste(image.convert("RGB"), (0, bar))
    return canvas, bar, white


def caption_copy(image: Image.Image, rng: random.Random) -> Image.Image:
    width = image.width
    canvas, bar, white = _caption_canvas(image, rng)
    draw = ImageDraw.Draw(canvas)
    size = max(8, bar // 3)
    font = ImageFont.load_default(size)
    for line in range(max(1, min(2, bar // (size + 4)))):
        draw.text(
            (width // 20, 4 + line * (size + 4)),
            _words(rng, 5),
            fill=(0, 0, 0) if white else (255, 255, 255),
            font=font,
        )
    return canvas


def _bold_font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        return ImageFont.truetype("DejaVuSans-Bold.ttf", size)
    except OSError:  # not installed: the default font (then drawn with a stroke)
        return ImageFont.load_default(size)


def caption_heldout(image: Image.Image, rng: random.Random) -> Image.Image:
    """A caption style the variants were not chosen on: 1 or 2 lines of 2-5 upper-case
    words in bold (DejaVu Sans Bold), larger, centred in the bar, shrunk to fit its width."""
    width = image.width
    canvas, bar, white = _caption_canvas(image, rng)
    draw = ImageDraw.Draw(canvas)
    lines = [_words(rng, rng.randint(2, 5)).upper() for _ in range(rng.choice((1, 2)))]
    size = max(8, round(bar * (0.5 if len(lines) == 1 else 0.32)))
    font = _bold_font(size)
    while size > 8 and max(draw.textlength(line, font=font) for line in lines) > width * 0.94:
        size -= 1
        font = _bold_font(size)
    stroke = 0 if isinstance(font, ImageFont.FreeTypeFont) and "Bold" in str(font.path) else 1
    for index, line in enumerate(lines):
        y = bar / 2 + (index - (len(lines) - 1) / 2) * size * 1.15
        draw.text(
            (width / 2, y),
            line,
            fill=(0, 0, 0) if white else (255, 255, 255),
            font=font,
            anchor="mm",
            stroke_width=stroke,
            stroke_fill=(0, 0, 0) if white else (255, 255, 255),
        )
    return canvas


def trim_copy(image: Image.Image, rng: random.Random) -> Image.Image:
    return reframes.trim_edges(image, rng.uniform(2, 12))


def resize_copy(image: Image.Image, rng: random.Random) -> Image.Image:
    scale = rng.uniform(min(1.0, 480 / max(image.size)), 1.0)
    return image.resize((max(8, round(image.width * scale)), max(8, round(image.height * scale))))


def asymmetric_crop(image: Image.Image, rng: random.Random) -> Image.Image:
    width, height = image.size
    box = (
        round(width * rng.uniform(0, 0.2)),
        round(height * rng.uniform(0, 0.2)),
        round(width * (1 - rng.uniform(0, 0.2))),
        round(height * (1 - rng.uniform(0, 0.2))),
    )
    return image.crop(box)


def stickers(image: Image.Image, rng: random.Random) -> Image.Image:
    image = image.convert("RGB")
    draw = ImageDraw.Draw(image)
    for _ in range(rng.randint(1, 3)):
        size = round(min(image.size) * rng.uniform(0.1, 0.25))
        x = rng.randint(0, image.width - size)
        y = rng.randint(0, image.height - size)
        colour = tuple(rng.randint(0, 255) for _ in range(3))
        draw.ellipse((x, y, x + size, y + size), fill=colour, outline=(0, 0, 0), width=3)
    return image


def text_on_picture(image: Image.Image, rng: random.Random) -> Image.Image:
    image = image.convert("RGB")
    draw = ImageDraw.Draw(image)
    size = max(10, image.height // 10)
    font = ImageFont.load_default(size)
    for y in (size // 3, image.height - size - size // 3):
        draw.text(
            (image.width // 12, y),
            _words(rng, 4).upper(),
            fill=(255, 255, 255),
            font=font,
            stroke_width=max(1, size // 12),
            stroke_fill=(0, 0, 0),
        )
    return image


FAMILIES: dict[str, Transform] = {
    "resize+jpeg": resize_copy,
    "crop": crop_copy,
    "pad": pad_copy,
    "fill": fill_copy,
    "caption": caption_copy,
    "trim": trim_copy,
}
# Reported apart, with its own random numbers, so the families above stay the same copies.
HELD_OUT: dict[str, Transform] = {"caption, held-out": caption_heldout}
HAND_EDITS: dict[str, Transform] = {
    "crop anywhere": any_crop,
    "bars of any size": any_bars,
    "asymmetric crop": asymmetric_crop,
    "stickers": stickers,
    "text on picture": text_on_picture,
}
SCREEN_COPIES: dict[str, Transform] = {
    "plain": lambda image, rng: image,
    "crop": crop_copy,
    "pad": pad_copy,
    "caption": caption_copy,
}


# --- the run ------------------------------------------------------------------------------


def submitted_hashes(fingerprint: ImageFingerprint, with_variants: bool) -> list[str]:
    if fingerprint.pdq_quality < MIN_QUALITY:
        return []
    hashes = [fingerprint.pdq, *fingerprint.pdq_dihedral.values()]
    if with_variants:
        hashes.extend(variant.pdq for variant in fingerprint.pdq_variants)
    return list(dict.fromkeys(hashes))


def nearest(hashes: list[str], value: str) -> int:
    target = int(value, 16)
    return min(((int(h, 16) ^ target).bit_count() for h in hashes), default=256)


def oriented(path: Path) -> Image.Image:
    from PIL import ImageOps

    with Image.open(path) as image:
        return ImageOps.exif_transpose(image.convert("RGB") if image.mode != "RGB" else image)


def fingerprint(path: Path, with_variants: bool = True) -> ImageFingerprint:
    result = hash_file(path, HashOptions(reframes=with_variants))
    assert isinstance(result, ImageFingerprint)
    return result


def run_families(
    sources: dict[Path, ImageFingerprint],
    families: dict[str, Transform],
    copies: int,
    platform: Platform,
    seed: int,
    query_hashes: dict[str, list[str]],
    by_size: dict[str, list[int]] | None = None,
) -> dict[str, tuple[int, int, int]]:
    """Per family: (matched today, matched with variants, copies).

    ``by_size`` collects [matched with variants, copies] of the reframe families per
    source size (the reference set is mostly 256-pixel thumbnails)."""
    results: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    today = {path: submitted_hashes(full, False) for path, full in sources.items()}
    everything = {path: submitted_hashes(full, True) for path, full in sources.items()}
    for path, family, value, size in reposted_copies(
        list(sources), families, copies, platform, seed
    ):
        query_hashes[scene_of(path)].append(value.hex)
        counts = results[family]
        counts[0] += nearest(today[path], value.hex) <= MATCH
        hit = nearest(everything[path], value.hex) <= MATCH
        counts[1] += hit
        counts[2] += 1
        if by_size is not None and family != "resize+jpeg":
            by_size[size] = [by_size[size][0] + hit, by_size[size][1] + 1]
    return {family: (c[0], c[1], c[2]) for family, c in results.items()}


def reposted_copies(
    paths: list[Path],
    families: dict[str, Transform],
    copies: int,
    platform: Platform,
    seed: int,
) -> Iterator[tuple[Path, str, pdq.PdqHash, str]]:
    """(photo, family, the copy's platform PDQ, the photo's size class) of every copy of
    quality 50 or more, the same copies for the same seed."""
    rng = random.Random(seed)
    for path in paths:
        picture = oriented(path)
        picture.thumbnail((2048, 2048), Image.Resampling.LANCZOS)
        size = "sources under 512 px" if max(picture.size) < 512 else "larger sources"
        for family, transform in families.items():
            for _ in range(copies):
                copy = platform.copy(transform(picture, rng), rng)
                value = platform.hash(copy)
                if value.quality >= MIN_QUALITY:
                    yield path, family, value, size


def shot_folder() -> Path:
    """A folder of this run's own for the pictures it hashes as files (two runs at once,
    with other seeds, must not read each other's)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="shots-", dir=CACHE))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


@dataclass(frozen=True)
class ScreenCase:
    """One edited copy to show on a screen: which photo and shot, the kind of copy, the
    frame and theme, the copy as edited and as a platform holds it."""

    path: Path
    size: tuple[int, int]  # the photo's, as shown (at most 2048 pixels)
    number: int
    index: int
    name: str
    kind: str
    dark: bool
    edited: Image.Image
    copy: Image.Image


def screen_cases(
    sources: list[Path], shots: int, platform: Platform, rng: random.Random
) -> Iterator[ScreenCase]:
    """``shots`` cases a photo; every kind of copy meets every frame and theme across the
    photos. ``rng`` is drawn from here and by the caller between cases, in that order."""
    for number, path in enumerate(sources):
        picture = oriented(path)
        picture.thumbnail((2048, 2048), Image.Resampling.LANCZOS)
        for index in range(shots):
            name = list(SCREEN_COPIES)[(index + number) % len(SCREEN_COPIES)]
            kind = "phone" if index % 2 == 0 else "desktop"
            dark = (index // 2) % 2 == 1
            edited = SCREEN_COPIES[name](picture, rng)
            copy = platform.copy(edited, rng)
            yield ScreenCase(path, picture.size, number, index, name, kind, dark, edited, copy)


def run_screenshots(
    sources: dict[Path, ImageFingerprint], shots: int, platform: Platform, seed: int
) -> tuple[dict[str, tuple[int, int]], list[int]]:
    rng = random.Random(seed)
    results: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    hashes_per_shot: list[int] = []
    folder = shot_folder()
    for case in screen_cases(list(sources), shots, platform, rng):
        seed_of_shot = case.number * 100 + case.index
        shot, _rect = make_screenshot(case.edited, case.kind, case.dark, seed=seed_of_shot)
        shot_path = folder / f"shot-{case.number}-{case.index}.png"
        if rng.random() < 0.5:
            shot.save(shot_path)
        else:
            shot_path = shot_path.with_suffix(".jpg")
            shot.save(shot_path, quality=85)
        submitted = submitted_hashes(fingerprint(shot_path), True)
        hashes_per_shot.append(len(submitted))
        value = platform.hash(case.copy)
        if value.quality < MIN_QUALITY:
            continue
        hit = nearest(submitted, value.hex) <= MATCH
        for key in (f"{case.kind} {'dark' if case.dark else 'light'}", f"copy: {case.name}"):
            results[key][0] += hit
            results[key][1] += 1
    return {key: (c[0], c[1]) for key, c in results.items()}, hashes_per_shot


def false_matches(
    full_sets: dict[Path, list[str]], queries: dict[str, list[str]]
) -> tuple[int, int, int]:
    """(pairs that match, pairs compared, closest distance between unrelated pictures)."""
    matched = compared = 0
    closest = 256
    for path, hashes in full_sets.items():
        if not hashes:
            continue
        mine = np.array([int(h, 16) for h in hashes], dtype=object)
        for other, other_hashes in full_sets.items():
            if scene_of(other) == scene_of(path):
                continue
            pool = other_hashes + queries.get(scene_of(other), [])
            if not pool:
                continue
            distance = min(nearest(list(hashes), value) for value in pool)
            closest = min(closest, distance)
            compared += 1
            matched += distance <= MATCH
        del mine
    return matched, compared, closest


def timing(paths: list[Path], repeat: int) -> list[tuple[str, float, float]]:
    rows = []
    for path in paths:
        before: list[float] = []
        after: list[float] = []
        for _ in range(repeat):
            for with_variants, bucket in ((False, before), (True, after)):
                started = time.perf_counter()
                fingerprint(path, with_variants)
                bucket.append(time.perf_counter() - started)
        rows.append((path.name, min(before), min(after)))
    return rows


def study(sources: list[Path]) -> None:
    """How far PDQ moves under symmetric trims, shifts and shrinking into bars."""
    print("Study: mean / max PDQ distance to the picture as it is (full resolution)")
    trims = (2, 5, 8, 10, 12, 15, 20, 25)
    shifts = (2, 5, 8, 10, 15, 20)
    bars = (5, 10, 20, 30, 50, 80)
    table: dict[str, list[int]] = defaultdict(list)
    for path in sources:
        picture = oriented(path)
        picture.thumbnail((1080, 1080), Image.Resampling.LANCZOS)
        plain = pdq_of(picture).hex
        for percent in trims:
            table[f"trim {percent:2d}% each edge"].append(
                pdq.hamming_distance(plain, pdq_of(reframes.trim_edges(picture, percent)).hex)
            )
        for percent in shifts:
            width, height = picture.size
            dx = round(width * percent / 100)
            shifted = picture.crop((dx, 0, width, height))
            table[f"cut {percent:2d}% off one side"].append(
                pdq.hamming_distance(plain, pdq_of(shifted).hex)
            )
        for percent in bars:
            canvas = Image.new("RGB", (picture.width, round(picture.height * (1 + percent / 100))))
            canvas.paste(picture, (0, (canvas.height - picture.height) // 2))
            table[f"black bars {percent:2d}% of height"].append(
                pdq.hamming_distance(plain, pdq_of(canvas).hex)
            )
    for name, values in table.items():
        print(f"   {name:28s} {statistics.mean(values):5.1f} / {max(values):3d}")


def source_photos(fingerprints: dict[Path, ImageFingerprint]) -> dict[Path, ImageFingerprint]:
    """One photo per scene, good enough for PDQ, as the sources of re-posted copies."""
    sources: dict[Path, ImageFingerprint] = {}
    seen_scenes: set[str] = set()
    for path, result in fingerprints.items():
        scene = scene_of(path)
        if (
            scene in seen_scenes
            or result.pdq_quality < MIN_QUALITY
            or min(oriented(path).size) < 128
        ):
            continue
        seen_scenes.add(scene)
        sources[path] = result
    return sources


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=12, help="copies per photo and family")
    parser.add_argument("--shots", type=int, default=8, help="screenshots per photo")
    parser.add_argument("--repeat", type=int, default=3, help="timing runs (best of)")
    parser.add_argument("--study", action="store_true", help="first print the distance study")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--timing", action="store_true", help="only the hashing times")
    args = parser.parse_args()

    files = corpus()
    fingerprints: dict[Path, ImageFingerprint] = {}
    for path in files:
        try:
            fingerprints[path] = fingerprint(path)
        except Exception:  # noqa: BLE001 - files that are not pictures (JSON, licences)
            continue
    sources = source_photos(fingerprints)
    print(
        f"Corpus: {len(fingerprints)} pictures, {len({scene_of(p) for p in fingerprints})} scenes;"
        f" {len(sources)} source photos: {', '.join(p.name for p in sources)}"
    )
    if args.study:
        study(list(sources))
    if args.timing:
        report_timing(list(sources), args.repeat)
        return

    platform = Platform()
    queries: dict[str, list[str]] = defaultdict(list)
    print(f"\nRe-posted copies ({args.copies} per photo and family), matched within {MATCH} bits")
    print(f"   {'family':18s} {'today (dihedral)':>18s} {'with variants':>15s}")
    total = [0, 0, 0]
    by_size: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for family, (today, now, count) in run_families(
        sources, FAMILIES, args.copies, platform, args.seed, queries, by_size
    ).items():
        print_family(family, today, now, count)
        if family != "resize+jpeg":
            total = [total[0] + today, total[1] + now, total[2] + count]
    print(
        f"   {'all reframes':18s} {total[0]:6d}/{total[2]:<4d} {total[0] / total[2]:5.0%}"
        f"  {total[1]:6d}/{total[2]:<4d} {total[1] / total[2]:5.0%}"
    )
    for size, (now, count) in sorted(by_size.items()):
        print(f"     {size:30s} {'':12s} {now:6d}/{count:<4d} {now / count:5.0%}")
    print("Held-out caption style (centred bold text; not used to choose the variants)")
    for family, (today, now, count) in run_families(
        sources, HELD_OUT, args.copies, platform, args.seed + 3, queries
    ).items():
        print_family(family, today, now, count)
    print("Hand edits (not covered on purpose; reported as they are)")
    for family, (today, now, count) in run_families(
        sources, HAND_EDITS, args.copies, platform, args.seed + 1, queries
    ).items():
        print_family(family, today, now, count)

    print(f"\nScreenshots of a copy ({args.shots} per photo), matched to that copy")
    shot_results, shot_hashes = run_screenshots(sources, args.shots, platform, args.seed + 2)
    framed = {k: v for k, v in shot_results.items() if not k.startswith("copy:")}
    matched = sum(m for m, _ in framed.values())
    count = sum(c for _, c in framed.values())
    for key, (m, c) in sorted(shot_results.items()):
        print(f"   {key:18s} {m:6d}/{c:<4d} {m / c:5.0%}")
    print(f"   {'all screenshots':18s} {matched:6d}/{count:<4d} {matched / count:5.0%}")

    full_sets = {path: submitted_hashes(result, True) for path, result in fingerprints.items()}
    bad, compared, closest = false_matches(full_sets, queries)
    print(
        f"\nFalse matches: {bad} of {compared} pairs of unrelated pictures "
        f"(full set against the other picture, its copies and its full set); "
        f"closest unrelated distance {closest} bits"
    )
    per_picture = [len(h) for h in full_sets.values() if h] + shot_hashes
    print(
        f"PDQ hashes per picture: mean {statistics.mean(per_picture):.1f}, "
        f"max {max(per_picture)} (budget {reframes.MAX_PDQ_PER_PICTURE})"
    )
    if platform.checked:
        print(
            "Platform hashes cross-checked with pdqhash: "
            f"{platform.agreed}/{platform.checked} equal"
        )
    else:
        print("pdqhash is not installed: platform hashes not cross-checked")

    report_timing(list(sources), args.repeat)


def _pixel_count(path: Path) -> int:
    with Image.open(path) as image:
        return image.width * image.height


def print_family(family: str, today: int, now: int, count: int) -> None:
    """One family's line: matched by today's hashes and by the full set."""
    print(
        f"   {family:18s} {today:6d}/{count:<4d} {today / count:5.0%}  {now:6d}/{count:<4d}"
        f" {now / count:5.0%}"
    )


def report_timing(photos: list[Path], repeat: int) -> None:
    """Today's fingerprint against the one with variants: a 12-megapixel photo, two
    ordinary ones and the smallest (a thumbnail, whose variants are hashed at its size)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    timed = [synthetic_photo(CACHE / "photo-12mp.jpg", 4000, 3000, seed=12)]
    timed += [p for p in photos if p.stat().st_size > 200_000][:2]
    timed += sorted(photos, key=_pixel_count)[:1]
    print(f"\nHashing time per picture, best of {repeat} (interleaved)")
    for name, before, after in timing(timed, repeat):
        print(
            f"   {name:24s} today {before * 1000:7.1f} ms   with variants {after * 1000:7.1f} ms"
            f"   x{after / before:.2f}"
        )


if __name__ == "__main__":
    main()
