"""The reference registry: our API v1 plus HMA's bank subset, on SQLite, under waitress.

Start one in-process with :func:`start_in_thread`; see ``docs/registry-server.md``.
"""

from .app import RegistryApp
from .config import RegistryConfig
from .serve import DEMO_BANK, RunningServer, start_demo_registry, start_in_thread
from .validation import Limits

__all__ = [
    "DEMO_BANK",
    "Limits",
    "RegistryApp",
    "RegistryConfig",
    "RunningServer",
    "start_demo_registry",
    "start_in_thread",
]
