"""Temporary, empty settings folders for runs that must not touch a person's own.

The screenshots command and the self-test both work with demo data; their
settings, outbox and receipts live in a folder that is gone afterwards.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def temporary_settings(
    prefix: str, ignore_system_settings: bool = False, extra: Mapping[str, str] | None = None
) -> Iterator[Path]:
    """Point the config and data folders (and ``extra`` variables) elsewhere for a while."""
    with tempfile.TemporaryDirectory(prefix=prefix, ignore_cleanup_errors=True) as temp:
        root = Path(temp)
        values = {
            "TAKEITDOWN_CONFIG_DIR": str(root / "config"),
            "TAKEITDOWN_DATA_DIR": str(root / "data"),
            **(extra or {}),
        }
        if ignore_system_settings:
            values["TAKEITDOWN_SYSTEM_CONFIG"] = str(root / "no-system-settings.json")
        saved = {key: os.environ.get(key) for key in values}
        os.environ.update(values)
        try:
            yield root
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
