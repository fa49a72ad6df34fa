"""Client for the bank API of Meta's Hasher-Matcher-Actioner (HMA 1.1.x).

Each picture goes to ``POST /c/bank/{BANK}/signal`` as ``{"pdq": hex}``, and each
of its variants (dihedral, and any others the payload carries) as a content of
its own. Each video goes as one content with both signals, ``{"video_md5": hex,
"vpdq": "<JSON string of a list of 'pdq,quality,seconds'>"}``, so that one id
withdraws both; each of its reframe lists (``vpdq_variants``, such as its 9:16
crop) goes as one more content with a vpdq signal, matched on its own as HMA
matches any video. When this HMA has no vpdq (it answers 400 "No such signal type
vpdq" and adds nothing), the video is listed by ``video_md5`` alone and the
receipt counts it in ``exact_only``. Pictures too plain for PDQ (``low_quality``)
have no signal HMA takes: nothing is sent for them (``not_sent``), and a payload
with nothing else is refused before any request (``nothing_to_send``).

HMA has no cases, receipt tokens or idempotency. The receipt gets a local case
id, the bank and every content id HMA returned. ``status`` asks for each content
(``GET /c/bank/{BANK}/content/{id}``) and ``withdraw`` deletes each (``DELETE``,
which HMA answers ``{"deleted": 0}`` once an id is gone, so running it again is
safe). A retried add may create a second entry that is not on the receipt
(harmless for matching). A new hash becomes matchable only after HMA's next
index refresh (up to about 90 s with its defaults).
"""

from __future__ import annotations

import json
import re
import uuid
from typing import Any
from urllib.parse import quote

from ..netutil import sanitize_text
from ..payload import image_pdq_hashes
from ..payload_parse import parse_payload
from ..receipts import Receipt
from .api import check_payload_bytes
from .base import CaseStatus, ClosingClient, RegistryInfo, malformed, require_object, utc_now_text
from .errors import RegistryError, RegistryErrorCode, registry_error
from .http import HttpOptions, HttpResponse, HttpSession, error_from_response

# HMA's rule for bank names (storage/postgres/database.py), and its column size.
BANK_NAME_RE = re.compile(r"[A-Z_][A-Z0-9_]*")
MAX_BANK_NAME = 255
_CONTENT_ID_RE = re.compile(r"[0-9]{1,18}")


def check_bank_name(bank: str | None) -> str:
    """The bank name as HMA requires it (UPPER_WITH_UNDERSCORE), or ``invalid_bank_name``."""
    name = (bank or "").strip()
    if not BANK_NAME_RE.fullmatch(name) or len(name) > MAX_BANK_NAME:
        raise registry_error(RegistryErrorCode.INVALID_BANK_NAME, bank=name)
    return name


def vpdq_signal_string(frames: list[dict[str, Any]]) -> str:
    """HMA's vpdq signal: a JSON-encoded list of ``"<pdq hex>,<quality>,<seconds>"``.

    The seconds use python-threatexchange's own formatting (three significant
    digits), so our strings equal the ones HMA makes when it hashes a video.
    """
    entries = [f"{f['pdq']},{f['quality']},{float(f['timestamp']):.3}" for f in frames]
    return json.dumps(entries)


def _no_such_signal_type(error: RegistryError, name: str) -> bool:
    text = (error.server_message or "").lower()
    return error.status == 400 and "no such signal type" in text and name in text


class HmaSubmitError(RegistryError):
    """A submission that stopped part-way; ``content_ids`` were added before it stopped."""

    content_ids: tuple[str, ...] = ()


class HmaClient(ClosingClient):
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
        self.bank = check_bank_name(bank)  # before any connection
        self.http = HttpSession(base_url, ca_bundle=ca_bundle, options=options)
        self.base_url = self.http.base_url
        self.name = name or self.base_url
        self.api_token = token

    def close(self) -> None:
        self.http.close()

    # ------------------------------------------------------------------ plumbing

    def _headers(self, json_body: bool = False) -> dict[str, str]:
        headers = {"Content-Type": "application/json"} if json_body else {}
        if self.api_token:
            headers["Authorization"] = f"Bearer {self.api_token}"
        return headers

    def _get(self, path: str) -> HttpResponse:
        return self.http.request("GET", path, headers=self._headers())

    def _post_json(self, path: str, body: dict[str, Any]) -> HttpResponse:
        data = json.dumps(body).encode("utf-8")
        return self.http.request("POST", path, data, self._headers(json_body=True))

    @staticmethod
    def _bank_path(bank: str) -> str:
        return f"/c/bank/{quote(bank, safe='')}"

    def _error(self, response: HttpResponse, bank: str | None = None) -> RegistryError:
        """HMA's answers in their own words: a missing or existing bank is not a token problem."""
        error = error_from_response(response)
        said = error.server_message or ""
        if response.status == 404 and said.startswith("bank '"):
            code = RegistryErrorCode.BANK_NOT_FOUND
        elif response.status == 403 and said.lower().startswith("bank already exists"):
            code = RegistryErrorCode.BANK_EXISTS
        else:
            return error
        return registry_error(code, response.status, server_message=said, bank=bank or self.bank)

    # -------------------------------------------------------------- the service

    def info(self) -> RegistryInfo:
        """The signal types this HMA has enabled, from ``GET /c/signal_type``."""
        response = self._get("/c/signal_type")
        if response.status != 200:
            raise self._error(response)
        entries = response.json()
        if not isinstance(entries, list):
            raise malformed("The list of signal types was not a list.")
        enabled = []
        for item in entries:
            entry = require_object(item, "signal type")
            name, ratio = entry.get("name"), entry.get("enabled_ratio", 1.0)
            if not isinstance(name, str) or isinstance(ratio, bool):
                raise malformed("A signal type had no name.")
            if isinstance(ratio, int | float) and ratio > 0:
                enabled.append(sanitize_text(name, 32))
        return RegistryInfo(
            name=self.name,
            api_version="hma",
            categories=("minor", "adult"),
            signal_types=tuple(enabled),
            bank=self.bank,
        )

    def test_connection(self) -> RegistryInfo:
        """Address, token and bank in one request (``GET /c/bank/{BANK}``), then ``info()``.

        Each part fails with its own code: the connection codes, ``wrong_service``
        (something else answers there), ``unauthorized``, ``bank_not_found``.
        """
        response = self._get(self._bank_path(self.bank))
        if response.status not in (200, 404):
            raise self._error(response)
        try:
            data = response.json()
        except RegistryError as exc:
            raise registry_error(RegistryErrorCode.WRONG_SERVICE, response.status) from exc
        if response.status == 404:
            error = self._error(response)
            if error.code == RegistryErrorCode.BANK_NOT_FOUND:
                raise error
            raise registry_error(RegistryErrorCode.WRONG_SERVICE, 404)
        if not isinstance(data, dict) or data.get("name") != self.bank:
            raise registry_error(RegistryErrorCode.WRONG_SERVICE, 200)
        return self.info()

    def create_bank(self, name: str | None = None) -> dict[str, Any]:
        """Create the bank (``bank_exists`` if it is there already)."""
        bank = check_bank_name(name or self.bank)
        response = self._post_json("/c/banks", {"name": bank})
        if response.status not in (200, 201):
            raise self._error(response, bank)
        return require_object(response.json(), "bank")

    def add_signals(self, signals: dict[str, str]) -> str:
        """Add one content with these signals; returns HMA's content id as text."""
        response = self._post_json(self._bank_path(self.bank) + "/signal", signals)
        if response.status not in (200, 201):
            raise self._error(response)
        data = require_object(response.json(), "answer")
        content_id = data.get("id")
        if isinstance(content_id, bool) or not isinstance(content_id, int | str):
            raise malformed("The content id was missing.")
        text = sanitize_text(content_id, 64)
        if not _CONTENT_ID_RE.fullmatch(text):
            raise malformed("The content id was not a number.")
        return text

    def add_signal(self, signal_type: str, signal: str) -> str:
        return self.add_signals({signal_type: signal})

    def lookup(self, signal_type: str, signal: str) -> dict[str, list[dict[str, Any]]]:
        """``GET /m/lookup``: bank name -> matches (``bank_content_id``, ``distance``)."""
        response = self.http.request(
            "GET",
            "/m/lookup",
            headers=self._headers(),
            params={"signal_type": signal_type, "signal": signal},
        )
        if response.status != 200:
            raise self._error(response)
        data = require_object(response.json(), "lookup answer")
        result: dict[str, list[dict[str, Any]]] = {}
        for bank, matches in data.items():
            if not isinstance(matches, list):
                raise malformed("A bank's matches were not a list.")
            result[sanitize_text(bank, 128)] = [m for m in matches if isinstance(m, dict)]
        return result

    # --------------------------------------------------------------- submitting

    def submit(self, payload_bytes: bytes, idempotency_key: str) -> Receipt:
        """Add every signal in the payload. The key is unused: HMA has no idempotency."""
        del idempotency_key
        check_payload_bytes(payload_bytes)
        payload = parse_payload(payload_bytes)
        if not any(item["media"] == "video" or image_pdq_hashes(item) for item in payload.items):
            raise registry_error(RegistryErrorCode.NOTHING_TO_SEND)
        content_ids: list[str] = []
        accepted = not_sent = exact_only = 0
        vpdq_enabled = True
        try:
            for item in payload.items:
                if item["media"] == "image":
                    hashes = image_pdq_hashes(item)
                    for pdq in hashes:
                        content_ids.append(self.add_signal("pdq", pdq))
                    not_sent += not hashes
                    accepted += bool(hashes)
                    continue
                content_id, with_vpdq = self._add_video(item, vpdq_enabled)
                content_ids.append(content_id)
                if with_vpdq:
                    for variant in item.get("vpdq_variants", []):
                        if variant["frames"]:
                            signal = vpdq_signal_string(variant["frames"])
                            content_ids.append(self.add_signals({"vpdq": signal}))
                vpdq_enabled = vpdq_enabled and (with_vpdq or not item["vpdq"]["frames"])
                exact_only += not with_vpdq
                accepted += 1
        except RegistryError as exc:
            failure = HmaSubmitError(
                exc.message, exc.code, exc.status, exc.server_code, exc.server_message, exc.bank
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
            not_sent=not_sent,
            exact_only=exact_only,
        )

    def _add_video(self, item: dict[str, Any], vpdq_enabled: bool) -> tuple[str, bool]:
        """One content with video_md5 and vpdq; (id, whether vpdq went with it)."""
        signals = {"video_md5": item["md5"]}
        frames = item["vpdq"]["frames"]
        if frames and vpdq_enabled:
            try:
                return self.add_signals({**signals, "vpdq": vpdq_signal_string(frames)}), True
            except RegistryError as exc:
                # HMA checks every signal before it adds any: nothing was added.
                if not _no_such_signal_type(exc, "vpdq"):
                    raise
        return self.add_signals(signals), False

    # ------------------------------------------------------- status and withdraw

    def _entries(self, receipt: Receipt) -> tuple[str, list[str]]:
        if receipt.kind != self.kind or not receipt.content_ids:
            raise registry_error(
                RegistryErrorCode.NOT_SUPPORTED, detail="The receipt lists no HMA bank entries."
            )
        ids = list(receipt.content_ids)
        if not all(_CONTENT_ID_RE.fullmatch(content_id) for content_id in ids):
            raise malformed("The receipt's bank entries are not HMA content ids.")
        return check_bank_name(receipt.bank or self.bank), ids

    def _content_path(self, bank: str, content_id: str) -> str:
        return f"{self._bank_path(bank)}/content/{content_id}"

    def _gone(self, response: HttpResponse, bank: str) -> bool:
        """A 404 that HMA itself gave for a content id (not for the bank): it is not there."""
        error = self._error(response, bank)
        if response.status != 404 or error.code == RegistryErrorCode.BANK_NOT_FOUND:
            raise error
        if not error.server_message:  # not HMA's {"message": ...}
            raise registry_error(RegistryErrorCode.WRONG_SERVICE, 404)
        return True

    def _listed(self, bank: str, content_id: str) -> bool:
        response = self._get(self._content_path(bank, content_id))
        if response.status != 200:
            return not self._gone(response, bank)
        data = require_object(response.json(), "content")
        shown = data.get("bank")
        # HMA finds a content id in any bank: it counts only in the receipt's own.
        return (
            str(data.get("id")) == content_id
            and isinstance(shown, dict)
            and shown.get("name") == bank
        )

    def _case_status(self, receipt: Receipt, listed: int, total: int) -> CaseStatus:
        word = "received" if listed == total else "withdrawn" if listed == 0 else "partly_withdrawn"
        return CaseStatus(
            case_id=receipt.case_id,
            status=word,
            accepted=receipt.accepted,
            duplicates=receipt.duplicates,
            created_at=receipt.created_at,
            updated_at="",
            entries_listed=listed,
            entries=total,
        )

    def status(self, receipt: Receipt) -> CaseStatus:
        """How many of the receipt's bank entries are still listed."""
        bank, ids = self._entries(receipt)
        listed = sum(self._listed(bank, content_id) for content_id in ids)
        return self._case_status(receipt, listed, len(ids))

    def withdraw(self, receipt: Receipt) -> CaseStatus:
        """Delete every bank entry on the receipt. Safe to run again after a failure."""
        bank, ids = self._entries(receipt)
        for content_id in ids:
            response = self.http.request(
                "DELETE", self._content_path(bank, content_id), headers=self._headers()
            )
            if response.status == 200:
                deleted = require_object(response.json(), "answer").get("deleted")
                if isinstance(deleted, bool) or not isinstance(deleted, int):
                    raise malformed("The answer did not say what was deleted.")
            else:
                self._gone(response, bank)
        return self._case_status(receipt, 0, len(ids))
