"""A tiny WSGI toolkit: requests, responses and a path-template router."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

MAX_QUERY_BYTES = 8192
MAX_QUERY_FIELDS = 20

REASONS = {
    200: "OK",
    201: "Created",
    204: "No Content",
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    409: "Conflict",
    411: "Length Required",
    413: "Content Too Large",
    415: "Unsupported Media Type",
    422: "Unprocessable Content",
    429: "Too Many Requests",
    500: "Internal Server Error",
    501: "Not Implemented",
    503: "Service Unavailable",
}

SECURITY_HEADERS = (
    ("Cache-Control", "no-store"),
    ("X-Content-Type-Options", "nosniff"),
)


class BodyTooLarge(Exception):
    """The body is larger than the endpoint's limit."""


class BadLength(Exception):
    """The Content-Length header is not a number."""


class BadQuery(Exception):
    """The query string is too long, not UTF-8, or has too many fields."""


@dataclass
class Request:
    environ: Mapping[str, Any]
    method: str
    path: str
    params: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_environ(cls, environ: Mapping[str, Any]) -> Request:
        # PEP 3333 hands PATH_INFO over as latin-1-decoded bytes.
        raw_path = str(environ.get("PATH_INFO", "") or "/")
        try:
            path = raw_path.encode("latin-1").decode("utf-8")
        except UnicodeError:
            path = "\x00invalid"
        return cls(environ, str(environ.get("REQUEST_METHOD", "GET")).upper(), path)

    def header(self, name: str) -> str | None:
        key = name.upper().replace("-", "_")
        if key not in ("CONTENT_TYPE", "CONTENT_LENGTH"):
            key = "HTTP_" + key
        value = self.environ.get(key)
        return None if value is None else str(value)

    def media_type(self) -> str:
        """The Content-Type without parameters, lowercased ("" when absent)."""
        return (self.header("Content-Type") or "").split(";", 1)[0].strip().lower()

    def content_length(self) -> int | None:
        value = (self.header("Content-Length") or "").strip()
        if not value:
            return None
        if not value.isdigit() or len(value) > 18:
            raise BadLength
        return int(value)

    def read_body(self, limit: int) -> bytes:
        """Read at most ``limit`` bytes; refuse before reading when the declared size is over."""
        length = self.content_length()
        if length is not None and length > limit:
            raise BodyTooLarge
        stream = self.environ["wsgi.input"]
        data = bytes(stream.read(limit + 1) if length is None else stream.read(length))
        if len(data) > limit:
            raise BodyTooLarge
        return data

    def query(self) -> dict[str, str]:
        """The query string as a dict; a repeated name keeps its first value."""
        raw = str(self.environ.get("QUERY_STRING", "") or "")
        if len(raw) > MAX_QUERY_BYTES:
            raise BadQuery
        try:
            parsed = parse_qs(
                raw.encode("latin-1").decode("utf-8"),
                keep_blank_values=True,
                strict_parsing=False,
                errors="strict",
                max_num_fields=MAX_QUERY_FIELDS,
            )
        except (UnicodeError, ValueError) as exc:
            raise BadQuery from exc
        return {name: values[0] for name, values in parsed.items()}


@dataclass
class Response:
    status: int
    body: bytes = b""
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def json(cls, status: int, obj: Any, headers: dict[str, str] | None = None) -> Response:
        body = (json.dumps(obj, sort_keys=True, ensure_ascii=True) + "\n").encode("ascii")
        return cls(status, body, "application/json", dict(headers or {}))

    @classmethod
    def text(cls, status: int, text: str) -> Response:
        return cls(status, text.encode("utf-8"), "text/plain; charset=utf-8")

    def wsgi(self, start_response: Callable[..., Any], head_only: bool = False) -> Iterable[bytes]:
        headers = [("Content-Type", self.content_type), ("Content-Length", str(len(self.body)))]
        headers.extend(SECURITY_HEADERS)
        headers.extend(self.headers.items())
        start_response(f"{self.status} {REASONS.get(self.status, 'Unknown')}", headers)
        return [b""] if head_only else [self.body]


Handler = Callable[[Request], Response]


@dataclass(frozen=True)
class Route:
    template: str
    pattern: re.Pattern[str]
    handlers: dict[str, Handler]
    style: str  # "v1" or "hma": which error shape this path answers with


class Router:
    """Maps (method, path) to a handler. ``{name}`` matches one path segment."""

    def __init__(self) -> None:
        self.routes: list[Route] = []

    def add(self, template: str, style: str, **handlers: Handler) -> None:
        regex = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template))
        methods = {method.upper(): handler for method, handler in handlers.items()}
        self.routes.append(Route(template, re.compile(regex), methods, style))

    def match(self, path: str) -> tuple[Route, dict[str, str]] | None:
        for route in self.routes:
            found = route.pattern.fullmatch(path)
            if found:
                return route, found.groupdict()
        return None
