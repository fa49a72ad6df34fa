"""``takeitdown-client status RECEIPT`` or ``status --case NUMBER``: ask the registry about a case.

With ``--case`` the secret code is asked for (hidden), or read from standard
input when that is not a terminal. It is never taken from the command line,
where other users of the computer can read it.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from pathlib import Path

from ..core.receipts import Receipt, load_receipt, typed_receipt
from ..core.registry import (
    CaseStatus,
    RegistryClient,
    RegistryError,
    RegistryErrorCode,
    client_for,
)
from ..core.registry.errors import STANDARD_MESSAGES
from ..core.settings import RegistryProfile, load_settings
from . import _submission_common as common

NAME = "status"
HELP = "check a submitted case, with its saved receipt or its case number and secret code"
ORDER = 32
TAKEITDOWN = "takeitdown"


def configure(parser: argparse.ArgumentParser) -> None:
    add_case_arguments(parser)


def add_case_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "receipt", nargs="?", metavar="RECEIPT", help="a receipt file saved by submit/send"
    )
    parser.add_argument(
        "--case",
        metavar="NUMBER",
        help="the case number from the receipt, instead of a receipt file; the secret code is "
        "then asked for, or read from standard input (never from the command line)",
    )
    parser.add_argument("--code", help=argparse.SUPPRESS)  # refused with an explanation
    common.add_registry_arguments(parser, required=False)


def print_status(status: CaseStatus) -> None:
    lines = [
        f"Case number {status.case_id}: {status.status}",
        f"  Fingerprints accepted: {status.accepted}   Already known: {status.duplicates}",
        f"  Sent: {status.created_at}   Last change: {status.updated_at}",
    ]
    if status.entries is not None:
        lines[2:] = [
            f"  Sent: {status.created_at}",
            f"  Bank entries still listed: {status.entries_listed} of {status.entries}",
        ]
    print("\n".join(lines), flush=True)


def load(path: str) -> Receipt:
    receipt = load_receipt(Path(path))
    if not receipt.supports_status:
        raise common.UsageProblem("This receipt holds nothing to check or withdraw.")
    return receipt


def client_for_receipt(args: argparse.Namespace, receipt: Receipt) -> RegistryClient:
    """Our API authorises by the receipt token; HMA by the registry's API token, if any."""
    profile = common.profile_for_receipt(receipt)
    token = common.api_token(args, profile) if receipt.kind == "hma" else None
    return client_for(profile, token=token)


def _case_profile(args: argparse.Namespace) -> RegistryProfile:
    if args.registry:
        profile = common.resolve_profile(args)
    else:
        ours = [p for p in load_settings().settings.profiles if p.kind == TAKEITDOWN]
        if len(ours) != 1:
            raise common.UsageProblem("Say where the case was sent: --registry URL|PROFILE.")
        profile = ours[0]
    if profile.kind != TAKEITDOWN:
        raise common.UsageProblem("An HMA bank has no case numbers: use the saved receipt.")
    return profile


def read_secret_code() -> str:
    """The secret code: asked for without echo on a terminal, else one line of stdin."""
    if sys.stdin.isatty():
        return getpass.getpass("Secret code (from the receipt): ", stream=sys.stderr)
    return sys.stdin.readline()


def target(args: argparse.Namespace) -> tuple[Receipt, RegistryClient]:
    """The case and a client for its registry, from a receipt file or --case."""
    if args.code is not None:
        raise common.UsageProblem(
            "The secret code is never taken from the command line, where other users of this "
            "computer can read it. Leave out --code: you will be asked for it, or pipe it in."
        )
    if bool(args.receipt) == bool(args.case):
        raise common.UsageProblem("Give a receipt file, or --case NUMBER (not both).")
    if args.receipt:
        receipt = load(args.receipt)
        return receipt, client_for_receipt(args, receipt)
    profile = _case_profile(args)
    code = read_secret_code().strip()
    if not code:
        raise common.UsageProblem("No secret code was given, so nothing was asked.")
    return typed_receipt(args.case, code, profile), common.make_client(args, profile)


def ask(client: RegistryClient, call: Callable[[], CaseStatus]) -> int:
    """Run one status or withdraw request and print the answer, in plain words."""
    with client:
        try:
            print_status(call())
        except RegistryError as error:
            if error.code != RegistryErrorCode.NOT_FOUND:
                raise
            common.err(STANDARD_MESSAGES[RegistryErrorCode.NOT_FOUND])
            return common.EXIT_FAILED
    return common.EXIT_OK


# A receipt that cannot be used is a failure of this case, not a usage error.
@common.guarded(usage_exit=common.EXIT_FAILED)
def run(args: argparse.Namespace) -> int:
    receipt, client = target(args)
    return ask(client, lambda: client.status(receipt))
