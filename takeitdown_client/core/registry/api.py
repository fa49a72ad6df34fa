"""Client for our registry API, v1 (``resources/registry-api.yaml``).

The submission is sent as the exact canonical payload bytes with an
Idempotency-Key. Retries re-send the same key, so the registry replays its
first answer instead of opening a second case.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

from ..codes import normalize_case_number, normalize_secret_code
from ..netutil import sanitize_text
from ..payload import PayloadError
from ..payload_parse import parse_payload
from ..receipts import Receipt
from .base import (
    IDEMPOTENCY_KEY_RE,
    CaseStatus,
    ClosingClient,
    RegistryInfo,
    malformed,
    require_count,
    require_object,
    require_text,
)
from .errors import RegistryError, RegistryErrorCode, registry_error
from .http import HttpOptions, HttpResponse, HttpSession, error_from_response

# Case ids and tokens go into URL paths and headers: keep them to safe characters.
_CASE_ID_RE = re.compile(r"[A-Za-z0-9_.:-]{1,128}")
_TOKEN_RE = re.compile(r"[A-Za-z0-9_.~+/=-]{8,512}")


def check_payload_bytes(payload_bytes: bytes) -> None:
    """Refuse to send anything but a valid payload in its canonical form."""
    try:
        parsed = parse_payload(payload_bytes)
    except PayloadError as exc:
        raise RegistryError(exc.message, RegistryErrorCode.INVALID_PAYLOAD) from exc
    if parsed.to_bytes() != payload_bytes:
        raise registry_error(
            RegistryErrorCode.INVALID_PAYLOAD, detail="It is not in the canonical form."
        )


class TakeItDownClient(ClosingClient):
    kind = "takeitdown"

    def __init__(
        self,
        base_url: str,
        name: str = "",
        ca_bundle: str | None = None,
        token: str | None = None,
        options: HttpOptions | None = None,
    ) -> None:
        self.http = HttpSession(base_url, ca_bundle=ca_bundle, options=options)
        self.base_url = self.http.base_url
        self.name = name or self.base_url
        self.api_token = token

    def close(self) -> None:
        self.http.close()

    def _headers(self, bearer: str | None = None) -> dict[str, str]:
        token = bearer or self.api_token
        return {"Authorization": f"Bearer {token}"} if token else {}

    def _json(self, response: HttpResponse, ok: tuple[int, ...] = (200,)) -> dict[str, Any]:
        if response.status not in ok:
            raise error_from_response(response)
        return require_object(response.json(), "registry's answer")

    def info(self) -> RegistryInfo:
        data = self._json(self.http.request("GET", "/v1/info", headers=self._headers()))
        categories = data.get("categories")
        signal_types = data.get("signal_types", [])
        limits = data.get("limits", {})
        if not isinstance(categories, list) or not all(isinstance(c, str) for c in categories):
            raise malformed("The list of categories was missing.")
        if not isinstance(signal_types, list) or not isinstance(limits, dict):
            raise malformed("The list of signal types or limits was not valid.")
        return RegistryInfo(
            name=require_text(data, "name"),
            api_version=str(data.get("api_version", "")),
            categories=tuple(sanitize_text(c, 32) for c in categories),
            signal_types=tuple(sanitize_text(s, 32) for s in signal_types if isinstance(s, str)),
            limits={
                str(k): v
                for k, v in limits.items()
                if isinstance(v, int) and not isinstance(v, bool)
            },
            privacy_url=require_text(data, "privacy_url", 500, required=False) or None,
            terms_url=require_text(data, "terms_url", 500, required=False) or None,
        )

    def test_connection(self) -> RegistryInfo:
        info = self.info()
        if info.api_version != "1":
            raise registry_error(
                RegistryErrorCode.NOT_SUPPORTED, detail="It speaks a different API version."
            )
        return info

    def submit(self, payload_bytes: bytes, idempotency_key: str) -> Receipt:
        if not IDEMPOTENCY_KEY_RE.fullmatch(idempotency_key):
            raise ValueError("idempotency key must be 16-128 characters of [A-Za-z0-9_-]")
        check_payload_bytes(payload_bytes)
        headers = {"Content-Type": "application/json", "Idempotency-Key": idempotency_key}
        headers.update(self._headers())
        response = self.http.request("POST", "/v1/submissions", payload_bytes, headers)
        data = self._json(response, ok=(200, 201))
        case_id = require_text(data, "case_id", 128)
        token = data.get("receipt_token")
        if not _CASE_ID_RE.fullmatch(case_id):
            raise malformed("The case id had unexpected characters.")
        if not isinstance(token, str) or not _TOKEN_RE.fullmatch(token):
            raise malformed("The receipt token was missing or not valid.")
        return Receipt(
            case_id=case_id,
            token=token,
            registry_name=self.name,
            registry_url=self.base_url,
            kind=self.kind,
            created_at=require_text(data, "created_at", 64, required=False),
            accepted=require_count(data, "accepted"),
            duplicates=require_count(data, "duplicates", required=False),
        )

    def _case(self, method: str, receipt: Receipt) -> CaseStatus:
        if receipt.kind != self.kind:
            raise registry_error(
                RegistryErrorCode.NOT_SUPPORTED,
                detail="Status and withdrawal are not available for this registry.",
            )
        # Codes copied from paper: any case, O for 0, I or L for 1, spaces for dashes.
        case_id = normalize_case_number(receipt.case_id)
        token = normalize_secret_code(receipt.token)
        if not _CASE_ID_RE.fullmatch(case_id) or not _TOKEN_RE.fullmatch(token):
            raise registry_error(RegistryErrorCode.NOT_FOUND)
        path = f"/v1/submissions/{quote(case_id, safe='')}"
        response = self.http.request(method, path, headers=self._headers(token))
        data = self._json(response)
        return CaseStatus(
            case_id=require_text(data, "case_id", 128),
            status=require_text(data, "status", 32),
            accepted=require_count(data, "accepted", required=False),
            duplicates=require_count(data, "duplicates", required=False),
            created_at=require_text(data, "created_at", 64, required=False),
            updated_at=require_text(data, "updated_at", 64, required=False),
        )

    def status(self, receipt: Receipt) -> CaseStatus:
        return self._case("GET", receipt)

    def withdraw(self, receipt: Receipt) -> CaseStatus:
        return self._case("DELETE", receipt)
