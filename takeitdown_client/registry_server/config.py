"""Settings of one reference registry instance."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..core.payload import CATEGORIES
from .validation import Limits

DEFAULT_NAME = "Take It Down reference registry"


@dataclass(frozen=True)
class RegistryConfig:
    """What a registry instance publishes and accepts.

    ``admin`` turns on ``GET /_admin/submissions`` (raw stored bodies) for tests and
    demos. It is off by default and changes nothing else.
    ``privacy_url`` / ``terms_url`` default to this server's own ``/privacy`` and ``/terms``.
    ``hma_signal_types`` are the signal types the HMA subset has installed (HMA's
    ``SIGNAL_TYPES`` setting: vpdq is an extension a deployment may leave out).
    ``hma_token``, when set, makes the HMA subset answer 401 to any request without
    ``Authorization: Bearer <hma_token>``, as the authenticating proxy in front of a
    real HMA does (HMA itself has no tokens).
    """

    name: str = DEFAULT_NAME
    categories: tuple[str, ...] = CATEGORIES
    limits: Limits = field(default_factory=Limits)
    privacy_url: str | None = None
    terms_url: str | None = None
    admin: bool = False
    hma_signal_types: tuple[str, ...] = ("pdq", "video_md5", "vpdq")
    hma_token: str | None = None
