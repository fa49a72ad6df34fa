"""What the pages share: settings, registries, the session and the app's services.

The demo registry's profile lives here for the session only and is never
saved. Nothing in this module writes to disk except ``update_settings`` (when
the person presses OK in Settings), ``outbox().add`` (when they ask to send
later) and ``export_payload`` (when they pick a file).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from ..core.settings import (
    DEMO_PROFILE_NAME,
    RegistryProfile,
    Settings,
    data_dir,
    demo_profile,
    save_settings,
)
from ..core.tokens import get_token
from . import filedialogs
from .i18n import LanguageManager
from .session import Session
from .text import dated_file_name, fmt, plain
from .theme import apply_theme

if TYPE_CHECKING:
    from ..core.outbox import Outbox
    from ..core.registry import HttpOptions, RegistryClient
    from .wizard import MainWizard

log = logging.getLogger(__name__)


class AppContext(QObject):
    settings_changed = Signal()
    outbox_changed = Signal()
    outbox_sent = Signal(str, object)  # the entry's Idempotency-Key, and its receipt

    def __init__(
        self,
        settings: Settings,
        languages: LanguageManager,
        settings_warning: str | None = None,
        demo_url: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.settings_warning = settings_warning
        self.languages = languages
        self.session = Session()
        self.demo = demo_profile(demo_url) if demo_url else None
        self.session_language: str | None = None  # chosen on the Welcome page, not saved
        self.wizard: MainWizard | None = None  # set by the wizard
        self.hash_jobs: int | None = None  # None: all cores
        # None: the registry clients' defaults (timeouts, retries with backoff).
        self.http_options: HttpOptions | None = None

    # ---------------------------------------------------------------- settings

    def counselor_mode(self) -> bool:
        return bool(self.settings.counselor_mode)

    def previews_allowed(self) -> bool:
        return bool(self.settings.blurred_previews)

    def include_dihedral(self) -> bool:
        return bool(self.settings.send_dihedral)

    def include_reframes(self) -> bool:
        return bool(self.settings.send_reframes)

    def help_lines(self) -> str:
        lines = []
        for line in self.settings.help_lines:
            name, contact = line.in_language(self.languages.current)
            lines.append(fmt(self.tr("%1: %2"), plain(name, 200), plain(contact, 300)))
            if line.url:
                lines.append(plain(line.url, 300))
        return "\n".join(lines)

    def language_setting(self) -> str:
        if self.session_language is not None:
            return self.session_language
        return self.settings.language or ""

    def set_language(self, code: str) -> None:
        """Switch the language now, for this session (Settings makes it stick)."""
        self.session_language = code
        self.languages.apply(code)

    def update_settings(self, settings: Settings) -> bool:
        """Use and save new settings. Returns False (and keeps them in use) if saving failed."""
        self.settings = settings
        self.session_language = None
        self.languages.apply(settings.language or "")
        apply_theme(settings.theme)
        saved = True
        try:
            save_settings(settings)
        except OSError:
            log.warning("the settings could not be saved")
            saved = False
        self.settings_changed.emit()
        return saved

    # -------------------------------------------------------------- registries

    def profiles(self, category: str | None = None) -> list[RegistryProfile]:
        """Registries to offer (those that take ``category``, if given), the demo one first."""
        profiles = [p for p in self.settings.profiles if p.accepts(category)]
        if self.demo is not None:
            profiles.insert(0, self.demo)
        active = self.settings.active_profile
        profiles.sort(key=lambda p: 0 if p is self.demo else (1 if p.name == active else 2))
        return profiles

    def profile(self, name: str | None) -> RegistryProfile | None:
        return next((p for p in self.profiles() if p.name == name), None)

    def profile_label(self, profile: RegistryProfile) -> str:
        return self.registry_label(profile.name)

    def registry_label(self, name: str) -> str:
        """A registry's name for people: the demo's in their language, others as set up."""
        if name == DEMO_PROFILE_NAME:
            return self.tr("Demo registry (this computer)")
        return plain(name, 200)

    def client(
        self,
        profile: RegistryProfile,
        on_retry: Callable[[int, int], None] | None = None,
        token: str | None = None,
    ) -> RegistryClient:
        """A client for ``profile`` (its saved token, unless ``token`` is given); ``on_retry``
        hears of each retry, on the worker thread."""
        from ..core.registry import HttpOptions, client_for  # requests loads lazily

        if token is None and profile.has_token:
            token = get_token(profile.name)
        options = self.http_options
        if on_retry is not None:
            options = replace(options or HttpOptions(), on_retry=on_retry)
        return client_for(profile, token, options)

    def outbox(self) -> Outbox:
        from ..core.outbox import Outbox

        return Outbox(data_dir())

    # ----------------------------------------------------------------- actions

    def open_settings(self) -> None:
        if self.wizard is not None:
            self.wizard.open_settings()

    def set_start_over_visible(self, visible: bool) -> None:
        if self.wizard is not None:
            self.wizard.set_start_over_visible(visible)

    def export_payload(self, parent: QWidget, payload_bytes: bytes | None) -> bool:
        """Save the exact payload bytes to a file the person picks. False if they chose none;
        raises OSError if it could not be written."""
        if not payload_bytes:
            return False
        path = filedialogs.save_file(
            parent,
            QCoreApplication.translate("AppContext", "Export the fingerprints file"),
            dated_file_name("submission"),
            QCoreApplication.translate("AppContext", "Fingerprint files (*.json)"),
        )
        if not path:
            return False
        from ..core.exports import write_export

        write_export(Path(path), payload_bytes)
        return True

    def forget_clipboard(self) -> None:
        """Empty the clipboard if it still holds what we put there."""
        copied = self.session.copied_text
        clipboard = QGuiApplication.clipboard()
        if copied and clipboard is not None and clipboard.text() == copied:
            clipboard.clear()
