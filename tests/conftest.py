"""Shared test set-up: an isolated home, offscreen Qt, and the reference data."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

# Qt must never open a real window or touch the desktop session in tests.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TESTS_DIR = Path(__file__).resolve().parent
DATA_DIR = TESTS_DIR / "data"
SHARED_REFERENCE = TESTS_DIR.parent.parent / "shared" / "reference"


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point every platformdirs location at a fresh folder for each test."""
    home = tmp_path_factory.mktemp("home")
    for variable, sub in (
        ("HOME", ""),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
        ("XDG_RUNTIME_DIR", "run"),
    ):
        target = home / sub
        target.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(variable, str(target))
    monkeypatch.setenv("TAKEITDOWN_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("TAKEITDOWN_DATA_DIR", str(home / "data"))
    # Keyring must not reach a real desktop secret service from tests.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    return home


def load_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def pdq_expected() -> dict[str, Any]:
    """Reference PDQ values for tests/data/pdq/images, keyed by relative path."""
    return load_json(DATA_DIR / "pdq" / "expected.json")


@pytest.fixture(scope="session")
def pdq_images_dir() -> Path:
    return DATA_DIR / "pdq" / "images"


@pytest.fixture(scope="session")
def shared_reference() -> Path:
    if not SHARED_REFERENCE.is_dir():
        pytest.skip("../shared/reference is not present")
    return SHARED_REFERENCE
