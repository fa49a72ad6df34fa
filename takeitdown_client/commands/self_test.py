"""``takeitdown-client self-test``: check that this installation works (see ``selftest.py``)."""

from __future__ import annotations

import argparse

NAME = "self-test"
HELP = "check this installation offscreen: hashing, translations, the window; exit 0 or 1"
ORDER = 90

CHECK_NAMES = (
    "resources",
    "picture",
    "HEIC photo",
    "video",
    "workers",
    "linear algebra",
    "translations",
    "main window",
)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--verbose", action="store_true", help="print every check, not one line")
    parser.add_argument(
        "--skip",
        action="append",
        default=[],
        choices=CHECK_NAMES,
        metavar="CHECK",
        help=f"leave out a check (repeatable): {', '.join(CHECK_NAMES)}",
    )


def run(args: argparse.Namespace) -> int:
    from ..selftest import main

    return main(skip=frozenset(args.skip), verbose=args.verbose)
