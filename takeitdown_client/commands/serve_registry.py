"""``takeitdown-client serve-registry``: run the reference registry in the foreground."""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from pathlib import Path

NAME = "serve-registry"
HELP = "run the reference registry (our API and HMA's bank API) for tests and demos"
ORDER = 90

EXIT_OK = 0
EXIT_USAGE = 2


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        metavar="PATH",
        help="SQLite database file, created if missing (default: a temporary one, deleted on exit)",
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)"
    )
    parser.add_argument(
        "--port", type=int, default=8080, help="port to listen on; 0 picks a free one"
    )
    parser.add_argument(
        "--allow-remote",
        action="store_true",
        help="allow a non-loopback --host (the registry speaks plain, unencrypted HTTP)",
    )
    parser.add_argument(
        "--bank",
        action="append",
        default=[],
        metavar="NAME",
        help="create this HMA bank (UPPER_SNAKE_CASE) at start-up; may be repeated",
    )


def run(args: argparse.Namespace) -> int:
    # Imported here so that the other commands do not pay for waitress and sqlite.
    from ..registry_server.hma import BANK_NAME_RE
    from ..registry_server.serve import create_bank, is_loopback, serve_forever
    from ..registry_server.store import Store

    if not 0 <= args.port <= 65535:
        print("error: --port must be from 0 to 65535", file=sys.stderr)
        return EXIT_USAGE
    if not is_loopback(args.host):
        if not args.allow_remote:
            print(
                "error: the registry listens on loopback addresses only; "
                "add --allow-remote to listen on another address",
                file=sys.stderr,
            )
            return EXIT_USAGE
        print(
            "warning: serving plain HTTP on a non-loopback address: hashes and receipt "
            "tokens cross the network unencrypted. Put a TLS proxy in front of it.",
            file=sys.stderr,
        )
    for bank in args.bank:
        if not BANK_NAME_RE.fullmatch(bank):
            print("error: bank names must be UPPER_SNAKE_CASE", file=sys.stderr)
            return EXIT_USAGE
    with tempfile.TemporaryDirectory(prefix="takeitdown-registry-") as temp:
        db_path = args.db if args.db is not None else Path(temp) / "registry.sqlite3"
        try:
            db_path.parent.mkdir(parents=True, exist_ok=True)
            store = Store(db_path)
            try:
                for bank in args.bank:
                    create_bank(store, bank)
            finally:
                store.close()
            serve_forever(db_path, args.host, args.port)
        except KeyboardInterrupt:
            return EXIT_OK
        except (OSError, sqlite3.Error, RuntimeError) as exc:
            reason = getattr(exc, "strerror", None) or type(exc).__name__
            print(f"error: cannot start the registry: {reason}", file=sys.stderr)
            return EXIT_USAGE
    return EXIT_OK
