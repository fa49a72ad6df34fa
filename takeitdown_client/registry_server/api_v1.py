"""Handlers of our registry API v1 (see ``resources/registry-api.yaml``)."""

from __future__ import annotations

import base64
import hmac
import re
from datetime import UTC, datetime
from typing import Any

from ..core.codes import (
    canonical_secret_code,
    new_case_number,
    new_secret_code,
    normalize_case_number,
)
from .config import RegistryConfig
from .errors import ApiError, ErrorCode
from .http import BadLength, BodyTooLarge, Request, Response
from .store import Store, seal_token, sha256, unseal_token
from .validation import SIGNAL_TYPES, parse_json, validate_payload

API_VERSION = "1"
IDEMPOTENCY_KEY_RE = re.compile(r"[A-Za-z0-9_-]{16,128}")
CASE_ID_RE = re.compile(r"[A-Za-z0-9_-]{8,64}")
TOKEN_RE = re.compile(r"[A-Za-z0-9_-]{16,128}")
_DUMMY_TOKEN_HASH = sha256(b"no such case")
NO_SUCH_CASE = "No case matches this case number and secret code."
PRIVACY_TEXT = (
    "This is the takeitdown-client reference registry. It stores the hashes you send, "
    "a hash of your receipt token and the time. It stores no files, names or addresses. "
    "Withdrawing a case deletes its hashes.\n"
)
TERMS_TEXT = (
    "This reference registry is for testing and demonstrations. It makes no promise "
    "to share hashes with any platform.\n"
)


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def new_case_id() -> str:
    return new_case_number()


def token_digest(token: str) -> bytes:
    """What is stored for a receipt token: the SHA-256 of its canonical form, so that a
    secret code typed in lower case, with O for 0 or without dashes still matches. Older
    tokens (43 URL-safe characters) are hashed exactly as they are."""
    return sha256((canonical_secret_code(token) or token).encode("utf-8", "replace"))


def _require_json_content_type(request: Request) -> None:
    if request.media_type() != "application/json":
        raise ApiError(
            ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send the payload as Content-Type: application/json."
        )
    params = (request.header("Content-Type") or "").split(";")[1:]
    for param in params:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip().strip('"').lower() != "utf-8":
            raise ApiError(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "The payload must be UTF-8.")


def _read_body(request: Request, limit: int) -> bytes:
    try:
        return request.read_body(limit)
    except BodyTooLarge as exc:
        raise ApiError(
            ErrorCode.PAYLOAD_TOO_LARGE, f"The request body is larger than {limit} bytes."
        ) from exc
    except BadLength as exc:
        raise ApiError(ErrorCode.BAD_REQUEST, "The Content-Length header is not valid.") from exc


class ApiV1:
    def __init__(self, store: Store, config: RegistryConfig) -> None:
        self.store = store
        self.config = config

    # -- GET /v1/info, /privacy, /terms

    def info(self, request: Request) -> Response:
        base = self._own_base_url(request)
        return Response.json(
            200,
            {
                "name": self.config.name,
                "api_version": API_VERSION,
                "categories": list(self.config.categories),
                "signal_types": list(SIGNAL_TYPES),
                "limits": self.config.limits.to_json(),
                "privacy_url": self.config.privacy_url or f"{base}/privacy",
                "terms_url": self.config.terms_url or f"{base}/terms",
            },
        )

    @staticmethod
    def _own_base_url(request: Request) -> str:
        # From the socket waitress listens on, never from the client's Host header.
        host = str(request.environ.get("SERVER_NAME", "127.0.0.1"))
        port = str(request.environ.get("SERVER_PORT", ""))
        scheme = str(request.environ.get("wsgi.url_scheme", "http"))
        if ":" in host and not host.startswith("["):
            host = f"[{host}]"
        return f"{scheme}://{host}:{port}" if port else f"{scheme}://{host}"

    def privacy(self, request: Request) -> Response:
        return Response.text(200, PRIVACY_TEXT)

    def terms(self, request: Request) -> Response:
        return Response.text(200, TERMS_TEXT)

    # -- POST /v1/submissions

    def submit(self, request: Request) -> Response:
        _require_json_content_type(request)
        key = request.header("Idempotency-Key")
        if key is None or not key.strip():
            raise ApiError(
                ErrorCode.MISSING_IDEMPOTENCY_KEY,
                "Send an Idempotency-Key header with each submission.",
            )
        if not IDEMPOTENCY_KEY_RE.fullmatch(key):
            raise ApiError(
                ErrorCode.BAD_REQUEST,
                "The Idempotency-Key must be 16-128 characters of A-Z a-z 0-9 _ -.",
            )
        body = _read_body(request, self.config.limits.max_body_bytes)
        key_hash, body_hash = sha256(key.encode("ascii")), sha256(body)
        replay = self._replay(key, key_hash, body_hash)
        if replay is not None:
            return replay
        payload = validate_payload(parse_json(body), self.config.limits, self.config.categories)
        case_id, token, now = new_case_id(), new_secret_code(), utc_now()
        with self.store.write() as conn:
            # Another thread may have stored the same key since the check above.
            replay = self._replay(key, key_hash, body_hash)
            if replay is not None:
                return replay
            hashes = [item.sha256 for item in payload.items]
            known = {
                row[0]
                for start in range(0, len(hashes), 500)
                for row in conn.execute(
                    "SELECT DISTINCT sha256 FROM items WHERE sha256 IN "  # noqa: S608
                    f"({','.join('?' * len(hashes[start : start + 500]))})",
                    hashes[start : start + 500],
                )
            }
            duplicates = sum(1 for h in hashes if h in known)
            accepted = len(hashes) - duplicates
            conn.execute(
                "INSERT INTO cases (case_id, token_sha256, status, category, submitter, accepted,"
                " duplicates, created_at, updated_at, body) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (
                    case_id,
                    token_digest(token),
                    "received",
                    payload.category,
                    payload.submitter,
                    accepted,
                    duplicates,
                    now,
                    now,
                    body,
                ),
            )
            conn.executemany(
                "INSERT INTO items (case_id, media, sha256) VALUES (?,?,?)",
                [(case_id, item.media, item.sha256) for item in payload.items],
            )
            conn.execute(
                "INSERT INTO idempotency (key_sha256, body_sha256, case_id, sealed_token)"
                " VALUES (?,?,?,?)",
                (key_hash, body_hash, case_id, seal_token(token, key, case_id)),
            )
        return Response.json(201, self._receipt(case_id, token, accepted, duplicates, now))

    @staticmethod
    def _receipt(
        case_id: str, token: str, accepted: int, duplicates: int, created_at: str
    ) -> dict[str, Any]:
        return {
            "case_id": case_id,
            "receipt_token": token,
            "accepted": accepted,
            "duplicates": duplicates,
            "status": "received",
            "created_at": created_at,
        }

    def _replay(self, key: str, key_hash: bytes, body_hash: bytes) -> Response | None:
        rows = self.store.read(
            "SELECT i.body_sha256, i.case_id, i.sealed_token, c.accepted, c.duplicates,"
            " c.created_at FROM idempotency i JOIN cases c ON c.case_id = i.case_id"
            " WHERE i.key_sha256 = ?",
            (key_hash,),
        )
        if not rows:
            return None
        stored_body_hash, case_id, sealed, accepted, duplicates, created_at = rows[0]
        if not hmac.compare_digest(bytes(stored_body_hash), body_hash):
            raise ApiError(
                ErrorCode.IDEMPOTENCY_CONFLICT,
                "This Idempotency-Key was already used with a different payload.",
            )
        token = unseal_token(bytes(sealed), key, case_id)
        receipt = self._receipt(case_id, token, accepted, duplicates, created_at)
        return Response.json(200, receipt, {"Idempotent-Replayed": "true"})

    # -- GET / DELETE /v1/submissions/{case_id}

    def _authorised_case(self, request: Request) -> str:
        authorization = (request.header("Authorization") or "").strip()
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise ApiError(
                ErrorCode.UNAUTHORIZED,
                "Send the receipt token as Authorization: Bearer <token>.",
                {"WWW-Authenticate": 'Bearer realm="takeitdown"'},
            )
        token = canonical_secret_code(token) or token.strip()
        case_id = normalize_case_number(request.params["case_id"])
        case = self.store.case(case_id) if CASE_ID_RE.fullmatch(case_id) else None
        token_ok = TOKEN_RE.fullmatch(token) is not None
        supplied = token_digest(token)
        # Compare even when the case is unknown so both failures take the same time.
        expected = case.token_sha256 if case else _DUMMY_TOKEN_HASH
        if not (hmac.compare_digest(supplied, expected) and case and token_ok):
            raise ApiError(ErrorCode.NOT_FOUND, NO_SUCH_CASE)
        return case_id

    def status(self, request: Request) -> Response:
        case_id = self._authorised_case(request)
        case = self.store.case(case_id)
        if case is None:
            raise ApiError(ErrorCode.NOT_FOUND, NO_SUCH_CASE)
        return Response.json(200, case.to_json())

    def withdraw(self, request: Request) -> Response:
        case_id = self._authorised_case(request)
        with self.store.write() as conn:
            row = conn.execute("SELECT status FROM cases WHERE case_id = ?", (case_id,)).fetchone()
            if row is not None and row[0] != "withdrawn":
                conn.execute(
                    "UPDATE cases SET status = 'withdrawn', updated_at = ?, body = NULL"
                    " WHERE case_id = ?",
                    (utc_now(), case_id),
                )
                conn.execute("DELETE FROM items WHERE case_id = ?", (case_id,))
        case = self.store.case(case_id)
        if case is None:
            raise ApiError(ErrorCode.NOT_FOUND, NO_SUCH_CASE)
        return Response.json(200, case.to_json())

    # -- GET /_admin/submissions (only with RegistryConfig(admin=True))

    def admin_submissions(self, request: Request) -> Response:
        if not self.config.admin:
            raise ApiError(ErrorCode.NOT_FOUND, "No such endpoint.")
        rows = self.store.read("SELECT case_id, status, body FROM cases ORDER BY rowid")
        listing = [
            {
                "case_id": case_id,
                "status": status,
                "body_base64": None if body is None else base64.b64encode(bytes(body)).decode(),
            }
            for case_id, status, body in rows
        ]
        return Response.json(200, {"submissions": listing})
