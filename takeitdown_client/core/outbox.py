"""The outbox: submissions the person chose to "send later".

Nothing goes here unless the person asks. Each entry is one small file under
the app data dir, written atomically (temporary file, fsync, rename) and
readable by its owner only, so a crash or power cut leaves either the old
outbox or the new one. An entry keeps the exact payload bytes, the original
Idempotency-Key (sending it later can never open a second case) and the whole
description of the registry it is meant for (kind, address, HMA bank; never a
token), so that it goes there even if it was given as a bare URL.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import json
import re
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .receipts import Receipt
from .registry.base import IDEMPOTENCY_KEY_RE, RegistryClient, utc_now_text
from .safefile import TEMP_PREFIX, atomic_write_bytes, ensure_private_dir
from .settings import RegistryProfile, profile_from_json, profile_to_json

ENTRY_SCHEMA = "takeitdown-outbox-entry"
ENTRY_VERSION = 2  # 2 added "registry"; entries of version 1 name only a saved profile
_ENTRY_ID_RE = re.compile(r"[0-9a-f]{32}")
_MAX_ENTRY_BYTES = 128 * 1024 * 1024


@dataclass(frozen=True)
class OutboxEntry:
    entry_id: str
    profile_name: str
    idempotency_key: str
    created_at: str
    payload_bytes: bytes
    registry: RegistryProfile | None = None

    def target(self, saved: Iterable[RegistryProfile]) -> RegistryProfile | None:
        """Where to send it: the saved profile of its name (which follows the person's
        edits, and owns its token), else the registry description kept with it, which
        never gets a token from the keyring."""
        by_name = next((p for p in saved if p.name == self.profile_name), None)
        if by_name is not None or self.registry is None:
            return by_name
        return replace(self.registry, has_token=False)

    def to_bytes(self) -> bytes:
        data = {
            "schema": ENTRY_SCHEMA,
            "schema_version": ENTRY_VERSION,
            "id": self.entry_id,
            "profile_name": self.profile_name,
            "idempotency_key": self.idempotency_key,
            "created_at": self.created_at,
            "payload_sha256": hashlib.sha256(self.payload_bytes).hexdigest(),
            "payload_base64": base64.b64encode(self.payload_bytes).decode("ascii"),
        }
        if self.registry is not None:
            data["registry"] = profile_to_json(self.registry)
        return (json.dumps(data, indent=2, sort_keys=True) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> OutboxEntry:
        """Raises ValueError for anything but a complete, intact entry."""
        data: Any = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict) or data.get("schema") != ENTRY_SCHEMA:
            raise ValueError("not an outbox entry")
        texts = ("id", "profile_name", "idempotency_key", "created_at", "payload_base64")
        if not all(isinstance(data.get(key), str) for key in texts):
            raise ValueError("incomplete outbox entry")
        try:
            payload = base64.b64decode(data["payload_base64"], validate=True)
        except binascii.Error as exc:
            raise ValueError("damaged payload") from exc
        if hashlib.sha256(payload).hexdigest() != data.get("payload_sha256"):
            raise ValueError("payload does not match its checksum")
        if not _ENTRY_ID_RE.fullmatch(data["id"]) or not IDEMPOTENCY_KEY_RE.fullmatch(
            data["idempotency_key"]
        ):
            raise ValueError("bad id or key")
        registry = data.get("registry")
        return cls(
            entry_id=data["id"],
            profile_name=data["profile_name"],
            idempotency_key=data["idempotency_key"],
            created_at=data["created_at"],
            payload_bytes=payload,
            registry=None if registry is None else profile_from_json(registry),
        )


class Outbox:
    """Submissions waiting to be sent, stored under ``data_dir / "outbox"``."""

    def __init__(self, data_dir: Path) -> None:
        self.folder = Path(data_dir) / "outbox"
        self.damaged = 0  # entries skipped by the last list(): shown, never guessed at

    def _path(self, entry_id: str) -> Path:
        if not _ENTRY_ID_RE.fullmatch(entry_id):
            raise ValueError("not an outbox entry id")
        return self.folder / f"{entry_id}.json"

    def add(
        self,
        payload_bytes: bytes,
        profile_name: str,
        idempotency_key: str,
        registry: RegistryProfile | None = None,
    ) -> OutboxEntry:
        """Keep a submission; ``registry`` is the profile it is for (stored without a token)."""
        if not IDEMPOTENCY_KEY_RE.fullmatch(idempotency_key):
            raise ValueError("idempotency key must be 16-128 characters of [A-Za-z0-9_-]")
        entry = OutboxEntry(
            # Time first, so that names sort oldest first; random after, so they never clash.
            entry_id=f"{time.time_ns():016x}{uuid.uuid4().hex[:16]}",
            profile_name=profile_name,
            idempotency_key=idempotency_key,
            created_at=utc_now_text(),
            payload_bytes=bytes(payload_bytes),
            registry=registry,
        )
        ensure_private_dir(self.folder)
        atomic_write_bytes(self._path(entry.entry_id), entry.to_bytes())
        return entry

    def list(self) -> list[OutboxEntry]:
        """Intact entries, oldest first. Temporary files from a crashed write are ignored."""
        entries: list[OutboxEntry] = []
        self.damaged = 0
        try:
            paths = sorted(self.folder.glob("*.json"))
        except OSError:
            return entries
        for path in paths:
            if path.name.startswith(TEMP_PREFIX):
                continue
            try:
                with path.open("rb") as handle:
                    raw = handle.read(_MAX_ENTRY_BYTES + 1)
                if len(raw) > _MAX_ENTRY_BYTES:
                    raise ValueError("too large")
                entries.append(OutboxEntry.from_bytes(raw))
            except (OSError, ValueError, UnicodeDecodeError, RecursionError):
                self.damaged += 1
        entries.sort(key=lambda entry: entry.entry_id)
        return entries

    def get(self, entry_id: str) -> OutboxEntry | None:
        return next((entry for entry in self.list() if entry.entry_id == entry_id), None)

    def remove(self, entry_id: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self._path(entry_id).unlink()

    def clear(self) -> None:
        for entry in self.list():
            self.remove(entry.entry_id)
        self.cleanup(max_age=0)

    def cleanup(self, max_age: float = 3600.0) -> int:
        """Delete temporary files left by a crashed write (older than ``max_age`` seconds,
        so that a write in progress in another window is left alone)."""
        removed = 0
        now = time.time()
        try:
            candidates = list(self.folder.glob(f"{TEMP_PREFIX}*"))
        except OSError:
            return 0
        for candidate in candidates:
            with contextlib.suppress(OSError):
                if now - candidate.stat().st_mtime >= max_age:
                    candidate.unlink()
                    removed += 1
        return removed

    def send(self, entry: OutboxEntry, client: RegistryClient) -> Receipt:
        """Send with the original key; the entry is removed only once the registry confirmed."""
        receipt = client.submit(entry.payload_bytes, entry.idempotency_key)
        self.remove(entry.entry_id)
        return receipt
