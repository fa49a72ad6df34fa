"""Everything one person's case holds while the app runs, and only in memory.

``Session.clear()`` drops every reference to it (files, fingerprints, the
payload, the receipt). Python cannot overwrite immutable strings, so
"clearing" means letting them go and collecting garbage straight away.
"""

from __future__ import annotations

import gc
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.fingerprints import Fingerprint, HashedItem

if TYPE_CHECKING:
    from ..core.payload import SubmissionPayload
    from ..core.receipts import Receipt


@dataclass(frozen=True)
class ChosenFile:
    path: str
    kind: str  # "image", "video", "unsupported", "unknown"
    size: int

    @property
    def name(self) -> str:
        return Path(self.path).name


class Session:
    def __init__(self) -> None:
        self.clear(collect=False)

    def clear(self, collect: bool = True) -> None:
        self.category: str | None = None
        self.submitter: str | None = None
        self.profile_name: str | None = None
        self.files: list[ChosenFile] = []
        self.results: list[HashedItem] = []
        self.results_have_reframes = False  # hashed with reframe variants (Settings switch)
        self.excluded: set[int] = set()  # indices into ``results``
        self.payload: SubmissionPayload | None = None
        self.payload_bytes: bytes | None = None
        self.idempotency_key: str | None = None
        self.receipt: Receipt | None = None
        self.receipt_kept = False  # saved, printed or copied
        self.copied_text: str | None = None  # what we put on the clipboard
        if collect:
            gc.collect()

    def clear_results(self) -> None:
        self.results = []
        self.results_have_reframes = False
        self.excluded = set()
        self.clear_payload()

    def clear_payload(self) -> None:
        self.payload = None
        self.payload_bytes = None
        self.idempotency_key = None

    def ok_indices(self) -> list[int]:
        return [i for i, item in enumerate(self.results) if item.fingerprint is not None]

    def included_fingerprints(self) -> list[Fingerprint]:
        return [
            item.fingerprint
            for i, item in enumerate(self.results)
            if item.fingerprint is not None and i not in self.excluded
        ]

    def key_for_payload(self) -> str:
        """One Idempotency-Key per payload, so "try again" can never send twice."""
        if self.idempotency_key is None:
            self.idempotency_key = secrets.token_urlsafe(24)
        return self.idempotency_key
