"""Client for the bank API of Meta's Hasher-Matcher-Actioner (HMA 1.x).

Each picture goes to ``POST /c/bank/{BANK}/signal`` as ``{"pdq": hex}``, each
dihedral variant as its own signal when the payload carries them. Each video
goes as ``{"video_md5": hex}`` and, when the bank accepts vpdq, as
``{"vpdq": "<JSON string of a list of 'pdq,quality,seconds'>"}``, and each of
its reframe lists (``vpdq_variants``) as a vpdq signal of its own, matched on
its own like HMA matches any video. Pictures too flat for PDQ (``low_quality``)
have no signal HMA can use and are skipped.

HMA has no cases, receipt tokens or idempotency. The receipt gets a local case
id and every content id HMA returned; status and withdrawal are not available.
A retried add may create a second entry, which is harmless for matching.
A new hash becomes matchable only after HMA's next index refresh.
"""

from __future__ import annotations

import json
import uuid
from typing import Any
from urllib.parse import quote

from ..netutil import sanitize_text
from ..payload import parse_payload
from ..receipts import Receipt
from .api import check_payload_bytes
from .base import CaseStatus, RegistryInfo, malformed, require_object, utc_now_text
from .errors import RegistryError, RegistryErrorCode, registry_error
from .http import HttpOptions, HttpResponse, HttpSession, error_from_response

HMA_SIGNAL_TYPES = ("pdq", "video_md5", "vpdq")


def vpdq_signal_string(frames: list[dict[str, Any]]) -> str:
    """HMA's vpdq signal: a JSON-encoded list of ``"<pdq hex>,<quality>,<seconds>"``.

    The seconds use python-threatexchange's own formatting (three significant
    digits), so our strings equal the ones HMA makes when it hashes a video.
    """
    entries = [f"{f['pdq']},{f['quality']},{float(f['timestamp']):.3}" for f in frames]
    return json.dumps(entries)


class HmaSubmitError(RegistryError):
    """A submission that stopped part-way; ``content_ids`` were added before it stopped."""

    content_ids: tuple[str, ...] = ()


class HmaClient:
    kind = "hma"

    def __init__(
        self,
        base_url: str,
        bank: str,
        name: str = "",
        ca_bundle: str | None = None,
        token: str | None = None,
        options: HttpOptions | None = None,
    ) -> None:
        if not bank or not bank.strip():
            raise registry_error(
                RegistryErrorCode.INVALID_URL, detail="An HMA registry needs a bank name."
            )
        self.http = HttpSession(base_url, ca_bundle=ca_bundle, options=options)
        self.base_url = self.http.base_url
        self.bank = bank.strip()
        self.name = name or self.base_url
        self.api_token = token

    def close(self) -> None:
        self.http.close()

    def _headers(self, json_body: bool = False) -> dict[str, str]:
        headers = {"Content-Type": "application/json"} if json_body else {}
        if self.api_token:
            headers["Authorization"] = f"Bearer {self.api_token}"
        return headers

    def _post_json(self, path: str, body: dict[str, Any]) -> HttpResponse:
        data = json.dumps(body).encode("utf-8")
        return self.http.request("POST", path, data, self._headers(json_body=True))

    def info(self) -> RegistryInfo:
        return RegistryInfo(
            name=self.name,
            api_version="hma",
            categories=("minor", "adult"),
            signal_types=HMA_SIGNAL_TYPES,
        )

    def test_connection(self) -> RegistryInfo:
        response = self.http.request("GET", "/status", headers=self._headers())
        if response.status != 200:
            raise error_from_response(response)
        if not response.text(100).strip():
            raise malformed("The status check answered nothing.")
        return self.info()

    def create_bank(self, name: str | None = None) -> dict[str, Any]:
        """Create the bank (HMA answers 403 if it exists already)."""
        response = self._post_json("/c/banks", {"name": name or self.bank})
        if response.status not in (200, 201):
            raise error_from_response(response)
        return require_object(response.json(), "bank")

    def add_signal(self, signal_type: str, signal: str) -> str:
        """Add one signal; returns HMA's content id as text."""
        path = f"/c/bank/{quote(self.bank, safe='')}/signal"
        response = self._post_json(path, {signal_type: signal})
        if response.status not in (200, 201):
            raise error_from_response(response)
        data = require_object(response.json(), "answer")
        content_id = data.get("id")
        if isinstance(content_id, bool) or not isinstance(content_id, int | str):
            raise malformed("The content id was missing.")
        return sanitize_text(content_id, 64)

    def lookup(self, signal_type: str, signal: str) -> dict[str, list[dict[str, Any]]]:
        """``GET /m/lookup``: bank name -> matches (``bank_content_id``, ``distance``)."""
        response = self.http.request(
            "GET",
            "/m/lookup",
            headers=self._headers(),
            params={"signal_type": signal_type, "signal": signal},
        )
        if response.status != 200:
            raise error_from_response(response)
        data = require_object(response.json(), "lookup answer")
        result: dict[str, list[dict[str, Any]]] = {}
        for bank, matches in data.items():
            if not isinstance(matches, list):
                raise malformed("A bank's matches were not a list.")
            result[sanitize_text(bank, 128)] = [m for m in matches if isinstance(m, dict)]
        return result

    def submit(self, payload_bytes: bytes, idempotency_key: str) -> Receipt:
        """Add every signal in the payload. The key is unused: HMA has no idempotency."""
        del idempotency_key
        check_payload_bytes(payload_bytes)
        payload = parse_payload(payload_bytes)
        content_ids: list[str] = []
        accepted = 0
        vpdq_accepted = True
        try:
            for item in payload.items:
                added_before = len(content_ids)
                if item["media"] == "image":
                    if item.get("low_quality"):
                        continue
                    hashes = [item["pdq"], *item.get("pdq_dihedral", {}).values()]
                    content_ids.extend(self.add_signal("pdq", pdq) for pdq in hashes)
                else:
                    content_ids.append(self.add_signal("video_md5", item["md5"]))
                    lists = [item["vpdq"]["frames"]]
                    lists += [variant["frames"] for variant in item.get("vpdq_variants", [])]
                    for frames in lists:
                        if frames and vpdq_accepted:
                            vpdq_accepted = self._add_vpdq(frames, content_ids)
                accepted += len(content_ids) > added_before
        except RegistryError as exc:
            failure = HmaSubmitError(
                exc.message, exc.code, exc.status, exc.server_code, exc.server_message
            )
            failure.content_ids = tuple(content_ids)
            raise failure from exc
        return Receipt(
            case_id=f"local-{uuid.uuid4().hex}",
            token="",
            registry_name=self.name,
            registry_url=self.base_url,
            kind=self.kind,
            created_at=utc_now_text(),
            accepted=accepted,
            duplicates=payload.duplicates_dropped,
            content_ids=tuple(content_ids),
            bank=self.bank,
        )

    def _add_vpdq(self, frames: list[dict[str, Any]], content_ids: list[str]) -> bool:
        """Add the vpdq signal; False when this HMA does not have vpdq enabled."""
        try:
            content_ids.append(self.add_signal("vpdq", vpdq_signal_string(frames)))
        except RegistryError as exc:
            # HMA answers 400 "No such signal type vpdq" when the extension is off.
            text = (exc.server_message or "").lower()
            if exc.status == 400 and "signal type" in text:
                return False
            raise
        return True

    def _not_available(self) -> RegistryError:
        return registry_error(
            RegistryErrorCode.NOT_SUPPORTED,
            detail="HMA banks have no case to check or withdraw.",
        )

    def status(self, receipt: Receipt) -> CaseStatus:
        raise self._not_available()

    def withdraw(self, receipt: Receipt) -> CaseStatus:
        raise self._not_available()
