"""``takeitdown-client withdraw RECEIPT`` or ``withdraw --case NUMBER``: withdraw a case."""

from __future__ import annotations

import argparse

from . import _submission_common as common
from .status import add_case_arguments, ask, target

NAME = "withdraw"
HELP = "withdraw a submitted case, with its saved receipt or its case number and secret code"
ORDER = 33


def configure(parser: argparse.ArgumentParser) -> None:
    add_case_arguments(parser)
    parser.add_argument("--yes", action="store_true", help="withdraw without asking to confirm")


# A receipt that cannot be used is a failure of this case, not a usage error.
@common.guarded(usage_exit=common.EXIT_FAILED)
def run(args: argparse.Namespace) -> int:
    receipt, client = target(args)
    if not args.yes and not common.confirm(
        f"Withdraw case number {receipt.case_id}? Websites will stop looking for these "
        "fingerprints. Type yes to withdraw:"
    ):
        client.close()
        common.err("Nothing was changed.")
        return common.EXIT_DECLINED
    return ask(client, lambda: client.withdraw(receipt))
