"""The reference registry as one WSGI application: our API v1 plus HMA's bank subset.

Logging: one access line per request with the method, the path *template* (so no
case id, bank name or hash ever reaches a log) and the status. Bodies, headers,
query strings and tokens are never logged. An unexpected exception is logged by
its type name only and answered with 500 ``internal``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from .api_v1 import ApiV1
from .config import RegistryConfig
from .errors import ApiError, ErrorCode, HmaError
from .hma import HmaApi
from .http import Request, Response, Router
from .store import Store

access_log = logging.getLogger("takeitdown_client.registry_server.access")
error_log = logging.getLogger("takeitdown_client.registry_server")


class RegistryApp:
    """WSGI callable. ``RegistryApp(db_path, config)``; call ``close()`` when done."""

    def __init__(self, db_path: Path, config: RegistryConfig | None = None) -> None:
        self.config = config or RegistryConfig()
        self.store = Store(db_path)
        self.v1 = ApiV1(self.store, self.config)
        self.hma = HmaApi(self.store, self.config)
        self.router = self._build_router()

    def _build_router(self) -> Router:
        v1, hma = self.v1, self.hma
        router = Router()
        router.add("/v1/info", "v1", get=v1.info)
        router.add("/v1/submissions", "v1", post=v1.submit)
        router.add("/v1/submissions/{case_id}", "v1", get=v1.status, delete=v1.withdraw)
        router.add("/privacy", "v1", get=v1.privacy)
        router.add("/terms", "v1", get=v1.terms)
        router.add("/_admin/submissions", "v1", get=v1.admin_submissions)
        router.add("/status", "hma", get=hma.status)
        router.add("/status/live", "hma", get=hma.status)
        router.add("/c/banks", "hma", get=hma.banks_index, post=hma.bank_create)
        router.add("/c/bank/{bank}", "hma", get=hma.bank_show)
        router.add("/c/bank/{bank}/signal", "hma", post=hma.add_signals)
        router.add(
            "/c/bank/{bank}/content/{content_id}",
            "hma",
            get=hma.get_content,
            delete=hma.delete_content,
        )
        router.add("/c/signal_type", "hma", get=hma.signal_types)
        router.add("/m/lookup", "hma", get=hma.lookup)
        return router

    def close(self) -> None:
        self.store.close()

    def __call__(
        self, environ: Mapping[str, Any], start_response: Callable[..., Any]
    ) -> Iterable[bytes]:
        request = Request.from_environ(environ)
        template, response = self.dispatch(request)
        access_log.info("%s %s %d", request.method, template, response.status)
        return response.wsgi(start_response, head_only=request.method == "HEAD")

    def dispatch(self, request: Request) -> tuple[str, Response]:
        found = self.router.match(request.path)
        if found is None:
            style = "hma" if request.path.startswith(("/c/", "/m/")) else "v1"
            return "<unmatched>", _error(style, ApiError(ErrorCode.NOT_FOUND, "No such endpoint."))
        route, params = found
        request.params = params
        method = "GET" if request.method == "HEAD" else request.method
        handler = route.handlers.get(method)
        if handler is None:
            allowed = sorted(route.handlers)
            error = ApiError(
                ErrorCode.METHOD_NOT_ALLOWED,
                "This endpoint does not accept that method.",
                {"Allow": ", ".join([*allowed, "HEAD"] if "GET" in allowed else allowed)},
            )
            return route.template, _error(route.style, error)
        try:
            if route.style == "hma" and route.template.startswith(("/c/", "/m/")):
                self.hma.check_token(request)
            return route.template, handler(request)
        except (ApiError, HmaError) as error:
            return route.template, _error(route.style, error)
        except Exception as exc:  # noqa: BLE001 - the registry must answer, never crash
            error_log.error("unexpected %s in %s %s", type(exc).__name__, method, route.template)
            return route.template, _error(
                route.style, ApiError(ErrorCode.INTERNAL, "The registry failed. Try again later.")
            )


def _error(style: str, error: ApiError | HmaError) -> Response:
    if isinstance(error, HmaError):
        return Response.json(error.status, error.body)
    if style == "hma":
        return Response.json(error.status, {"message": error.message}, error.headers)
    return Response.json(
        error.status,
        {"error": {"code": str(error.code), "message": error.message}},
        error.headers,
    )
