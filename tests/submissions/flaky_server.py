"""A deliberately misbehaving HTTP server on 127.0.0.1 for registry failure tests.

Each request takes the next step from a script (then falls back to ``default``).
A step can forward the request to an upstream registry (the reference registry)
and then answer, reset the connection or stall, so a test can make the
registry *create* a case and still lose the answer: the worst case for
idempotency. Every request received is recorded.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import struct
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit


@dataclass
class Step:
    """What to do with one request.

    ``forward``: send it upstream first (the upstream's answer is the default reply).
    ``action``: "respond" | "reset" (RST, no answer) | "close" (FIN, no answer) |
    "truncate" (headers promise more body than is sent, then the connection closes).
    ``delay``: seconds to stall before acting.
    ``status``/``headers``/``body``/``content_type``: a canned answer instead of upstream's.
    ``chunked``: send the canned body without Content-Length.
    """

    forward: bool = False
    action: str = "respond"
    delay: float = 0.0
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    content_type: str = "application/json"
    chunked: bool = False


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


FORWARD = Step(forward=True)


class FlakyServer:
    def __init__(
        self,
        upstream: str | None = None,
        default: Step | None = None,
        tls: ssl.SSLContext | None = None,
    ) -> None:
        self.upstream = upstream
        self.default = default or (FORWARD if upstream else Step(status=404, body=b"{}"))
        self.script: list[Step] = []
        self.received: list[Received] = []
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                record = Received(self.command, self.path, dict(self.headers.items()), body)
                with server.lock:
                    server.received.append(record)
                    step = server.script.pop(0) if server.script else server.default
                server.run_step(self, step, record)

            do_GET = do_POST = do_DELETE = do_PUT = _handle

            def do_CONNECT(self) -> None:  # a client using us as its proxy
                with server.lock:
                    server.received.append(Received("CONNECT", self.path, {}, b""))
                self.send_response(403)
                self.send_header("Content-Length", "0")
                self.end_headers()
                self.close_connection = True

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        if tls is not None:
            self.httpd.socket = tls.wrap_socket(self.httpd.socket, server_side=True)
        self.port = self.httpd.server_address[1]
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}"
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    def plan(self, steps: Iterable[Step]) -> None:
        with self.lock:
            self.script = list(steps)

    def requests_to(self, path_prefix: str) -> list[Received]:
        return [r for r in self.received if r.path.startswith(path_prefix)]

    def _forward(self, record: Received) -> tuple[int, dict[str, str], bytes]:
        assert self.upstream
        parts = urlsplit(self.upstream)
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
        keep = ("content-type", "idempotency-key", "authorization", "accept")
        headers = {k: v for k, v in record.headers.items() if k.lower() in keep}
        conn.request(record.method, record.path, body=record.body or None, headers=headers)
        answer = conn.getresponse()
        data = answer.read()
        out = {k: v for k, v in answer.getheaders() if k.lower() in ("content-type", "retry-after")}
        conn.close()
        return answer.status, out, data

    def run_step(self, handler: BaseHTTPRequestHandler, step: Step, record: Received) -> None:
        status, headers, body = 404, {"Content-Type": "application/json"}, b"{}"
        if step.forward:
            status, headers, body = self._forward(record)
        if step.status is not None:
            status, body = step.status, step.body
            headers = {"Content-Type": step.content_type, **step.headers}
        if step.delay:
            time.sleep(step.delay)
        if step.action in ("reset", "close"):
            if step.action == "reset":
                handler.connection.setsockopt(
                    socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
                )
            handler.close_connection = True
            try:
                handler.connection.shutdown(socket.SHUT_RDWR) if step.action == "close" else None
                handler.connection.close()
            except OSError:
                pass
            return
        try:
            handler.send_response(status)
            for key, value in headers.items():
                handler.send_header(key, value)
            if step.chunked:
                handler.send_header("Connection", "close")
                handler.end_headers()
                handler.wfile.write(body)
            elif step.action == "truncate":
                handler.send_header("Content-Length", str(len(body) + 100))
                handler.end_headers()
                handler.wfile.write(body[: len(body) // 2])
                handler.wfile.flush()
                handler.connection.shutdown(socket.SHUT_RDWR)
            else:
                handler.send_header("Content-Length", str(len(body)))
                handler.send_header("Connection", "close")
                handler.end_headers()
                handler.wfile.write(body)
            handler.close_connection = True
        except OSError:
            handler.close_connection = True  # the client gave up (a timeout test)

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
