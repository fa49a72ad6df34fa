"""``takeitdown-client submit``: hash on this computer, show the exact payload, send it."""

from __future__ import annotations

import argparse
import sys

from ..core.payload import build_payload
from ..core.settings import load_settings
from . import _submission_common as common

NAME = "submit"
HELP = "hash pictures and videos here and send only the hashes to a registry"
ORDER = 30


def configure(parser: argparse.ArgumentParser) -> None:
    common.add_registry_arguments(parser)
    parser.add_argument(
        "--category",
        choices=("minor", "adult"),
        help="minor: the person was under 18 when the pictures were taken; adult: 18 or older",
    )
    parser.add_argument(
        "--as",
        dest="submitter",
        choices=tuple(common.SUBMITTER_CHOICES),
        default="self",
        help="who is sending: the person shown (self, default), a trusted adult, or a counselor",
    )
    parser.add_argument(
        "--no-dihedral",
        action="store_true",
        help="do not send the rotated and flipped variants of each picture's PDQ hash",
    )
    common.add_sending_arguments(parser)
    common.add_hashing_arguments(parser)


def _category(args: argparse.Namespace) -> str | None:
    if args.category:
        return str(args.category)
    if args.yes or not sys.stdin.isatty():
        return None
    answer = common.confirm("Was the person in these pictures under 18 when they were taken? [y/n]")
    return "minor" if answer else "adult"


@common.guarded()
def run(args: argparse.Namespace) -> int:
    profile = common.resolve_profile(args)
    category = _category(args)
    if category is None:
        raise common.UsageProblem("Choose --category minor or --category adult.")
    fingerprints, failed = common.collect_fingerprints(args)
    if not fingerprints:
        common.err("Nothing could be hashed, so nothing was sent.")
        return common.EXIT_FAILED
    include_dihedral = not args.no_dihedral and load_settings().settings.send_dihedral
    payload = build_payload(
        fingerprints,
        category,
        common.SUBMITTER_CHOICES[args.submitter],
        include_dihedral=include_dihedral,
        include_reframes=common.include_reframes(args),
    )
    common.print_payload(payload, profile.kind)
    status = common.send_payload(args, profile, payload.to_bytes())
    if status == common.EXIT_DECLINED:
        return status
    return status if failed == 0 else common.EXIT_FAILED
