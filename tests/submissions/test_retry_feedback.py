"""A closed port on this computer fails at once; other retries are reported as they happen."""

from __future__ import annotations

import socket
import time
from dataclasses import replace

import pytest

from takeitdown_client.core.payload import SubmissionPayload
from takeitdown_client.core.registry import (
    HttpOptions,
    RegistryError,
    RegistryErrorCode,
    TakeItDownClient,
    new_idempotency_key,
)

from .conftest import FAST
from .flaky_server import FORWARD, FlakyServer, Step


def closed_loopback_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_a_closed_loopback_port_fails_at_once_with_the_default_retries() -> None:
    heard: list[tuple[int, int]] = []
    options = HttpOptions(on_retry=lambda retry, allowed: heard.append((retry, allowed)))
    client = TakeItDownClient(f"http://127.0.0.1:{closed_loopback_port()}", options=options)
    started = time.monotonic()
    with pytest.raises(RegistryError) as caught:
        client.info()
    elapsed = time.monotonic() - started
    client.close()
    assert caught.value.code == RegistryErrorCode.CONNECTION_FAILED
    # The default backoff (4 retries: 1 + 2 + 4 s) took 7 s before; now no retry at all.
    assert heard == [] and elapsed < 1.5


def test_each_retry_is_reported_before_it_happens(
    flaky: FlakyServer, payload: SubmissionPayload
) -> None:
    busy = Step(status=503, body=b"{}")
    flaky.plan([busy, busy, FORWARD])
    heard: list[tuple[int, int]] = []
    options = replace(FAST, on_retry=lambda retry, allowed: heard.append((retry, allowed)))
    client = TakeItDownClient(flaky.url, options=options)
    receipt = client.submit(payload.to_bytes(), new_idempotency_key())
    client.close()
    assert receipt.case_id.startswith("TID-")
    assert heard == [(1, 4), (2, 4)]
    assert len(flaky.received) == 3
