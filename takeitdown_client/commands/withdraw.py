"""``takeitdown-client withdraw RECEIPT``: ask the registry to withdraw a case."""

from __future__ import annotations

import argparse

from . import _submission_common as common
from .status import client_for_receipt, load, print_status

NAME = "withdraw"
HELP = "withdraw a submitted case, using its saved receipt"
ORDER = 33


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("receipt", metavar="RECEIPT", help="a receipt file saved by submit/send")
    parser.add_argument("--yes", action="store_true", help="withdraw without asking to confirm")
    common.add_token_argument(parser)


# A receipt that cannot be used is a failure of this case, not a usage error.
@common.guarded(usage_exit=common.EXIT_FAILED)
def run(args: argparse.Namespace) -> int:
    receipt = load(args.receipt)
    if not args.yes and not common.confirm(
        f"Withdraw case {receipt.case_id} from {receipt.registry_name}? "
        "Platforms may stop blocking these pictures. Type yes to withdraw:"
    ):
        common.err("Nothing was changed.")
        return common.EXIT_FAILED
    with client_for_receipt(args, receipt) as client:
        print_status(client.withdraw(receipt))
    return common.EXIT_OK
