"""The ``takeitdown-client`` command.

With no subcommand it opens the desktop app. Subcommands serve counselors and
scripts; each lives in ``takeitdown_client/commands/`` and is discovered here.
Exit codes: 0 success, 1 some items failed, 2 usage error.
"""

from __future__ import annotations

import argparse
import importlib
import multiprocessing
import os
import pkgutil
import sys
from collections.abc import Sequence
from types import ModuleType

from . import APP_NAME, __version__, commands

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2


def _command_modules() -> list[ModuleType]:
    modules = [
        importlib.import_module(f"{commands.__name__}.{info.name}")
        for info in pkgutil.iter_modules(commands.__path__)
        if not info.name.startswith("_")
    ]
    return sorted(modules, key=lambda module: (getattr(module, "ORDER", 100), module.NAME))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_NAME,
        description=(
            "Block intimate pictures and videos online without uploading them. "
            "Fingerprints (hashes) are computed on this computer; only they are sent. "
            "Run without a command to open the app."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the app with a built-in demo registry on this computer",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation offscreen (hashing, translations, window); exit 0 or 1",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in _command_modules():
        sub = subparsers.add_parser(module.NAME, help=module.HELP, description=module.HELP)
        module.configure(sub)
        sub.set_defaults(run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # Hashing workers are spawned processes; a frozen app must hand them over here.
    multiprocessing.freeze_support()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        from .selftest import main as self_test

        return self_test()
    run = getattr(args, "run", None)
    if run is not None:
        try:
            return int(run(args))
        except BrokenPipeError:
            # Output piped into `head` and the like: not an error of ours.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return EXIT_OK
    return gui_main(demo=args.demo, parser=parser)


def gui_main(demo: bool = False, parser: argparse.ArgumentParser | None = None) -> int:
    try:
        from .gui.app import run_app  # keep the CLI fast without Qt
    except ImportError:
        (parser or build_parser()).print_help()
        return EXIT_OK
    return run_app(demo=demo, argv=sys.argv[:1])


if __name__ == "__main__":
    raise SystemExit(main())
