"""Receipts: what a person keeps to check on or withdraw a submission.

A receipt holds the case id and the receipt token the registry gave, which
registry it was, when, and how many items were accepted. It never holds a hash
or anything about the files. It is written to disk only when the person asks
(``save_receipt``), as a small JSON file readable by its owner only.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from .errors import TakeItDownError
from .netutil import sanitize_text
from .safefile import atomic_write_bytes
from .settings import RegistryProfile

RECEIPT_SCHEMA = "takeitdown-receipt"
RECEIPT_VERSION = 1
MAX_RECEIPT_BYTES = 1024 * 1024


class ReceiptErrorCode(StrEnum):
    INVALID_RECEIPT = "invalid_receipt"
    RECEIPT_UNREADABLE = "receipt_unreadable"


class ReceiptError(TakeItDownError):
    default_code = ReceiptErrorCode.INVALID_RECEIPT


@dataclass(frozen=True)
class Receipt:
    case_id: str
    token: str
    registry_name: str
    registry_url: str
    kind: str  # "takeitdown" | "hma"
    created_at: str
    accepted: int
    duplicates: int = 0
    content_ids: tuple[str, ...] = field(default=())
    bank: str | None = None
    # HMA only: pictures with nothing sent (too plain for PDQ), and videos listed by
    # their exact fingerprint only (that HMA has no vpdq).
    not_sent: int = 0
    exact_only: int = 0

    @property
    def supports_status(self) -> bool:
        """Our API: by case id and token. HMA: by the bank and the content ids kept here."""
        if self.kind == "hma":
            return bool(self.bank and self.content_ids)
        return self.kind == "takeitdown"

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "schema": RECEIPT_SCHEMA,
            "schema_version": RECEIPT_VERSION,
            "case_id": self.case_id,
            "token": self.token,
            "registry_name": self.registry_name,
            "registry_url": self.registry_url,
            "kind": self.kind,
            "created_at": self.created_at,
            "accepted": self.accepted,
            "duplicates": self.duplicates,
            "content_ids": list(self.content_ids),
        }
        if self.bank is not None:
            data["bank"] = self.bank
        for key in ("not_sent", "exact_only"):
            if getattr(self, key):
                data[key] = getattr(self, key)
        return data

    def to_bytes(self) -> bytes:
        return (json.dumps(self.to_json(), indent=2, sort_keys=True) + "\n").encode("utf-8")

    @classmethod
    def from_json(cls, data: Any) -> Receipt:
        if not isinstance(data, dict) or data.get("schema") != RECEIPT_SCHEMA:
            raise ReceiptError("This is not a Take It Down receipt file.")

        def text(key: str, required: bool = True, limit: int = 2048) -> str:
            value = data.get(key)
            if not isinstance(value, str) or (required and not value):
                raise ReceiptError("The receipt file is incomplete or damaged.")
            return sanitize_text(value, limit)

        def count(key: str) -> int:
            value = data.get(key, 0)
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise ReceiptError("The receipt file is incomplete or damaged.")
            return value

        content_ids = data.get("content_ids", [])
        if not isinstance(content_ids, list) or not all(
            isinstance(item, str | int) and not isinstance(item, bool) for item in content_ids
        ):
            raise ReceiptError("The receipt file is incomplete or damaged.")
        kind = text("kind")
        if kind not in ("takeitdown", "hma"):
            raise ReceiptError("The receipt file names an unknown kind of registry.")
        bank = data.get("bank")
        return cls(
            case_id=text("case_id", limit=200),
            token=text("token", required=False),
            registry_name=text("registry_name", required=False),
            registry_url=text("registry_url"),
            kind=kind,
            created_at=text("created_at", required=False, limit=64),
            accepted=count("accepted"),
            duplicates=count("duplicates"),
            content_ids=tuple(str(item) for item in content_ids),
            bank=sanitize_text(bank, 200) if isinstance(bank, str) else None,
            not_sent=count("not_sent"),
            exact_only=count("exact_only"),
        )


def typed_receipt(case_number: str, secret_code: str, profile: RegistryProfile) -> Receipt:
    """A receipt for our API from a case number and secret code typed from paper
    (read as issued, see ``core.codes``), to check on or withdraw the case."""
    from .codes import normalize_case_number, normalize_secret_code

    return Receipt(
        case_id=normalize_case_number(case_number),
        token=normalize_secret_code(secret_code),
        registry_name=profile.name,
        registry_url=profile.base_url,
        kind="takeitdown",
        created_at="",
        accepted=0,
    )


def save_receipt(receipt: Receipt, path: Path) -> None:
    """Write the receipt (only when the person asked), owner-readable only."""
    atomic_write_bytes(Path(path), receipt.to_bytes())


def load_receipt(path: Path) -> Receipt:
    try:
        with Path(path).open("rb") as handle:
            raw = handle.read(MAX_RECEIPT_BYTES + 1)
    except FileNotFoundError as exc:
        raise ReceiptError("Receipt file not found.", ReceiptErrorCode.RECEIPT_UNREADABLE) from exc
    except OSError as exc:
        raise ReceiptError(
            "The receipt file could not be opened.", ReceiptErrorCode.RECEIPT_UNREADABLE
        ) from exc
    if len(raw) > MAX_RECEIPT_BYTES:
        raise ReceiptError("This file is too large to be a receipt.")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ReceiptError("The receipt file is damaged (it is not valid JSON).") from exc
    return Receipt.from_json(data)


def profile_for_receipt(receipt: Receipt, profiles: Iterable[RegistryProfile]) -> RegistryProfile:
    """The set-up registry at the receipt's address (for its token and CA bundle), if any;
    otherwise a bare profile made from the receipt itself."""
    wanted = receipt.registry_url.rstrip("/")
    for profile in profiles:
        if profile.kind == receipt.kind and profile.base_url.rstrip("/") == wanted:
            return profile
    return RegistryProfile(
        name=receipt.registry_name or receipt.registry_url,
        kind=receipt.kind,
        base_url=receipt.registry_url,
        bank=receipt.bank,
    )
