"""Case numbers and secret codes that people can copy from paper and type back.

Both use Crockford's base32 alphabet: digits and capital letters without I, L,
O and U, so nothing reads like something else. Input is case-insensitive,
O is read as 0 and I or L as 1, and spaces or dashes between groups do not
matter. A secret code is 52 symbols (260 bits, at least the strength of the
43 URL-safe characters of earlier codes), shown in 13 groups of four.

Codes of any other shape (older receipts, or another registry's own) are left
exactly as they are: only the shapes issued here are normalised.
"""

from __future__ import annotations

import re
import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_READ_AS = str.maketrans({"O": "0", "I": "1", "L": "1"})
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015\u2212]+")  # spaces and dash look-alikes
GROUP = 4
SECRET_SYMBOLS = 52
CASE_PREFIX = "TID"
CASE_SYMBOLS = 16
_CASE_INPUT = re.compile(r"TID[\s\-\u2010-\u2015\u2212]*(.*)", re.IGNORECASE | re.DOTALL)


def _random_symbols(count: int) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(count))


def grouped(symbols: str) -> str:
    return "-".join(symbols[i : i + GROUP] for i in range(0, len(symbols), GROUP))


def new_secret_code() -> str:
    """A fresh secret code, for example ``7K3M-Q9XW-…`` (13 groups of four)."""
    return grouped(_random_symbols(SECRET_SYMBOLS))


def new_case_number() -> str:
    """A fresh case number, for example ``TID-7K3M-Q9XW-2HRT-V5NP``."""
    return f"{CASE_PREFIX}-{grouped(_random_symbols(CASE_SYMBOLS))}"


def _symbols(text: str, count: int) -> str | None:
    """``text`` as exactly ``count`` symbols of the alphabet, or None."""
    symbols = _SEPARATORS.sub("", text).upper().translate(_READ_AS)
    if len(symbols) != count or any(char not in ALPHABET for char in symbols):
        return None
    return symbols


def canonical_secret_code(text: str) -> str | None:
    """The secret code as issued, if ``text`` is one (typed any way); otherwise None."""
    symbols = _symbols(text, SECRET_SYMBOLS)
    return grouped(symbols) if symbols else None


def canonical_case_number(text: str) -> str | None:
    """The case number as issued, if ``text`` is one (typed any way); otherwise None."""
    match = _CASE_INPUT.fullmatch(text.strip())
    symbols = _symbols(match.group(1), CASE_SYMBOLS) if match else None
    return f"{CASE_PREFIX}-{grouped(symbols)}" if symbols else None


def normalize_secret_code(text: str) -> str:
    """What to send for a typed secret code: the canonical form, or the text unchanged."""
    return canonical_secret_code(text) or text.strip()


def normalize_case_number(text: str) -> str:
    """What to send for a typed case number: the canonical form, or the text unchanged."""
    return canonical_case_number(text) or text.strip()
