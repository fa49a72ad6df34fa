"""Our registry API client against the reference registry and a misbehaving server."""

from __future__ import annotations

import json
import time

import pytest

from takeitdown_client.core.payload import SubmissionPayload
from takeitdown_client.core.registry import (
    RegistryError,
    RegistryErrorCode,
    TakeItDownClient,
    new_idempotency_key,
)
from takeitdown_client.registry_server import RunningServer

from .conftest import FAST
from .flaky_server import FORWARD, FlakyServer, Step


def cases(registry: RunningServer) -> int:
    return registry.store.counts()["cases"]


def test_server_receives_exactly_the_canonical_bytes(
    registry: RunningServer, flaky: FlakyServer, payload: SubmissionPayload
) -> None:
    client = TakeItDownClient(flaky.url, name="Test", options=FAST)
    key = new_idempotency_key()
    receipt = client.submit(payload.to_bytes(), key)
    [post] = flaky.requests_to("/v1/submissions")
    assert post.body == payload.to_bytes()
    assert post.headers["Content-Type"] == "application/json"
    assert post.headers["Idempotency-Key"] == key
    assert registry.store.raw_body(receipt.case_id) == payload.to_bytes()
    assert receipt.accepted == len(payload.items)
    assert receipt.registry_url == flaky.url and receipt.kind == "takeitdown"


def test_status_and_withdraw_round_trip(
    registry: RunningServer, payload: SubmissionPayload
) -> None:
    client = TakeItDownClient(registry.url, options=FAST)
    receipt = client.submit(payload.to_bytes(), new_idempotency_key())
    assert client.status(receipt).status == "received"
    assert client.withdraw(receipt).status == "withdrawn"
    assert client.status(receipt).status == "withdrawn"
    info = client.test_connection()
    assert "minor" in info.categories and info.limits["max_items"] > 0


def test_wrong_token_is_not_found(registry: RunningServer, payload: SubmissionPayload) -> None:
    from dataclasses import replace

    client = TakeItDownClient(registry.url, options=FAST)
    receipt = client.submit(payload.to_bytes(), new_idempotency_key())
    with pytest.raises(RegistryError) as caught:
        client.status(replace(receipt, token="x" * 43))
    assert caught.value.code == RegistryErrorCode.NOT_FOUND


def test_same_key_different_body_is_a_conflict(
    registry: RunningServer, payload: SubmissionPayload
) -> None:
    from takeitdown_client.core.payload import build_payload

    from .conftest import sample_fingerprints

    client = TakeItDownClient(registry.url, options=FAST)
    key = new_idempotency_key()
    first = client.submit(payload.to_bytes(), key)
    again = client.submit(payload.to_bytes(), key)
    assert again.case_id == first.case_id
    other = build_payload(sample_fingerprints(seed=2), "adult", "counselor")
    with pytest.raises(RegistryError) as caught:
        client.submit(other.to_bytes(), key)
    assert caught.value.code == RegistryErrorCode.CONFLICT
    assert caught.value.status == 409
    assert cases(registry) == 1


RETRY_PLANS = {
    "reset after the case was made": [Step(forward=True, action="reset")] * 2,
    "closed after the case was made": [Step(forward=True, action="close")],
    "cut off mid-answer": [Step(forward=True, action="truncate")] * 2,
    "500": [Step(status=500, body=b'{"error":{"code":"internal","message":"x"}}')],
    "503": [Step(status=503, body=b"down", content_type="text/plain")] * 2,
    "429 with Retry-After": [Step(status=429, headers={"Retry-After": "1"}, body=b"{}")],
    "timeout after the case was made": [Step(forward=True, delay=1.2)],
    "everything": [
        Step(forward=True, action="reset"),
        Step(status=502, body=b""),
        Step(forward=True, delay=1.2),
        Step(status=429, headers={"Retry-After": "0"}, body=b"{}"),
    ],
}


@pytest.mark.parametrize("plan", RETRY_PLANS, ids=list(RETRY_PLANS))
def test_retries_give_exactly_one_case(
    plan: str, registry: RunningServer, flaky: FlakyServer, payload: SubmissionPayload
) -> None:
    steps = RETRY_PLANS[plan]
    flaky.plan([*steps, FORWARD])
    client = TakeItDownClient(flaky.url, options=FAST)
    key = new_idempotency_key()
    started = time.monotonic()
    receipt = client.submit(payload.to_bytes(), key)
    elapsed = time.monotonic() - started
    posts = flaky.requests_to("/v1/submissions")
    assert len(posts) == len(steps) + 1
    assert {p.headers["Idempotency-Key"] for p in posts} == {key}
    assert {p.body for p in posts} == {payload.to_bytes()}
    assert cases(registry) == 1
    assert registry.store.raw_bodies() == {receipt.case_id: payload.to_bytes()}
    if plan == "429 with Retry-After":
        assert elapsed >= 0.9  # it waited as asked


def test_retry_after_is_capped(bare_flaky: FlakyServer, payload: SubmissionPayload) -> None:
    bare_flaky.plan([Step(status=429, headers={"Retry-After": "3600"}, body=b"{}")] * 2)
    options = FAST.__class__(**{**FAST.__dict__, "retries": 1, "retry_after_max": 1})
    client = TakeItDownClient(bare_flaky.url, options=options)
    started = time.monotonic()
    with pytest.raises(RegistryError) as caught:
        client.submit(payload.to_bytes(), new_idempotency_key())
    assert caught.value.code == RegistryErrorCode.RATE_LIMITED
    assert time.monotonic() - started < 5


EXHAUSTED = {
    "reset": (Step(action="reset"), RegistryErrorCode.CONNECTION_FAILED),
    "timeout": (Step(delay=1.0), RegistryErrorCode.TIMEOUT),
    "503": (Step(status=503, body=b"{}"), RegistryErrorCode.SERVER_ERROR),
    "429": (Step(status=429, body=b"{}"), RegistryErrorCode.RATE_LIMITED),
}


@pytest.mark.parametrize("kind", EXHAUSTED, ids=list(EXHAUSTED))
def test_retries_give_up_with_a_clear_error(kind: str, payload: SubmissionPayload) -> None:
    step, code = EXHAUSTED[kind]
    server = FlakyServer(default=step)
    options = FAST.__class__(**{**FAST.__dict__, "retries": 2})
    try:
        client = TakeItDownClient(server.url, options=options)
        with pytest.raises(RegistryError) as caught:
            client.submit(payload.to_bytes(), new_idempotency_key())
        assert caught.value.code == code
        assert len(server.received) == 3  # the first try and two retries
    finally:
        server.stop()


def test_nothing_listening_is_connection_failed(payload: SubmissionPayload) -> None:
    server = FlakyServer()
    url = server.url
    server.stop()
    options = FAST.__class__(**{**FAST.__dict__, "retries": 1})
    with pytest.raises(RegistryError) as caught:
        TakeItDownClient(url, options=options).submit(payload.to_bytes(), new_idempotency_key())
    assert caught.value.code == RegistryErrorCode.CONNECTION_FAILED


BAD_ANSWERS = {
    "html page": (
        Step(
            status=200,
            body=b"<html><body>Sign in to the Wi-Fi</body></html>",
            content_type="text/html",
        ),
        RegistryErrorCode.MALFORMED_RESPONSE,
    ),
    "malformed json": (
        Step(status=201, body=b'{"case_id": "A'),
        RegistryErrorCode.MALFORMED_RESPONSE,
    ),
    "json as text/plain": (
        Step(status=201, body=b'{"case_id": "A"}', content_type="text/plain"),
        RegistryErrorCode.MALFORMED_RESPONSE,
    ),
    "wrong shape": (Step(status=201, body=b'["case"]'), RegistryErrorCode.MALFORMED_RESPONSE),
    "missing token": (
        Step(status=201, body=b'{"case_id": "TID-1", "accepted": 1, "duplicates": 0}'),
        RegistryErrorCode.MALFORMED_RESPONSE,
    ),
    "NaN count": (
        Step(
            status=201, body=b'{"case_id": "TID-1", "receipt_token": "abcdefghij", "accepted": NaN}'
        ),
        RegistryErrorCode.MALFORMED_RESPONSE,
    ),
    "oversized with length": (
        Step(status=201, body=b'{"pad": "' + b"x" * (2 * 1024 * 1024) + b'"}'),
        RegistryErrorCode.RESPONSE_TOO_LARGE,
    ),
    "oversized without length": (
        Step(status=201, body=b'{"pad": "' + b"x" * (2 * 1024 * 1024) + b'"}', chunked=True),
        RegistryErrorCode.RESPONSE_TOO_LARGE,
    ),
    "redirect": (
        Step(status=307, headers={"Location": "http://example.org/"}, body=b""),
        RegistryErrorCode.HTTP_ERROR,
    ),
    "400 with a code": (
        Step(
            status=400, body=b'{"error": {"code": "invalid_payload", "message": "items[0]: bad"}}'
        ),
        RegistryErrorCode.REJECTED,
    ),
    "401": (Step(status=401, body=b"{}"), RegistryErrorCode.UNAUTHORIZED),
}


@pytest.mark.parametrize("kind", BAD_ANSWERS, ids=list(BAD_ANSWERS))
def test_bad_answers_give_clear_errors(
    kind: str, bare_flaky: FlakyServer, payload: SubmissionPayload
) -> None:
    step, code = BAD_ANSWERS[kind]
    bare_flaky.plan([step])
    client = TakeItDownClient(bare_flaky.url, options=FAST)
    with pytest.raises(RegistryError) as caught:
        client.submit(payload.to_bytes(), new_idempotency_key())
    assert caught.value.code == code
    assert caught.value.message  # plain text for a person
    assert len(bare_flaky.received) == 1  # none of these is retried


def test_server_text_is_sanitized(bare_flaky: FlakyServer, payload: SubmissionPayload) -> None:
    evil = "\u202eevil\x1b[31m red\x00" + "y" * 5000
    body = json.dumps({"error": {"code": "bad\n", "message": evil}}).encode()
    bare_flaky.plan([Step(status=422, body=body)])
    client = TakeItDownClient(bare_flaky.url, options=FAST)
    with pytest.raises(RegistryError) as caught:
        client.submit(payload.to_bytes(), new_idempotency_key())
    error = caught.value
    assert error.code == RegistryErrorCode.REJECTED
    for text in (error.message, error.server_message or "", error.server_code or ""):
        assert not any(ord(c) < 32 or c in "\u202e\x7f" for c in text)
        assert len(text) < 700
    assert "evil" in (error.server_message or "")


def test_non_canonical_bytes_are_refused_before_sending(
    bare_flaky: FlakyServer, payload: SubmissionPayload
) -> None:
    client = TakeItDownClient(bare_flaky.url, options=FAST)
    compact = payload.to_bytes().replace(b"\n", b"").replace(b"  ", b"")
    for body in (compact, payload.to_bytes()[:-1], b'{"hello": "world"}'):
        with pytest.raises(RegistryError) as caught:
            client.submit(body, new_idempotency_key())
        assert caught.value.code == RegistryErrorCode.INVALID_PAYLOAD
    assert bare_flaky.received == []
