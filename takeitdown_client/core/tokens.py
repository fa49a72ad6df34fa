"""Registry API tokens: in the OS keyring when one is usable, else in memory only.

A token never goes into the settings JSON, a log or the command line; when no
keyring can take it, it lasts only for this session, so a shared computer
keeps no secret on disk.
"""

from __future__ import annotations

import contextlib
import logging
from typing import Any, Literal

from .. import APP_NAME

log = logging.getLogger(__name__)

KEYRING_SERVICE = APP_NAME
TokenStore = Literal["keyring", "memory"]

_memory_tokens: dict[str, str] = {}


def _usable_keyring() -> Any | None:
    try:
        import keyring  # optional at run time, and slow to import
        from keyring.backends import fail, null
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a broken keyring setup must not stop the app
        return None
    if isinstance(backend, fail.Keyring | null.Keyring) or getattr(backend, "priority", 0) <= 0:
        return None
    return keyring


def keyring_available() -> bool:
    return _usable_keyring() is not None


def set_token(profile_name: str, token: str) -> TokenStore:
    """Keep an API token: in the keyring if usable, else in memory for this session only."""
    store = _usable_keyring()
    if store is not None:
        try:
            store.set_password(KEYRING_SERVICE, profile_name, token)
            _memory_tokens.pop(profile_name, None)
            return "keyring"
        except Exception:  # noqa: BLE001 - locked or refusing keyrings fall back to memory
            log.warning("The system keyring refused the token; it is kept for this session only.")
    _memory_tokens[profile_name] = token
    return "memory"


def get_token(profile_name: str) -> str | None:
    if profile_name in _memory_tokens:
        return _memory_tokens[profile_name]
    store = _usable_keyring()
    if store is None:
        return None
    try:
        value = store.get_password(KEYRING_SERVICE, profile_name)
    except Exception:  # noqa: BLE001
        return None
    return value if isinstance(value, str) and value else None


def delete_token(profile_name: str) -> None:
    _memory_tokens.pop(profile_name, None)
    store = _usable_keyring()
    if store is not None:
        with contextlib.suppress(Exception):
            store.delete_password(KEYRING_SERVICE, profile_name)
