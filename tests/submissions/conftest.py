"""Fixtures for the submissions tests: real servers on 127.0.0.1 and sample payloads."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest

from takeitdown_client.core.fingerprints import ImageFingerprint, VideoFingerprint, VpdqFrame
from takeitdown_client.core.payload import SubmissionPayload, build_payload
from takeitdown_client.core.pdq import DIHEDRAL_NAMES
from takeitdown_client.core.registry import HttpOptions
from takeitdown_client.registry_server import RunningServer, start_in_thread

from .flaky_server import FlakyServer

# Short timeouts and near-zero backoff keep failure tests fast; the behaviour is the same.
FAST = HttpOptions(
    connect_timeout=2.0,
    read_timeout=0.6,
    retries=4,
    backoff_factor=0.01,
    backoff_max=0.05,
    retry_after_max=1,
)
BANK = "TEST_BANK"


def random_hex(rng: random.Random, length: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(length))


def sample_fingerprints(seed: int = 1) -> list[ImageFingerprint | VideoFingerprint]:
    rng = random.Random(seed)

    def h(n: int) -> str:
        return random_hex(rng, n)

    image = ImageFingerprint(h(32), h(64), h(64), 95, {n: h(64) for n in DIHEDRAL_NAMES}, h(16))
    flat = ImageFingerprint(h(32), h(64), h(64), 0, {n: h(64) for n in DIHEDRAL_NAMES}, h(16))
    video = VideoFingerprint(
        h(32), h(64), 1.0, tuple(VpdqFrame(i, 100, h(64), float(i)) for i in range(4))
    )
    return [image, flat, video]


@pytest.fixture
def payload() -> SubmissionPayload:
    return build_payload(sample_fingerprints(), "minor", "self")


@pytest.fixture
def registry() -> Iterator[RunningServer]:
    server = start_in_thread(hma_banks=(BANK,))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def flaky(registry: RunningServer) -> Iterator[FlakyServer]:
    server = FlakyServer(upstream=registry.url)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def bare_flaky() -> Iterator[FlakyServer]:
    server = FlakyServer()
    try:
        yield server
    finally:
        server.stop()
