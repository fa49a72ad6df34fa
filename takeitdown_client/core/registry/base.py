"""What every registry client offers, and the records they return."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol, Self

from ..netutil import sanitize_text
from ..receipts import Receipt
from .errors import RegistryErrorCode, registry_error

IDEMPOTENCY_KEY_RE = re.compile(r"[A-Za-z0-9_-]{16,128}")


def new_idempotency_key() -> str:
    """A fresh key for one submission; keep it with the payload until it is confirmed."""
    return secrets.token_urlsafe(24)  # 32 characters of [A-Za-z0-9_-]


def utc_now_text() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


@dataclass(frozen=True)
class RegistryInfo:
    name: str
    api_version: str
    categories: tuple[str, ...]
    signal_types: tuple[str, ...]
    limits: dict[str, int] = field(default_factory=dict)
    privacy_url: str | None = None
    terms_url: str | None = None
    bank: str | None = None  # HMA: the list that was found


@dataclass(frozen=True)
class CaseStatus:
    case_id: str
    status: str  # "received" | "withdrawn" (other values are shown as they come)
    accepted: int
    duplicates: int
    created_at: str
    updated_at: str
    # HMA: how many of the receipt's bank entries are still listed, of how many.
    entries_listed: int | None = None
    entries: int | None = None


class ClosingClient:
    """``with client_for(profile) as client:`` closes the client's HTTP session however
    the block ends. The registry clients inherit this."""

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class RegistryClient(Protocol):
    kind: str
    base_url: str

    def info(self) -> RegistryInfo: ...

    def test_connection(self) -> RegistryInfo: ...

    def submit(self, payload_bytes: bytes, idempotency_key: str) -> Receipt: ...

    def status(self, receipt: Receipt) -> CaseStatus: ...

    def withdraw(self, receipt: Receipt) -> CaseStatus: ...

    def close(self) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(self, *exc_info: object) -> None: ...


# Shape checks for JSON answers -----------------------------------------------------------


def malformed(detail: str) -> Exception:
    return registry_error(RegistryErrorCode.MALFORMED_RESPONSE, detail=detail)


def require_object(value: Any, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise malformed(f"The {what} was not an object.")
    return value


def require_text(data: dict[str, Any], key: str, limit: int = 200, required: bool = True) -> str:
    value = data.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise malformed(f"The field {key!r} was missing or not text.")
    return sanitize_text(value, limit)


def require_count(data: dict[str, Any], key: str, required: bool = True) -> int:
    value = data.get(key)
    if value is None and not required:
        return 0
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < 10**9:
        raise malformed(f"The field {key!r} was missing or not a count.")
    return value
