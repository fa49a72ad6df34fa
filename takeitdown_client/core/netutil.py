"""Small network helpers shared by the registry clients and the GUI.

``is_loopback_host`` decides where plain http is allowed; ``sanitize_text``
makes text from a registry or a file safe to show as plain text.
"""

from __future__ import annotations

import ipaddress
import unicodedata

MAX_SERVER_TEXT = 300


def is_loopback_host(host: str | None) -> bool:
    """True for ``localhost``, 127.0.0.0/8 and ``::1`` (with or without brackets)."""
    if not host:
        return False
    name = host.strip().strip("[]").rstrip(".").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name.split("%", 1)[0]).is_loopback
    except ValueError:
        return False


def sanitize_text(text: object, limit: int = MAX_SERVER_TEXT) -> str:
    """Plain, single-line, length-capped text from an untrusted source.

    Control and format characters (including bidi overrides, which can make
    text read differently from what it says) become spaces; runs of spaces
    collapse.
    """
    raw = text if isinstance(text, str) else str(text)
    cleaned = "".join(
        " " if unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp") else char
        for char in raw[: limit * 4]
    )
    collapsed = " ".join(cleaned.split())
    if len(collapsed) > limit:
        collapsed = collapsed[: limit - 1].rstrip() + "…"
    return collapsed
