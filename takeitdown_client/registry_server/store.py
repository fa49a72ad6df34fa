"""SQLite storage of the reference registry (WAL mode, one connection per thread).

What is kept, and why:
- ``cases``: the raw request body of each submission (the registry's record; tests
  compare it with the canonical payload bytes), a SHA-256 of its receipt token
  (never the token), counts and times. Withdrawing deletes the body and items.
- ``idempotency``: SHA-256 of each Idempotency-Key, the body's SHA-256 and the
  receipt token *sealed* with a pad derived from the key, so that a retry can be
  answered with the same token while the database alone never reveals one.
- ``items``: the sha256 of each accepted item, to count duplicates.
- ``hma_*``: banks, contents and signals of the HMA subset.

Writes are serialised by one lock and run in ``BEGIN IMMEDIATE`` transactions.
"""

from __future__ import annotations

import hashlib
import hmac
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SCHEMA_SQL = """
CREATE TABLE IF NOT EXISTS cases (
    case_id TEXT PRIMARY KEY,
    token_sha256 BLOB NOT NULL,
    status TEXT NOT NULL,
    category TEXT NOT NULL,
    submitter TEXT NOT NULL,
    accepted INTEGER NOT NULL,
    duplicates INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    body BLOB
);
CREATE TABLE IF NOT EXISTS idempotency (
    key_sha256 BLOB PRIMARY KEY,
    body_sha256 BLOB NOT NULL,
    case_id TEXT NOT NULL REFERENCES cases(case_id),
    sealed_token BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS items (
    case_id TEXT NOT NULL REFERENCES cases(case_id),
    media TEXT NOT NULL,
    sha256 TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS items_sha256 ON items(sha256);
CREATE TABLE IF NOT EXISTS hma_banks (
    name TEXT PRIMARY KEY,
    enabled_ratio REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS hma_content (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    bank TEXT NOT NULL REFERENCES hma_banks(name) ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS hma_signals (
    content_id INTEGER NOT NULL REFERENCES hma_content(id) ON DELETE CASCADE,
    signal_type TEXT NOT NULL,
    signal TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS hma_signals_type ON hma_signals(signal_type, signal);
"""

TABLES: tuple[str, ...] = (
    "cases",
    "idempotency",
    "items",
    "hma_banks",
    "hma_content",
    "hma_signals",
)


def sha256(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def _pad(idempotency_key: str, case_id: str, length: int) -> bytes:
    """A one-time pad for the receipt token, derived from the client's idempotency key."""
    out = b""
    counter = 0
    while len(out) < length:
        block = f"receipt-token:{case_id}:{counter}".encode()
        out += hmac.new(idempotency_key.encode(), block, hashlib.sha256).digest()
        counter += 1
    return out[:length]


def seal_token(token: str, idempotency_key: str, case_id: str) -> bytes:
    raw = token.encode("ascii")
    return bytes(a ^ b for a, b in zip(raw, _pad(idempotency_key, case_id, len(raw)), strict=True))


def unseal_token(sealed: bytes, idempotency_key: str, case_id: str) -> str:
    pad = _pad(idempotency_key, case_id, len(sealed))
    return bytes(a ^ b for a, b in zip(sealed, pad, strict=True)).decode("ascii")


@dataclass(frozen=True)
class CaseRow:
    case_id: str
    token_sha256: bytes
    status: str
    accepted: int
    duplicates: int
    created_at: str
    updated_at: str

    def to_json(self) -> dict[str, Any]:
        return {
            "case_id": self.case_id,
            "status": self.status,
            "accepted": self.accepted,
            "duplicates": self.duplicates,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
        }


class Store:
    """Thread-safe access to one SQLite database file."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path)
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._connections_lock = threading.Lock()
        self.write_lock = threading.Lock()
        self._closed = False
        conn = self.connection()
        mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise RuntimeError("SQLite refused WAL mode for the registry database")
        conn.executescript(SCHEMA_SQL)

    def connection(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            if self._closed:
                raise RuntimeError("the registry store is closed")
            conn = sqlite3.connect(
                self.db_path, timeout=30, isolation_level=None, check_same_thread=False
            )
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA busy_timeout=30000")
            self._local.conn = conn
            with self._connections_lock:
                self._connections.append(conn)
        return conn

    def close(self) -> None:
        self._closed = True
        with self._connections_lock:
            for conn in self._connections:
                conn.close()
            self._connections.clear()

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One serialised write transaction; rolled back on any exception."""
        conn = self.connection()
        with self.write_lock:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def read(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self.connection().execute(sql, params).fetchall()

    # -- inspection for tests and operators (never served over HTTP unless admin is on)

    def journal_mode(self) -> str:
        return str(self.read("PRAGMA journal_mode")[0][0])

    def counts(self) -> dict[str, int]:
        # Table names come from the fixed TABLES tuple, never from input.
        return {table: int(self.read(f"SELECT COUNT(*) FROM {table}")[0][0]) for table in TABLES}  # noqa: S608

    def raw_bodies(self) -> dict[str, bytes]:
        """The stored request body of every case that still has one, by case id."""
        rows = self.read("SELECT case_id, body FROM cases WHERE body IS NOT NULL ORDER BY rowid")
        return {str(case_id): bytes(body) for case_id, body in rows}

    def raw_body(self, case_id: str) -> bytes | None:
        rows = self.read("SELECT body FROM cases WHERE case_id = ?", (case_id,))
        return bytes(rows[0][0]) if rows and rows[0][0] is not None else None

    def case(self, case_id: str) -> CaseRow | None:
        rows = self.read(
            "SELECT case_id, token_sha256, status, accepted, duplicates, created_at, updated_at"
            " FROM cases WHERE case_id = ?",
            (case_id,),
        )
        if not rows:
            return None
        row = rows[0]
        return CaseRow(str(row[0]), bytes(row[1]), *row[2:])
