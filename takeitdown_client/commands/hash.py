"""``takeitdown-client hash``: fingerprint files and folders on this computer."""

from __future__ import annotations

import argparse
import json
import sys
import threading
from typing import TextIO

from ..core.batch import BatchProgress, default_jobs, hash_paths
from ..core.errors import Cancelled
from ..core.fingerprints import HashedItem, ImageFingerprint, VideoFingerprint
from ..core.hashing import DEFAULT_MAX_PIXELS, DEFAULT_SECONDS_PER_HASH, HashOptions

NAME = "hash"
HELP = "compute fingerprints (hashes) of pictures and videos; nothing is sent"
ORDER = 10

EXIT_OK, EXIT_SOME_FAILED, EXIT_INTERRUPTED = 0, 1, 130


def positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def positive_float(text: str) -> float:
    value = float(text)
    if not value > 0:
        raise argparse.ArgumentTypeError("must be more than 0")
    return value


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (recursive)")
    parser.add_argument("--json", action="store_true", help='print {"items": [...]} as JSON')
    parser.add_argument(
        "--jobs",
        type=positive_int,
        default=None,
        help=f"worker processes hashing in parallel (default: all {default_jobs()} cores)",
    )
    parser.add_argument(
        "--seconds-per-hash",
        type=positive_float,
        default=DEFAULT_SECONDS_PER_HASH,
        help="for videos: hash one frame per this many seconds (default: 1.0)",
    )
    parser.add_argument(
        "--no-reframes",
        action="store_true",
        help="do not hash common edited copies of pictures (cropped, with bars, screenshots)",
    )
    parser.add_argument(
        "--max-pixels",
        type=positive_int,
        default=DEFAULT_MAX_PIXELS,
        help="refuse pictures larger than this many pixels (default: %(default)s)",
    )


def run(args: argparse.Namespace) -> int:
    options = HashOptions(
        max_pixels=args.max_pixels,
        seconds_per_hash=args.seconds_per_hash,
        reframes=not args.no_reframes,
    )
    show_progress = sys.stderr.isatty()
    try:
        items = hash_paths(
            args.paths,
            options=options,
            jobs=args.jobs,
            progress=_print_progress if show_progress else None,
            cancel_event=threading.Event(),
        )
    except (KeyboardInterrupt, Cancelled):
        print("\nStopped.", file=sys.stderr)
        return EXIT_INTERRUPTED
    if show_progress:
        print(file=sys.stderr)
    if args.json:
        json.dump({"items": [item.to_json() for item in items]}, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print_table(items, sys.stdout)
    return EXIT_OK if all(item.ok for item in items) else EXIT_SOME_FAILED


def _print_progress(progress: BatchProgress) -> None:
    print(
        f"\rHashing: {progress.files_done}/{progress.files_total} files",
        end="",
        file=sys.stderr,
        flush=True,
    )


def _summary(item: HashedItem) -> tuple[str, str, str]:
    fingerprint = item.fingerprint
    if isinstance(fingerprint, ImageFingerprint):
        return "ok", "image", f"pdq {fingerprint.pdq[:16]}  quality {fingerprint.pdq_quality:3d}"
    if isinstance(fingerprint, VideoFingerprint):
        frames = len(fingerprint.frames)
        return "ok", "video", f"vpdq {frames} frames  md5 {fingerprint.md5[:16]}"
    error = item.error
    detail = f"{error.code}: {error.message}" if error else "failed"
    return "FAILED", "", detail


def print_table(items: list[HashedItem], out: TextIO) -> None:
    """A readable table: status, media, short fingerprint, path."""
    rows = [(*_summary(item), item.path) for item in items]
    widths = [max((len(row[column]) for row in rows), default=0) for column in range(3)]
    for row in rows:
        cells = [row[column].ljust(widths[column]) for column in range(3)]
        out.write("  ".join([*cells, row[3]]).rstrip() + "\n")
    failed = sum(1 for item in items if not item.ok)
    out.write(f"\n{len(items) - failed} hashed, {failed} failed\n")
