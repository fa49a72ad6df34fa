"""Registry clients: our API (``kind="takeitdown"``) and HMA's bank API (``kind="hma"``).

``client_for(profile, token)`` picks the client for a profile. Every failure is
a ``RegistryError`` whose ``code`` is a ``RegistryErrorCode``.
"""

from __future__ import annotations

from ..settings import RegistryProfile
from .api import TakeItDownClient
from .base import CaseStatus, RegistryClient, RegistryInfo, new_idempotency_key
from .errors import RegistryError, RegistryErrorCode, registry_error
from .hma import HmaClient, HmaSubmitError
from .http import HttpOptions

__all__ = [
    "CaseStatus",
    "HmaClient",
    "HmaSubmitError",
    "HttpOptions",
    "RegistryClient",
    "RegistryError",
    "RegistryErrorCode",
    "RegistryInfo",
    "TakeItDownClient",
    "client_for",
    "new_idempotency_key",
]


def client_for(
    profile: RegistryProfile,
    token: str | None = None,
    options: HttpOptions | None = None,
) -> RegistryClient:
    """The client for ``profile``. Raises RegistryError (for example ``insecure_url``)
    before any connection is made."""
    if profile.kind == "takeitdown":
        return TakeItDownClient(
            profile.base_url,
            name=profile.name,
            ca_bundle=profile.ca_bundle,
            token=token,
            options=options,
        )
    if profile.kind == "hma":
        return HmaClient(
            profile.base_url,
            bank=profile.bank or "",
            name=profile.name,
            ca_bundle=profile.ca_bundle,
            token=token,
            options=options,
        )
    raise registry_error(RegistryErrorCode.NOT_SUPPORTED, detail="Unknown kind of registry.")
