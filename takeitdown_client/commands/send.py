"""``takeitdown-client send``: send a saved payload file, or what waits in the outbox."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..core.exports import import_payload
from ..core.outbox import Outbox, OutboxEntry
from ..core.registry import RegistryError
from ..core.settings import RegistryProfile, data_dir, load_settings
from . import _submission_common as common

NAME = "send"
HELP = "send a saved payload file (from `export --format json`), or the outbox"
ORDER = 31


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("payload_file", nargs="?", metavar="PAYLOAD_FILE")
    parser.add_argument(
        "--outbox",
        action="store_true",
        help="send every submission kept for later (each to the registry it was meant for, "
        "unless --registry is given)",
    )
    common.add_registry_arguments(parser, required=False)
    common.add_sending_arguments(parser)


def _send_outbox(args: argparse.Namespace) -> int:
    outbox = Outbox(data_dir())
    entries = outbox.list()
    if outbox.damaged:
        common.err(f"{outbox.damaged} damaged outbox file(s) were skipped.")
    if not entries:
        common.err("The outbox is empty.")
        return common.EXIT_OK if not outbox.damaged else common.EXIT_FAILED
    if not args.yes and not common.confirm(
        f"Send {len(entries)} submission(s) from the outbox? Type yes to send:"
    ):
        common.err("Nothing was sent.")
        return common.EXIT_DECLINED
    if args.receipt_out and len(entries) > 1:
        args.receipt_out = None  # one file cannot hold several receipts
        common.err("Several receipts: --receipt-out is ignored; copy them from below.")
    status = common.EXIT_OK
    saved = load_settings().settings.profiles
    for number, entry in enumerate(entries, 1):
        status = max(status, _send_entry(args, outbox, entry, saved, f"{number}/{len(entries)}"))
    return status


def _send_entry(
    args: argparse.Namespace,
    outbox: Outbox,
    entry: OutboxEntry,
    saved: tuple[RegistryProfile, ...],
    label: str,
) -> int:
    """Send one entry to its own registry (or to --registry), and say how it went."""
    profile = common.resolve_profile(args) if args.registry else entry.target(saved)
    if profile is None:
        common.err(f"Entry {label}: its registry {entry.profile_name!r} is no longer set up.")
        return common.EXIT_FAILED
    common.err(f"Entry {label}, to {profile.name}:")
    try:
        with common.make_client(args, profile) as client:
            receipt = outbox.send(entry, client)  # the original idempotency key
    except RegistryError as error:
        common.report_error(error, "Not sent (still in the outbox)")
        return common.EXIT_FAILED
    return common.finish_receipt(receipt, args)


@common.guarded()
def run(args: argparse.Namespace) -> int:
    if args.outbox:
        if args.payload_file:
            raise common.UsageProblem("Give either PAYLOAD_FILE or --outbox, not both.")
        return _send_outbox(args)
    if not args.payload_file or not args.registry:
        raise common.UsageProblem("Give PAYLOAD_FILE and --registry URL|PROFILE (or --outbox).")
    profile = common.resolve_profile(args)
    payload = import_payload(Path(args.payload_file))
    common.print_payload(payload, profile.kind)
    return common.send_payload(args, profile, payload.to_bytes())
