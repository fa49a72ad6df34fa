"""Shared plumbing for ``submit``, ``send``, ``status``, ``withdraw`` and ``export``.

Registry choice (a URL or a saved profile name), fingerprints from media files
or saved ``hash --json`` output, confirmation prompts and error printing.
Prompts and progress go to stderr; payloads and results go to stdout.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..core import receipts
from ..core.batch import hash_paths
from ..core.errors import Cancelled, TakeItDownError
from ..core.fingerprints import Fingerprint, fingerprint_from_json
from ..core.hashing import DEFAULT_MAX_PIXELS, DEFAULT_SECONDS_PER_HASH, HashOptions
from ..core.outbox import Outbox
from ..core.payload import SubmissionPayload
from ..core.receipts import Receipt, save_receipt
from ..core.registry import (
    HttpOptions,
    RegistryClient,
    RegistryError,
    RegistryErrorCode,
    client_for,
    new_idempotency_key,
)
from ..core.registry.hma import check_bank_name
from ..core.settings import RegistryProfile, data_dir, load_settings
from ..core.tokens import get_token

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_DECLINED = 3  # the person answered no at a prompt: nothing was sent or changed
SUBMITTER_CHOICES = {"self": "self", "adult": "trusted_adult", "counselor": "counselor"}
MAX_HASH_JSON_BYTES = 64 << 20


class UsageProblem(Exception):
    """A command line that cannot work; exit code 2."""


CommandRun = Callable[[argparse.Namespace], int]


def guarded(usage_exit: int = EXIT_USAGE) -> Callable[[CommandRun], CommandRun]:
    """Turn the failures every command meets into one plain line and an exit code."""

    def decorate(run: CommandRun) -> CommandRun:
        @functools.wraps(run)
        def wrapper(args: argparse.Namespace) -> int:
            try:
                return run(args)
            except UsageProblem as problem:
                err(str(problem))
                return usage_exit
            except (KeyboardInterrupt, Cancelled):
                return interrupted()
            except TakeItDownError as error:
                report_error(error)
                return EXIT_FAILED

        return wrapper

    return decorate


def err(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def report_error(error: TakeItDownError, what: str = "") -> None:
    prefix = f"{what}: " if what else ""
    err(f"{prefix}{error.message} [{error.code}]")


def add_registry_arguments(parser: argparse.ArgumentParser, required: bool = True) -> None:
    parser.add_argument(
        "--registry",
        required=required,
        metavar="URL|PROFILE",
        help="a registry address (https://…; http only on this computer) or a saved profile name",
    )
    parser.add_argument(
        "--kind",
        choices=("takeitdown", "hma"),
        default="takeitdown",
        help="for a URL: our registry API (default) or an HMA bank API",
    )
    parser.add_argument("--bank", help="for --kind hma: the bank to add the hashes to")
    parser.add_argument("--ca-bundle", metavar="FILE", help="extra CA certificates to trust")
    add_token_argument(parser)
    parser.add_argument(
        "--retries",
        type=int,
        choices=range(11),
        default=HttpOptions().retries,
        metavar="N",
        help="retry a failed connection or a busy registry N times, 0-10 (default: %(default)s)",
    )


def add_token_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--token-env",
        metavar="VARIABLE",
        help="read the registry's API token from this environment variable (never from the "
        "command line, where other users could see it)",
    )


def resolve_profile(args: argparse.Namespace) -> RegistryProfile:
    target = str(args.registry or "").strip()
    if "://" in target:
        if args.kind == "hma" and not args.bank:
            raise UsageProblem("An HMA registry needs --bank NAME.")
        if args.kind == "hma":
            try:
                check_bank_name(args.bank)
            except RegistryError as error:
                raise UsageProblem(error.message) from error
        return RegistryProfile(
            name=target,
            kind=args.kind,
            base_url=target,
            bank=args.bank,
            ca_bundle=args.ca_bundle,
        )
    settings = load_settings().settings
    profile = settings.profile(target)
    if profile is None:
        names = ", ".join(repr(p.name) for p in settings.profiles) or "none saved yet"
        raise UsageProblem(f"No registry profile is called {target!r} (profiles: {names}).")
    if args.ca_bundle:
        profile = RegistryProfile(**{**profile.__dict__, "ca_bundle": args.ca_bundle})
    return profile


def api_token(args: argparse.Namespace, profile: RegistryProfile) -> str | None:
    variable = getattr(args, "token_env", None)
    if variable:
        value = os.environ.get(variable)
        if not value:
            raise UsageProblem(f"The environment variable {variable} is empty or not set.")
        return value
    return get_token(profile.name) if profile.has_token else None


def say_retrying(retry: int, allowed: int) -> None:
    err(f"No answer yet. Trying again ({retry} of {allowed})…")


def make_client(args: argparse.Namespace, profile: RegistryProfile) -> RegistryClient:
    options = HttpOptions(
        retries=getattr(args, "retries", HttpOptions().retries), on_retry=say_retrying
    )
    return client_for(profile, token=api_token(args, profile), options=options)


def profile_for_receipt(receipt: Receipt) -> RegistryProfile:
    """The saved profile a receipt came from (same name and address), or a bare one."""
    saved = load_settings().settings.profile(receipt.registry_name)
    return receipts.profile_for_receipt(receipt, [saved] if saved is not None else [])


def add_hashing_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="pictures, videos or folders (hashed here), or saved `hash --json` output",
    )
    parser.add_argument("--jobs", type=int, default=None, help="worker processes for hashing")
    parser.add_argument(
        "--seconds-per-hash", type=float, default=None, help="for videos (default: settings)"
    )
    parser.add_argument("--max-pixels", type=int, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--no-reframes", action="store_true", help=NO_REFRAMES_HELP)


NO_REFRAMES_HELP = (
    "do not add fingerprints of common edited copies (cropped, with bars, screenshots)"
)


def include_reframes(args: argparse.Namespace) -> bool:
    """Reframe variants are hashed and sent unless --no-reframes or the setting says no."""
    return not getattr(args, "no_reframes", False) and load_settings().settings.send_reframes


def _hash_json_items(path: Path) -> list[Any] | None:
    """The items of a saved ``hash --json`` file, or None if ``path`` is not one."""
    if path.suffix.lower() != ".json" or not path.is_file():
        return None
    try:
        if path.stat().st_size > MAX_HASH_JSON_BYTES:
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return None
    if isinstance(data, dict) and isinstance(data.get("items"), list):
        return list(data["items"])
    if isinstance(data, list):
        return data
    if isinstance(data, dict) and data.get("media") in ("image", "video"):
        return [data]
    return None


def collect_fingerprints(args: argparse.Namespace) -> tuple[list[Fingerprint], int]:
    """Fingerprints from the PATH arguments, and how many inputs failed (reported on stderr)."""
    settings = load_settings().settings
    options = HashOptions(
        max_pixels=args.max_pixels or settings.max_pixels or DEFAULT_MAX_PIXELS,
        seconds_per_hash=args.seconds_per_hash
        or settings.seconds_per_hash
        or DEFAULT_SECONDS_PER_HASH,
        reframes=include_reframes(args),
    )
    fingerprints: list[Fingerprint] = []
    failed = 0
    media: list[str] = []
    for raw in args.paths:
        items = _hash_json_items(Path(raw))
        if items is None:
            media.append(raw)
            continue
        for item in items:
            if not isinstance(item, dict) or "error" in item:
                failed += 1
                continue
            try:
                fingerprints.append(fingerprint_from_json(item))
            except (KeyError, TypeError, ValueError):
                failed += 1
                err(f"FAILED  {raw}: an item in this hash file is not valid.")
    if media:
        if sys.stderr.isatty():
            err(f"Hashing {len(media)} path(s) on this computer…")
        for hashed in hash_paths(
            media, options=options, jobs=args.jobs, cancel_event=threading.Event()
        ):
            if hashed.fingerprint is not None:
                fingerprints.append(hashed.fingerprint)
            else:
                failed += 1
                message = hashed.error.message if hashed.error else "failed"
                err(f"FAILED  {hashed.path}: {message}")
    return fingerprints, failed


def confirm(question: str) -> bool:
    """Ask on stderr; only an explicit yes counts. End of input is a no."""
    err(question)
    try:
        answer = sys.stdin.readline()
    except (OSError, ValueError):
        return False
    return answer.strip().lower() in ("y", "yes")


def print_payload(payload: SubmissionPayload, kind: str = "takeitdown") -> None:
    """The exact bytes that will be sent (to a registry of ``kind``)."""
    sys.stdout.flush()
    sys.stdout.buffer.write(payload.to_bytes())
    sys.stdout.flush()
    parts = [
        f"{len(payload.items)} item(s): {payload.image_count} picture(s), "
        f"{payload.video_count} video(s)"
    ]
    if payload.low_quality_count and kind == "hma":
        parts.append(
            f"{payload.low_quality_count} picture(s) too plain for a visual match: HMA "
            "takes pictures only by PDQ, so nothing will be sent for them"
        )
    elif payload.low_quality_count:
        parts.append(
            f"{payload.low_quality_count} picture(s) too plain for a visual match "
            "(sent by exact fingerprint only)"
        )
    if payload.duplicates_dropped:
        parts.append(f"{payload.duplicates_dropped} duplicate file(s) sent once")
    err("; ".join(parts) + ".")


def print_receipt(receipt: Receipt) -> None:
    lines = [
        "Receipt",
        f"  Registry:      {receipt.registry_name}",
        f"  Case number:   {receipt.case_id}",
    ]
    if receipt.token:
        lines.append(f"  Secret code:   {receipt.token}")
    lines += [
        f"  Sent at:       {receipt.created_at}",
        f"  Accepted:      {receipt.accepted}   Already known: {receipt.duplicates}",
    ]
    if receipt.kind == "hma":
        lines += hma_receipt_lines(receipt)
    else:
        lines.append(
            "  Keep the case number and secret code: you need them to check on or withdraw "
            "this case."
        )
    print("\n".join(lines), flush=True)


def hma_receipt_lines(receipt: Receipt) -> list[str]:
    """What an HMA receipt must say: what was not sent, what matches only exactly, and when."""
    lines = [f"  Bank entries:  {len(receipt.content_ids)} in {receipt.bank}"]
    if receipt.not_sent:
        lines.append(
            f"  Not sent:      {receipt.not_sent} picture(s) too plain for a visual fingerprint "
            "(PDQ): HMA takes no other kind for pictures, so nothing was sent for them."
        )
    if receipt.exact_only:
        lines.append(
            f"  Exact only:    {receipt.exact_only} video(s) listed by exact fingerprint only "
            "(this HMA has no vpdq): re-encoded copies will not match."
        )
    lines += [
        "  Platforms using this list can match it within a few minutes.",
        "  Save this receipt (--receipt-out FILE): `status` and `withdraw` need its bank entries.",
    ]
    return lines


def interrupted() -> int:
    err("\nStopped.")
    return 130


def add_sending_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--yes", action="store_true", help="send without asking to confirm")
    parser.add_argument(
        "--receipt-out",
        metavar="FILE",
        help="save the receipt (case number and secret code) to FILE",
    )
    parser.add_argument(
        "--send-later",
        action="store_true",
        help="if sending fails, keep the submission in the outbox (send it with `send --outbox`)",
    )


def keep_receipt(receipt: Receipt, args: argparse.Namespace) -> int:
    """Save the receipt if asked (--receipt-out, or a file name typed at the prompt)."""
    target = args.receipt_out
    if not target and not args.yes and sys.stdin.isatty():
        err("Save the receipt to a file? Type a file name, or press Enter to skip:")
        target = sys.stdin.readline().strip()
    if not target:
        return EXIT_OK
    try:
        save_receipt(receipt, Path(target))
    except OSError:
        err(
            "The receipt could not be saved there. Copy the case number and secret code above "
            "instead."
        )
        return EXIT_FAILED
    err("Receipt saved.")
    return EXIT_OK


def send_payload(args: argparse.Namespace, profile: RegistryProfile, payload_bytes: bytes) -> int:
    """Confirm (unless --yes), send with a fresh idempotency key, print and keep the receipt."""
    with make_client(args, profile) as client:  # a bad address is reported before the question
        if not args.yes and not confirm(
            f"Send the fingerprints above to {profile.name}? Type yes to send:"
        ):
            err("Nothing was sent.")
            return EXIT_DECLINED
        key = new_idempotency_key()
        try:
            receipt = client.submit(payload_bytes, key)
        except RegistryError as error:
            report_error(error, "Not sent")
            if args.send_later and error.code != RegistryErrorCode.NOTHING_TO_SEND:
                Outbox(data_dir()).add(payload_bytes, profile.name, key, registry=profile)
                err("Kept in the outbox. Send it later with: takeitdown-client send --outbox")
            return EXIT_FAILED
    return finish_receipt(receipt, args)


def finish_receipt(receipt: Receipt, args: argparse.Namespace) -> int:
    """Print and keep the receipt; exit 1 when the registry took nothing at all."""
    print_receipt(receipt)
    status = keep_receipt(receipt, args)
    if receipt.accepted == 0 and receipt.duplicates == 0:
        err("Nothing was accepted.")
        return EXIT_FAILED
    return status
