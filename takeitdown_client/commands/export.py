"""``takeitdown-client export``: write hashes to a file instead of sending them."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..core.exports import EXPORT_FORMATS, export_bytes, write_export
from ..core.payload import build_payload
from ..core.settings import load_settings
from . import _submission_common as common

NAME = "export"
HELP = "save hashes as a payload file (json), a threatexchange list (te) or CSV; nothing is sent"
ORDER = 34


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format",
        choices=EXPORT_FORMATS,
        required=True,
        help="json: a payload file for `send`; te: `pdq <hex>` lines; csv: signal_type,signal_str",
    )
    parser.add_argument("--out", metavar="FILE", help="write here (default: standard output)")
    parser.add_argument(
        "--category", choices=("minor", "adult"), help="for --format json: the category"
    )
    parser.add_argument(
        "--as",
        dest="submitter",
        choices=tuple(common.SUBMITTER_CHOICES),
        default="self",
        help="for --format json: who is sending",
    )
    parser.add_argument("--no-dihedral", action="store_true", help="leave out the PDQ variants")
    parser.add_argument(
        "--include-vpdq", action="store_true", help="te/csv: add one vpdq line per video"
    )
    common.add_hashing_arguments(parser)


@common.guarded()
def run(args: argparse.Namespace) -> int:
    if args.format == "json" and not args.category:
        raise common.UsageProblem("A payload file needs --category minor or --category adult.")
    fingerprints, failed = common.collect_fingerprints(args)
    if not fingerprints:
        common.err("Nothing could be hashed, so nothing was written.")
        return common.EXIT_FAILED
    include_dihedral = not args.no_dihedral and load_settings().settings.send_dihedral
    # Category and sender only appear in the json format; the others list hashes only.
    payload = build_payload(
        fingerprints,
        args.category or "minor",
        common.SUBMITTER_CHOICES[args.submitter],
        include_dihedral=include_dihedral,
        include_reframes=common.include_reframes(args),
    )
    data = export_bytes(payload, args.format, args.include_vpdq)
    if args.out:
        try:
            write_export(Path(args.out), data)
        except OSError:
            common.err("The file could not be written there.")
            return common.EXIT_FAILED
        common.err(f"Saved {len(payload.items)} item(s).")
    else:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return common.EXIT_OK if failed == 0 else common.EXIT_FAILED
