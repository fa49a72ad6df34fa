"""``takeitdown-client status RECEIPT``: ask the registry about a case."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..core.receipts import Receipt, load_receipt
from ..core.registry import CaseStatus, RegistryClient, client_for
from . import _submission_common as common

NAME = "status"
HELP = "check a submitted case, using its saved receipt"
ORDER = 32


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("receipt", metavar="RECEIPT", help="a receipt file saved by submit/send")
    common.add_token_argument(parser)


def print_status(status: CaseStatus) -> None:
    lines = [
        f"Case {status.case_id}: {status.status}",
        f"  Accepted: {status.accepted}   Already known: {status.duplicates}",
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


# A receipt that cannot be used is a failure of this case, not a usage error.
@common.guarded(usage_exit=common.EXIT_FAILED)
def run(args: argparse.Namespace) -> int:
    receipt = load(args.receipt)
    with client_for_receipt(args, receipt) as client:
        print_status(client.status(receipt))
    return common.EXIT_OK
