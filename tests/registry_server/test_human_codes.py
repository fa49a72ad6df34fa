"""Case numbers and secret codes people can copy from paper: issued, typed back, old ones kept."""

from __future__ import annotations

import hashlib
import math
import re
import secrets
from urllib.parse import quote

import pytest
import requests

from takeitdown_client.core import codes

from .helpers import bearer, make_payload, submit

GROUPED = re.compile(r"[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4})*")
NO_CASE = "No case matches this case number and secret code."


def typed_back(code: str) -> list[str]:
    """The ways a person copies a code from paper: lower case, no dashes, spaces, O/I/L."""
    lower = code.lower()
    return [
        lower,
        code.replace("-", ""),
        code.replace("-", " "),
        "  " + lower.replace("-", " - ") + "\n",
        code.replace("0", "O").replace("1", "I"),
        lower.replace("1", "l").replace("0", "o"),
    ]


def status(url: str, case_id: str, token: str) -> requests.Response:
    return requests.get(f"{url}/v1/submissions/{case_id}", headers=bearer(token), timeout=5)


def test_the_registry_issues_grouped_crockford_codes_of_the_old_strength(registry):
    receipt = submit(registry.url, make_payload(1)).json()
    case_id, token = receipt["case_id"], receipt["receipt_token"]
    assert case_id.startswith("TID-") and GROUPED.fullmatch(case_id[4:])
    assert GROUPED.fullmatch(token) and len(token.replace("-", "")) == 52
    # 52 symbols of 32 carry 260 bits; the old codes were 32 random bytes (256 bits).
    assert 52 * math.log2(len(codes.ALPHABET)) >= 256
    assert not set("ILOU") & set(token + case_id[4:])


def test_codes_typed_back_any_way_find_the_case(registry):
    receipt = submit(registry.url, make_payload(2)).json()
    case_id, token = receipt["case_id"], receipt["receipt_token"]
    for typed_case in [*typed_back(case_id)[:2], case_id.lower()]:
        for typed_token in typed_back(token):
            answer = status(registry.url, quote(typed_case), typed_token.strip())
            assert answer.status_code == 200, (typed_case, typed_token)
            assert answer.json()["case_id"] == case_id


def test_a_wrong_code_is_refused_in_plain_words(registry):
    receipt = submit(registry.url, make_payload(3)).json()
    token = receipt["receipt_token"]
    wrong = ("1" if token[0] != "1" else "2") + token[1:]
    answer = status(registry.url, receipt["case_id"], wrong)
    assert answer.status_code == 404
    assert answer.json()["error"] == {"code": "not_found", "message": NO_CASE}
    assert status(registry.url, receipt["case_id"], token.replace("-", "U")).status_code == 404


def test_receipts_from_before_the_change_are_still_accepted_exactly(registry):
    """A case opened by an earlier registry: a 43-character, case-sensitive token."""
    old_token = secrets.token_urlsafe(32)
    case_id = "TID-7K3M-Q9XW-2HRT-V5NP"
    with registry.store.write() as conn:
        conn.execute(
            "INSERT INTO cases (case_id, token_sha256, status, category, submitter, accepted,"
            " duplicates, created_at, updated_at, body) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (
                case_id,
                hashlib.sha256(old_token.encode("ascii")).digest(),
                "received",
                "minor",
                "self",
                1,
                0,
                "2026-01-01T00:00:00Z",
                "2026-01-01T00:00:00Z",
                b"{}",
            ),
        )
    assert status(registry.url, case_id, old_token).status_code == 200
    assert status(registry.url, case_id.lower(), old_token).status_code == 200
    changed = old_token.swapcase()
    if changed != old_token:  # old tokens were case-sensitive, and still are
        assert status(registry.url, case_id, changed).status_code == 404
    withdrawn = requests.delete(
        f"{registry.url}/v1/submissions/{case_id}", headers=bearer(old_token), timeout=5
    )
    assert withdrawn.json()["status"] == "withdrawn"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("tid-7k3m-q9xw-2hrt-v5np", "TID-7K3M-Q9XW-2HRT-V5NP"),
        ("TID 7K3M Q9XW 2HRT V5NP", "TID-7K3M-Q9XW-2HRT-V5NP"),
        ("tid7k3mq9xw2hrtv5np", "TID-7K3M-Q9XW-2HRT-V5NP"),
        ("TID-7K3M-Q9XW-2HRT-V5NO", "TID-7K3M-Q9XW-2HRT-V5N0"),
        ("TID\u20137K3M\u2013Q9XW\u20132HRT\u2013V5NP", "TID-7K3M-Q9XW-2HRT-V5NP"),
    ],
)
def test_case_numbers_are_read_the_way_people_type_them(typed: str, expected: str) -> None:
    assert codes.canonical_case_number(typed) == expected
    assert codes.normalize_case_number(typed) == expected


@pytest.mark.parametrize(
    "other", ["local-1234", "TID-7K3M-Q9XW-2HRT", "abcDEF-123_xyz", "TID-UUUU-Q9XW-2HRT-V5NP"]
)
def test_other_case_numbers_are_left_exactly_as_they_are(other: str) -> None:
    assert codes.canonical_case_number(other) is None
    assert codes.normalize_case_number(f" {other} ") == other


def test_secret_codes_round_trip_and_old_ones_are_kept() -> None:
    for _ in range(50):
        code = codes.new_secret_code()
        assert GROUPED.fullmatch(code) and len(code) == 52 + 12
        for typed in typed_back(code):
            assert codes.normalize_secret_code(typed) == code
    old = secrets.token_urlsafe(32)
    assert codes.canonical_secret_code(old) is None
    assert codes.normalize_secret_code(old + " ") == old
