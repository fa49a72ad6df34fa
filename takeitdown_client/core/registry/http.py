"""The one HTTP session a registry client uses, and everything that guards it.

- https is required unless the host is loopback; the check happens before any
  connection is attempted.
- TLS is always verified (the system store, or the profile's CA bundle).
- System and environment proxies are honoured, except for loopback.
- Connection errors, timeouts, 429 (with Retry-After, capped) and 5xx answers
  are retried with backoff. POSTs are retried too: our API deduplicates them by
  their Idempotency-Key, and a duplicate HMA signal is harmless. A refused
  connection to this computer fails at once: nothing listens on that port, and
  waiting would only keep the person waiting. ``HttpOptions.on_retry`` hears
  of each retry, so that people see "trying again" instead of a long silence.
- Redirects are not followed (a redirect could leave https).
- Response bodies are read with a size cap and a deadline, and every failure
  becomes a ``RegistryError``.
"""

from __future__ import annotations

import json
import logging
import re
import socket
import ssl
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, Self
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3 import BaseHTTPResponse
from urllib3.connectionpool import ConnectionPool
from urllib3.exceptions import MaxRetryError, ProtocolError, ReadTimeoutError
from urllib3.util.retry import Retry

from ... import APP_NAME, __version__
from ..netutil import is_loopback_host
from .errors import RegistryError, RegistryErrorCode, registry_error

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
_QUERY = re.compile(r"\?[^\s'\"]*")


class _RedactQueries(logging.Filter):
    """urllib3 logs request URLs; an HMA lookup carries a hash in its query string.

    Logs must hold no hashes, so query strings are cut from urllib3's records.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if "?" in message:
            record.msg, record.args = _QUERY.sub("?…", message), ()
        return True


for _name in ("urllib3.connectionpool", "urllib3.util.retry", "urllib3.connection"):
    logging.getLogger(_name).addFilter(_RedactQueries())


@dataclass(frozen=True)
class HttpOptions:
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    retries: int = 4
    backoff_factor: float = 0.5
    backoff_max: float = 8.0
    retry_after_max: int = 30
    max_response_bytes: int = 1024 * 1024
    # The longest we keep reading one response body, however slowly it trickles in.
    body_deadline: float = 60.0
    # Called with (retry number, retries allowed) before each retry, on the calling thread.
    on_retry: Callable[[int, int], None] | None = field(default=None, compare=False)


@dataclass(frozen=True)
class HttpResponse:
    status: int
    headers: Mapping[str, str]
    body: bytes
    content_type: str = field(default="")

    def json(self) -> Any:
        """The body as JSON; ``malformed_response`` unless the server said and sent JSON."""
        media_type = self.content_type.split(";", 1)[0].strip().lower()
        if media_type != "application/json" and not media_type.endswith("+json"):
            raise registry_error(
                RegistryErrorCode.MALFORMED_RESPONSE,
                detail="It was not JSON (perhaps a web page or a proxy's error page).",
            )
        return parse_json_bytes(self.body)

    def text(self, limit: int = 1000) -> str:
        return self.body[:limit].decode("utf-8", errors="replace")


def _reject_constant(name: str) -> Any:
    raise ValueError(f"invalid JSON constant {name}")


def parse_json_bytes(body: bytes) -> Any:
    try:
        return json.loads(body.decode("utf-8"), parse_constant=_reject_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise registry_error(
            RegistryErrorCode.MALFORMED_RESPONSE, detail="It was not valid JSON."
        ) from exc


def validate_base_url(url: str) -> tuple[str, bool]:
    """The normalised base URL and whether it is loopback. Raises before any connection."""
    text = (url or "").strip()
    try:
        parts = urlsplit(text)
        host = parts.hostname
        _ = parts.port  # raises ValueError for a bad port
    except ValueError as exc:
        raise registry_error(RegistryErrorCode.INVALID_URL) from exc
    if parts.scheme not in ("http", "https") or not host:
        raise registry_error(RegistryErrorCode.INVALID_URL)
    if parts.username or parts.password or parts.query or parts.fragment:
        # Credentials in a URL end up in logs and history; tokens go in the profile.
        raise registry_error(RegistryErrorCode.INVALID_URL)
    loopback = is_loopback_host(host)
    if parts.scheme == "http" and not loopback:
        raise registry_error(RegistryErrorCode.INSECURE_URL)
    return text.rstrip("/"), loopback


def _exception_chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [exc]
    while todo:
        item = todo.pop()
        if item is None or any(item is known for known in seen) or len(seen) > 20:
            continue
        seen.append(item)
        linked = [item.__cause__, item.__context__, getattr(item, "reason", None), *item.args]
        todo.extend(link for link in linked if isinstance(link, BaseException))
    return seen


def map_transport_error(exc: BaseException) -> RegistryError:
    """A requests/urllib3 failure as the RegistryError a person can act on."""
    chain = _exception_chain(exc)
    kinds = tuple(type(item) for item in chain)

    def has(*types: type[BaseException]) -> bool:
        return any(issubclass(kind, types) for kind in kinds)

    if has(requests.exceptions.SSLError, ssl.SSLError):
        return registry_error(RegistryErrorCode.TLS_ERROR)
    if has(socket.gaierror):
        return registry_error(RegistryErrorCode.OFFLINE)
    if has(requests.exceptions.Timeout, ReadTimeoutError, TimeoutError, socket.timeout):
        return registry_error(RegistryErrorCode.TIMEOUT)
    if has(requests.exceptions.ProxyError):
        return registry_error(
            RegistryErrorCode.CONNECTION_FAILED, detail="The network proxy did not let it through."
        )
    if has(requests.exceptions.InvalidURL, requests.exceptions.MissingSchema):
        return registry_error(RegistryErrorCode.INVALID_URL)
    return registry_error(RegistryErrorCode.CONNECTION_FAILED)


_BODY_ERRORS = (
    requests.exceptions.RequestException,
    ProtocolError,
    ReadTimeoutError,
    OSError,
)


def _refused(error: BaseException) -> bool:
    return any(isinstance(item, ConnectionRefusedError) for item in _exception_chain(error))


class _Retry(Retry):
    """urllib3's Retry, failing at once on a refused loopback connection and reporting
    each retry. urllib3 copies a Retry at every step through ``new``."""

    fail_fast_refused = False
    on_retry: Callable[[int, int], None] | None = None
    allowed = 0

    def new(self, **kw: Any) -> Self:
        retry = super().new(**kw)
        retry.fail_fast_refused, retry.on_retry = self.fail_fast_refused, self.on_retry
        retry.allowed = self.allowed
        return retry

    def increment(
        self,
        method: str | None = None,
        url: str | None = None,
        response: BaseHTTPResponse | None = None,
        error: Exception | None = None,
        _pool: ConnectionPool | None = None,
        _stacktrace: TracebackType | None = None,
    ) -> Self:
        if self.fail_fast_refused and error is not None and _pool is not None and _refused(error):
            raise MaxRetryError(_pool, url, error) from error
        return super().increment(method, url, response, error, _pool, _stacktrace)

    def sleep(self, response: BaseHTTPResponse | None = None) -> None:
        if self.on_retry is not None:
            self.on_retry(len(self.history), self.allowed)
        super().sleep(response)


class HttpSession:
    """One ``requests.Session`` bound to one registry base URL."""

    def __init__(
        self,
        base_url: str,
        ca_bundle: str | None = None,
        options: HttpOptions | None = None,
    ) -> None:
        self.base_url, self.loopback = validate_base_url(base_url)
        self.options = options or HttpOptions()
        self.verify: bool | str = True
        if ca_bundle:
            if not Path(ca_bundle).exists():
                raise registry_error(
                    RegistryErrorCode.TLS_ERROR,
                    detail="The custom certificate file for this registry was not found.",
                )
            self.verify = str(ca_bundle)
        self.session = requests.Session()
        # Proxies (and REQUESTS_CA_BUNDLE) come from the environment, but a
        # proxy must never see traffic meant for this computer.
        self.session.trust_env = not self.loopback
        self.session.headers.update(
            {"User-Agent": f"{APP_NAME}/{__version__}", "Accept": "application/json"}
        )
        adapter = HTTPAdapter(max_retries=self._retry())
        self.session.mount("https://", adapter)
        self.session.mount("http://", adapter)

    def _retry(self) -> Retry:
        count = self.options.retries
        retry = _Retry(
            total=count,
            connect=count,
            read=count,
            status=count,
            other=0,
            redirect=False,
            allowed_methods=None,  # every method: see the module docstring
            status_forcelist=RETRY_STATUSES,
            backoff_factor=self.options.backoff_factor,
            backoff_max=self.options.backoff_max,
            retry_after_max=max(0, int(self.options.retry_after_max)),
            respect_retry_after_header=True,
            raise_on_status=False,
        )
        retry.fail_fast_refused = self.loopback
        retry.on_retry, retry.allowed = self.options.on_retry, count
        return retry

    def close(self) -> None:
        self.session.close()

    def url(self, path: str) -> str:
        return self.base_url + path

    def request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        params: Mapping[str, str] | None = None,
    ) -> HttpResponse:
        """Send one request (urllib3 retries inside) and read the capped body.

        A body cut off after the headers arrived is retried here, within the
        same retry budget, because urllib3 has already handed the response over.
        """
        attempts = max(1, self.options.retries + 1)
        for attempt in range(attempts):
            try:
                return self._request_once(method, path, body, headers, params)
            except _BodyReadFailed as failure:
                if attempt + 1 >= attempts:
                    raise map_transport_error(failure.cause) from failure.cause
                if self.options.on_retry is not None:
                    self.options.on_retry(attempt + 1, self.options.retries)
                time.sleep(min(self.options.backoff_max, self.options.backoff_factor * 2**attempt))
        raise AssertionError("unreachable")  # pragma: no cover

    def _request_once(
        self,
        method: str,
        path: str,
        body: bytes | None,
        headers: Mapping[str, str] | None,
        params: Mapping[str, str] | None,
    ) -> HttpResponse:
        try:
            response = self.session.request(
                method,
                self.url(path),
                data=body,
                headers=dict(headers or {}),
                params=dict(params) if params else None,
                timeout=(self.options.connect_timeout, self.options.read_timeout),
                verify=self.verify,
                stream=True,
                allow_redirects=False,
            )
        except (requests.exceptions.RequestException, OSError) as exc:
            raise map_transport_error(exc) from exc
        try:
            data = self._read_capped(response)
        finally:
            response.close()
        return HttpResponse(
            status=response.status_code,
            headers={key.lower(): value for key, value in response.headers.items()},
            body=data,
            content_type=response.headers.get("Content-Type", ""),
        )

    def _read_capped(self, response: requests.Response) -> bytes:
        limit = self.options.max_response_bytes
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > limit:
            raise registry_error(RegistryErrorCode.RESPONSE_TOO_LARGE)
        deadline = time.monotonic() + self.options.body_deadline
        chunks: list[bytes] = []
        size = 0
        try:
            for chunk in response.iter_content(chunk_size=16 * 1024):
                size += len(chunk)
                if size > limit:
                    raise registry_error(RegistryErrorCode.RESPONSE_TOO_LARGE)
                if time.monotonic() > deadline:
                    raise registry_error(RegistryErrorCode.TIMEOUT)
                chunks.append(chunk)
        except _BODY_ERRORS as exc:
            raise _BodyReadFailed(exc) from exc
        return b"".join(chunks)


class _BodyReadFailed(Exception):
    def __init__(self, cause: BaseException) -> None:
        super().__init__(str(cause))
        self.cause = cause


def error_from_response(response: HttpResponse) -> RegistryError:
    """The RegistryError for a non-success answer, keeping the server's code and message."""
    server_code: str | None = None
    server_message: str | None = None
    try:
        payload = response.json()
    except RegistryError:
        payload = None
    if isinstance(payload, dict):
        error = payload.get("error")
        if isinstance(error, dict):
            server_code = error.get("code") if isinstance(error.get("code"), str) else None
            message = error.get("message")
            server_message = message if isinstance(message, str) else None
        elif isinstance(payload.get("message"), str):  # HMA's shape
            server_message = payload["message"]
    status = response.status
    if status in (401, 403):
        code = RegistryErrorCode.UNAUTHORIZED
    elif status == 404:
        code = RegistryErrorCode.NOT_FOUND
    elif status == 409:
        code = RegistryErrorCode.CONFLICT
    elif status == 429:
        code = RegistryErrorCode.RATE_LIMITED
    elif status >= 500:
        code = RegistryErrorCode.SERVER_ERROR
    elif 400 <= status < 500:
        code = RegistryErrorCode.REJECTED
    else:
        code = RegistryErrorCode.HTTP_ERROR
    return registry_error(code, status, server_code, server_message)
