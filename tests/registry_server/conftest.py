"""A reference registry on 127.0.0.1 for each test (a file database in tmp_path)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from takeitdown_client.registry_server import RegistryConfig, RunningServer, start_in_thread


@pytest.fixture
def registry(tmp_path: Path) -> Iterator[RunningServer]:
    with start_in_thread(tmp_path / "registry.sqlite3") as server:
        yield server


@pytest.fixture
def admin_registry(tmp_path: Path) -> Iterator[RunningServer]:
    with start_in_thread(
        tmp_path / "registry.sqlite3", config=RegistryConfig(admin=True)
    ) as server:
        yield server
