"""Photo-of-a-screen benchmark: does a photo of a screen showing a copy match that copy?

    python tests/benchmarks/bench_screen_photos.py [--shots 8] [--seed 11]

For each source photo of ``bench_reframes`` (the distinct photos of
../shared/reference/pdq and tests/data), ``--shots`` edited copies (as it is,
cropped, with bars, with a caption bar: ``bench_reframes.SCREEN_COPIES``) are
shown in a phone or desktop post, light or dark, and photographed
(``tests.synthetic_screen_photos.make_screen_photo``: perspective, bezel, blur,
noise, colour shift, moire, JPEG). The photo of the screen is submitted as a
picture (``hash_file``, as the app does) and matched within 31 bits against the
copy as a platform hashes it (``bench_reframes.Platform``).

Reports, in one run:
- match rate by frame and theme, and by kind of copy, with and without the
  ``inner:screen`` variants (without: what the picture's other hashes match);
- how often the screen finder finds a screen in the photos of a screen, and the
  error of the photo's corners it finds (finder pixels mapped back to the photo,
  as a share of the photo's diagonal; copies as they are or cropped only, as bars
  and caption bars may blend into the page);
- how often it fires on ordinary pictures (every corpus picture) and on
  screenshots of them (``make_screenshot``), where it must not;
- false matches: every photo of a screen's full set against every unrelated
  corpus picture's full set and the platform copies of unrelated photos;
- the finder's time per picture (on the finder copy, as ``reframe_sources`` runs it).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

import cv2
import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from takeitdown_client.core import reframes, screen_photo  # noqa: E402
from takeitdown_client.core.inner import FINDER_SIDE  # noqa: E402
from takeitdown_client.core.screen_variants import SCREEN_PREFIX  # noqa: E402
from tests.benchmarks.bench_reframes import (  # noqa: E402
    MATCH,
    MIN_QUALITY,
    Platform,
    corpus,
    fingerprint,
    nearest,
    oriented,
    scene_of,
    screen_cases,
    shot_folder,
    source_photos,
    submitted_hashes,
)
from tests.synthetic_screen_photos import make_screen_photo  # noqa: E402
from tests.synthetic_screens import make_screenshot  # noqa: E402


def photo_corners(found: screen_photo.ScreenFind, scale: float) -> np.ndarray:
    """The found photo's corners in the photo of the screen's pixels."""
    width, height = found.screen.size
    upright = np.array([[0, 0], [width, 0], [width, height], [0, height]], np.float32)
    matrix = cv2.getPerspectiveTransform(upright, found.quad.astype(np.float32))
    left, top, right, bottom = found.rect
    corners = np.array([[left, top], [right, top], [right, bottom], [left, bottom]], np.float64)
    moved = cv2.perspectiveTransform(corners.reshape(-1, 1, 2), matrix).reshape(-1, 2)
    result: np.ndarray = moved / scale
    return result


def finder_of(image: Image.Image) -> tuple[Image.Image, float]:
    """The finder copy ``reframe_sources`` makes, and its scale."""
    finder = reframes._reduced(image, FINDER_SIDE)  # the same copy
    return finder, finder.width / image.width


class Results:
    def __init__(self) -> None:
        self.rows: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        self.found = 0
        self.photos = 0
        self.corner_errors: list[float] = []
        self.screen_sets: list[tuple[str, list[str]]] = []
        self.copies: list[tuple[str, str]] = []


def run_screen_photos(
    sources: list[Path], shots: int, platform: Platform, seed: int, verbose: bool = False
) -> Results:
    rng = random.Random(seed)
    results = Results()
    folder = shot_folder()
    for case in screen_cases(sources, shots, platform, rng):
        path, number, index, name = case.path, case.number, case.index, case.name
        kind, dark, edited, copy = case.kind, case.dark, case.edited, case.copy
        photo, _screen, shown = make_screen_photo(
            edited, kind, dark, seed=seed * 1000 + number * 100 + index
        )
        photo_path = folder / f"photo-{number}-{index}.jpg"
        photo.save(photo_path, quality=rng.randint(80, 95))  # as a phone camera saves it
        results.photos += 1
        with Image.open(photo_path) as saved:
            finder, scale = finder_of(saved.convert("RGB"))
        found = screen_photo.find_screen(finder)
        error = float("nan")
        if found is not None:
            results.found += 1
            error = np.abs(photo_corners(found, scale) - shown).max()
            error /= float(np.linalg.norm(shown[2] - shown[0]))
            if name in ("plain", "crop"):  # bars or a caption may blend into the page
                results.corner_errors.append(error)
        result = fingerprint(photo_path)
        everything = submitted_hashes(result, True)
        without = [
            variant.pdq
            for variant in result.pdq_variants
            if not variant.label.startswith(SCREEN_PREFIX)
        ]
        others = submitted_hashes(result, False) + without
        results.screen_sets.append((scene_of(path), everything))
        value = platform.hash(copy)
        if value.quality < MIN_QUALITY:
            continue
        results.copies.append((scene_of(path), value.hex))
        hit = nearest(everything, value.hex) <= MATCH
        before = nearest(others, value.hex) <= MATCH
        if verbose:
            print(
                f"   {path.name:22s} {case.size[0]:4d}x{case.size[1]:<4d} {kind:7s} "
                f"{'dark' if dark else 'light':5s} {name:7s} corners {error:6.2%} "
                f"nearest {nearest(everything, value.hex):3d}"
            )
        size = "under 512 px" if max(case.size) < 512 else "512 px or more"
        for key in (f"{kind} {'dark' if dark else 'light'}", f"copy: {name}", f"source {size}"):
            row = results.rows[key]
            row[0] += before
            row[1] += hit
            row[2] += 1
    return results


def fires(pictures: list[Path], seed: int) -> tuple[int, int, int, int, list[float]]:
    """(finds on pictures, pictures, finds on screenshots, screenshots, finder times)."""
    on_pictures = on_shots = shots = 0
    times: list[float] = []
    for number, path in enumerate(pictures):
        picture = oriented(path)
        finder, _scale = finder_of(picture)
        started = time.perf_counter()
        on_pictures += screen_photo.find_screen(finder) is not None
        times.append(time.perf_counter() - started)
        if min(picture.size) < 128:
            continue
        for kind in ("phone", "desktop"):
            for dark in (False, True):
                shot, _rect = make_screenshot(picture, kind, dark, seed=seed + number)
                shots += 1
                on_shots += screen_photo.find_screen(finder_of(shot)[0]) is not None
    return on_pictures, len(pictures), on_shots, shots, times


def false_matches(results: Results, full_sets: dict[Path, list[str]]) -> tuple[int, int, int]:
    """(pairs that match, pairs compared, closest distance): each photo of a screen's full
    set against each unrelated picture's full set and unrelated copies."""
    copies: dict[str, list[str]] = defaultdict(list)
    for scene, value in results.copies:
        copies[scene].append(value)
    matched = compared = 0
    closest = 256
    for scene, hashes in results.screen_sets:
        if not hashes:
            continue
        for other, other_hashes in full_sets.items():
            if scene_of(other) == scene:
                continue
            pool = other_hashes + copies.get(scene_of(other), [])
            if not pool:
                continue
            distance = min(nearest(hashes, value) for value in pool)
            closest = min(closest, distance)
            compared += 1
            matched += distance <= MATCH
    return matched, compared, closest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shots", type=int, default=8, help="photos of a screen per photo")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--verbose", action="store_true", help="one line per photo of a screen")
    args = parser.parse_args()

    pictures: list[Path] = []
    fingerprints = {}
    for path in corpus():
        try:
            fingerprints[path] = fingerprint(path)
        except Exception:  # noqa: BLE001 - files that are not pictures (JSON, licences)
            continue
        pictures.append(path)
    sources = source_photos(fingerprints)
    with_screen = sum(
        any(v.label.startswith(SCREEN_PREFIX) for v in result.pdq_variants)
        for result in fingerprints.values()
    )
    print(
        f"Corpus: {len(pictures)} pictures; {len(sources)} source photos; "
        f"{with_screen} of the corpus pictures get inner:screen variants"
    )

    platform = Platform()
    results = run_screen_photos(list(sources), args.shots, platform, args.seed, args.verbose)
    print(
        f"\nPhotos of a screen ({args.shots} per photo, seed {args.seed}), matched to the copy"
        f" shown within {MATCH} bits"
    )
    print(f"   {'':18s} {'without screen':>16s} {'with screen':>16s}")
    framed = [0, 0, 0]
    for key, (before, now, count) in sorted(results.rows.items()):
        print(
            f"   {key:18s} {before:6d}/{count:<4d} {before / count:5.0%} "
            f"{now:6d}/{count:<4d} {now / count:5.0%}"
        )
        if not key.startswith(("copy:", "source")):
            framed = [framed[0] + before, framed[1] + now, framed[2] + count]
    print(
        f"   {'all':18s} {framed[0]:6d}/{framed[2]:<4d} {framed[0] / framed[2]:5.0%} "
        f"{framed[1]:6d}/{framed[2]:<4d} {framed[1] / framed[2]:5.0%}"
    )
    errors = sorted(results.corner_errors)
    print(f"Screen found in {results.found} of {results.photos} photos of a screen")
    if errors:
        within = sum(error <= 0.02 for error in errors)
        print(
            f"   photo corner error (share of its diagonal; plain and cropped copies): median "
            f"{statistics.median(errors):.2%}, 90th percentile "
            f"{errors[int(0.9 * (len(errors) - 1))]:.2%}, max {errors[-1]:.2%}; "
            f"{within} of {len(errors)} within 2%"
        )

    on_pictures, count, on_shots, shots, times = fires(pictures, args.seed)
    print(
        f"\nFinder fires on {on_pictures} of {count} ordinary pictures and on {on_shots} of "
        f"{shots} screenshots of them"
    )
    print(
        f"Finder time per picture: median {statistics.median(times) * 1000:.0f} ms, "
        f"max {max(times) * 1000:.0f} ms"
    )
    full_sets = {path: submitted_hashes(result, True) for path, result in fingerprints.items()}
    bad, compared, closest = false_matches(results, full_sets)
    print(
        f"False matches: {bad} of {compared} pairs (a photo of a screen's full set against "
        f"an unrelated picture's full set and unrelated copies); closest {closest} bits"
    )
    per_picture = [len(hashes) for _scene, hashes in results.screen_sets]
    print(
        f"PDQ hashes per photo of a screen: mean {statistics.mean(per_picture):.1f}, "
        f"max {max(per_picture)} (budget {reframes.MAX_PDQ_PER_PICTURE})"
    )
    if platform.checked:
        print(f"Platform hashes cross-checked with pdqhash: {platform.agreed}/{platform.checked}")


if __name__ == "__main__":
    main()
