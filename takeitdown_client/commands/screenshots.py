"""``takeitdown-client screenshots``: render every page of the app to PNG files."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

NAME = "screenshots"
HELP = "render every page of the app to PNG files (offscreen, demo data only)"
ORDER = 90


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, type=Path, help="folder for the PNG files")
    parser.add_argument(
        "--lang", default="en", help="language code, for example en, de, ar, pt_BR (default: en)"
    )


def run(args: argparse.Namespace) -> int:
    # Offscreen unless the caller chose a platform (for example xcb under Xvfb).
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from takeitdown_client.gui.screenshots import render_all
    except ImportError as error:
        print(f"The app's window toolkit (PySide6) is not available: {error}", file=sys.stderr)
        return 1
    shots = render_all(args.out, args.lang)
    for shot in shots:
        print(shot)
    return 0
