"""Run the reference registry under waitress: in a background thread or in the foreground.

    with start_in_thread() as server:          # temporary database, free loopback port
        requests.get(server.url + "/v1/info")

``start_in_thread`` binds the socket before it returns, so ``server.url`` is
usable at once. Without ``db_path`` the database lives in a fresh temporary
folder that ``stop()`` deletes.
"""

from __future__ import annotations

import contextlib
import ipaddress
import shutil
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

from waitress import wasyncore
from waitress.server import create_server

from .app import RegistryApp
from .config import RegistryConfig
from .hma import BANK_NAME_RE
from .store import Store

# Waitress itself refuses (413, before reading it) any body this much over the API limit;
# between the two, the app answers with its own JSON 413.
HARD_BODY_MARGIN = 1024 * 1024
WORKER_THREADS = 4
LOOP_TIMEOUT = 0.5  # seconds; a stop request also wakes the loop at once


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def create_waitress_server(app: RegistryApp, host: str, port: int) -> Any:
    hard_limit = app.config.limits.max_body_bytes + HARD_BODY_MARGIN
    return create_server(
        app,
        host=host,
        port=port,
        threads=WORKER_THREADS,
        ident="takeitdown-registry",
        # SERVER_NAME in the WSGI environ: /v1/info builds its privacy and terms URLs from it.
        server_name=host,
        max_request_body_size=hard_limit,
        # Keep request bodies in memory: never spill submitted hashes to temp files.
        inbuf_overflow=hard_limit + 1,
        expose_tracebacks=False,
        channel_timeout=30,
        clear_untrusted_proxy_headers=True,
    )


@dataclass
class RunningServer:
    """A registry serving in a background thread. Use as a context manager or call ``stop()``."""

    url: str
    host: str
    port: int
    db_path: Path
    app: RegistryApp
    _server: Any = field(repr=False)
    _thread: threading.Thread = field(repr=False)
    _stop_event: threading.Event = field(repr=False)
    _temp_dir: Path | None = field(default=None, repr=False)
    _stopped: bool = field(default=False, repr=False)

    @property
    def store(self) -> Store:
        """Direct access to the database (for tests: ``raw_bodies()``, ``counts()``)."""
        return self.app.store

    def stop(self, timeout: float = 10.0) -> None:
        if self._stopped:
            return
        self._stopped = True
        self._stop_event.set()
        # Wake the loop now rather than at its next timeout (which it would notice anyway).
        with contextlib.suppress(OSError):
            self._server.pull_trigger()
        self._thread.join(timeout)
        self.app.close()
        if self._temp_dir is not None:
            shutil.rmtree(self._temp_dir, ignore_errors=True)

    def __enter__(self) -> RunningServer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def start_in_thread(
    db_path: Path | str | None = None,
    host: str = "127.0.0.1",
    port: int = 0,
    config: RegistryConfig | None = None,
    *,
    hma_banks: tuple[str, ...] = (),
    allow_remote: bool = False,
) -> RunningServer:
    """Start a registry on ``host:port`` (port 0: a free one) in a daemon thread.

    ``db_path=None`` uses a temporary database deleted by ``stop()``. ``hma_banks``
    creates those HMA banks up front (for demos). Non-loopback hosts need
    ``allow_remote=True``: the registry speaks plain HTTP.
    """
    if not allow_remote and not is_loopback(host):
        raise ValueError("the reference registry binds loopback addresses only")
    temp_dir = None
    if db_path is None:
        temp_dir = Path(tempfile.mkdtemp(prefix="takeitdown-registry-"))
        db_path = temp_dir / "registry.sqlite3"
    app = RegistryApp(Path(db_path), config)
    try:
        for bank in hma_banks:
            create_bank(app.store, bank)
        server = create_waitress_server(app, host, port)
    except BaseException:
        app.close()
        if temp_dir is not None:
            shutil.rmtree(temp_dir, ignore_errors=True)
        raise
    bound_host, bound_port = server.effective_host, int(server.effective_port)
    shown_host = f"[{bound_host}]" if ":" in str(bound_host) else str(bound_host)
    stop_event = threading.Event()
    thread = threading.Thread(
        target=_serve_until, args=(server, stop_event), name="takeitdown-registry", daemon=True
    )
    thread.start()
    return RunningServer(
        url=f"http://{shown_host}:{bound_port}",
        host=str(bound_host),
        port=bound_port,
        db_path=Path(db_path),
        app=app,
        _server=server,
        _thread=thread,
        _stop_event=stop_event,
        _temp_dir=temp_dir,
    )


def _serve_until(server: Any, stop_event: threading.Event) -> None:
    """The server's event loop, stopped by ``stop_event``.

    Everything that closes the server's sockets runs here, in the loop's own thread,
    after the loop has stopped: no socket is closed while the loop may still use it.
    """
    socket_map = server._map  # noqa: SLF001 - waitress has no public name for its socket map
    try:
        while socket_map and not stop_event.is_set():
            wasyncore.loop(timeout=LOOP_TIMEOUT, map=socket_map, count=1)
    finally:
        server.task_dispatcher.shutdown(cancel_pending=True, timeout=5)
        wasyncore.close_all(socket_map, ignore_all=True)


def start_demo_registry() -> RunningServer:
    """The GUI's ``--demo`` registry: temporary database, free port, bank TAKEITDOWN_DEMO."""
    return start_in_thread(hma_banks=(DEMO_BANK,))


DEMO_BANK = "TAKEITDOWN_DEMO"


def create_bank(store: Store, name: str, enabled_ratio: float = 1.0) -> None:
    """Create an HMA bank unless it exists (server-side set-up, not an HTTP call)."""
    if not BANK_NAME_RE.fullmatch(name):
        raise ValueError("bank names must be UPPER_WITH_UNDERSCORE")
    with store.write() as conn:
        conn.execute(
            "INSERT OR IGNORE INTO hma_banks (name, enabled_ratio) VALUES (?, ?)",
            (name, enabled_ratio),
        )


def serve_forever(
    db_path: Path, host: str, port: int, config: RegistryConfig | None = None
) -> None:
    """Serve in the foreground until Ctrl+C (the ``serve-registry`` command)."""
    app = RegistryApp(db_path, config)
    server = create_waitress_server(app, host, port)
    shown_host = (
        f"[{server.effective_host}]" if ":" in str(server.effective_host) else server.effective_host
    )
    print(
        f"Reference registry listening on http://{shown_host}:{server.effective_port}", flush=True
    )
    try:
        server.run()
    finally:
        app.close()
