"""Registry clients are context managers: the HTTP session is closed however the block ends."""

from __future__ import annotations

from dataclasses import replace

import pytest

from takeitdown_client.core.registry import RegistryClient, RegistryError, client_for
from takeitdown_client.core.settings import RegistryProfile
from takeitdown_client.registry_server import RunningServer

from .test_exports_receipts import RECEIPT

UNKNOWN_CASE = replace(RECEIPT, case_id="TID-NO-SUCH-CASE")


def _watch_close(client: RegistryClient) -> list[bool]:
    """Record when the client's HTTP session is closed (it is still really closed)."""
    closed: list[bool] = []
    http = client.http  # type: ignore[attr-defined]
    real_close = http.close

    def close() -> None:
        closed.append(True)
        real_close()

    http.close = close
    return closed


@pytest.mark.parametrize("kind", ["takeitdown", "hma"])
def test_with_closes_the_session_after_use_and_after_an_error(
    registry: RunningServer, kind: str
) -> None:
    profile = RegistryProfile(name="t", kind=kind, base_url=registry.url, bank="TEST_BANK")
    with client_for(profile) as client:
        closed = _watch_close(client)
        assert client.info().name
        assert closed == []
    assert closed == [True]

    with pytest.raises(RegistryError), client_for(profile) as failing:
        closed = _watch_close(failing)
        failing.status(UNKNOWN_CASE)  # unknown here, or not available from HMA
    assert closed == [True]
