"""SQLite WAL mode and concurrent submissions through waitress's worker threads."""

from __future__ import annotations

import sqlite3
import threading
from concurrent.futures import ThreadPoolExecutor

from .helpers import make_payload, new_key, submit


def test_database_is_in_wal_mode(registry):
    assert registry.store.journal_mode() == "wal"
    conn = sqlite3.connect(registry.db_path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()


def test_distinct_keys_make_distinct_cases(registry):
    def send(seed: int) -> tuple[int, str]:
        response = submit(registry.url, make_payload(seed))
        return response.status_code, response.json()["case_id"]

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(send, range(24)))
    assert {status for status, _ in results} == {201}
    assert len({case_id for _, case_id in results}) == 24
    assert registry.store.counts()["cases"] == 24


def test_same_key_at_once_makes_one_case(registry):
    key, payload = new_key(), make_payload(99)
    barrier = threading.Barrier(8)

    def send(_: int) -> tuple[int, dict]:
        barrier.wait()
        response = submit(registry.url, payload, key)
        return response.status_code, response.json()

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(send, range(8)))
    statuses = sorted(status for status, _ in results)
    assert statuses == [200] * 7 + [201]
    receipts = {tuple(sorted(body.items())) for _, body in results}
    assert len(receipts) == 1  # every answer carries the same case id and token
    assert registry.store.counts()["cases"] == 1


def test_same_key_different_bodies_at_once(registry):
    key = new_key()
    barrier = threading.Barrier(6)

    def send(seed: int) -> int:
        barrier.wait()
        return submit(registry.url, make_payload(seed), key).status_code

    with ThreadPoolExecutor(max_workers=6) as pool:
        statuses = sorted(pool.map(send, range(6)))
    assert statuses == [201] + [409] * 5
    assert registry.store.counts()["cases"] == 1
