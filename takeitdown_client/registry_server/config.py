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
    """

    name: str = DEFAULT_NAME
    categories: tuple[str, ...] = CATEGORIES
    limits: Limits = field(default_factory=Limits)
    privacy_url: str | None = None
    terms_url: str | None = None
    admin: bool = False
