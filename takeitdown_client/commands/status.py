"""``takeitdown-client status RECEIPT``: ask the registry about a case."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..core.receipts import Receipt, load_receipt
from ..core.registry import CaseStatus, client_for
from . import _submission_common as common

NAME = "status"
HELP = "check a submitted case, using its saved receipt"
ORDER = 32


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("receipt", metavar="RECEIPT", help="a receipt file saved by submit/send")


def print_status(status: CaseStatus) -> None:
    print(
        f"Case {status.case_id}: {status.status}\n"
        f"  Accepted: {status.accepted}   Already known: {status.duplicates}\n"
        f"  Sent: {status.created_at}   Last change: {status.updated_at}",
        flush=True,
    )


def load(path: str) -> Receipt:
    receipt = load_receipt(Path(path))
    if not receipt.supports_status:
        raise common.UsageProblem(
            "This receipt is from an HMA bank, which has no cases: status and withdrawal "
            "are not available there."
        )
    return receipt


# A receipt that cannot be used is a failure of this case, not a usage error.
@common.guarded(usage_exit=common.EXIT_FAILED)
def run(args: argparse.Namespace) -> int:
    receipt = load(args.receipt)
    with client_for(common.profile_for_receipt(receipt)) as client:
        print_status(client.status(receipt))
    return common.EXIT_OK
