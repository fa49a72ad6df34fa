"""Languages (fallback, right-to-left, live retranslation) and the error-message table."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, Qt
from PySide6.QtWidgets import QApplication

from takeitdown_client.core.errors import ErrorCode, MediaError
from takeitdown_client.core.payload import PayloadError, PayloadErrorCode
from takeitdown_client.core.receipts import ReceiptError, ReceiptErrorCode
from takeitdown_client.core.registry.errors import RegistryError, RegistryErrorCode
from takeitdown_client.gui import messages
from takeitdown_client.gui.i18n import LanguageManager, locale_chain, resolve
from takeitdown_client.gui.wizard import PageId


@pytest.mark.parametrize(
    ("requested", "expected"),
    [
        ("pt_BR", "pt_BR"),
        ("pt-BR.UTF-8", "pt_BR"),
        ("pt_PT", "pt_BR"),
        ("de_AT", "de"),
        ("ar_EG", "ar"),
        ("zh_TW", "en"),
        ("xx_YY", "en"),
        ("", "en"),
    ],
)
def test_locale_fallback(requested: str, expected: str) -> None:
    assert resolve(requested) == expected


def test_locale_chain() -> None:
    assert locale_chain("pt_BR") == ["pt_BR", "pt"]
    assert locale_chain("de") == ["de"]


def test_arabic_mirrors_the_wizard(wizard: Any) -> None:
    wizard.context.set_language("ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert wizard.layoutDirection() == Qt.LayoutDirection.RightToLeft
    wizard.context.set_language("en")
    assert wizard.layoutDirection() == Qt.LayoutDirection.LeftToRight


def _compile(tmp_path: Path, language: str, source: str, translation: str) -> Path:
    ts = tmp_path / f"takeitdown_client_{language}.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="{language}"><context><name>WelcomePage</name>'
        f"<message><source>{source}</source><translation>{translation}</translation></message>"
        "</context></TS>\n",
        encoding="utf-8",
    )
    lrelease = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.BinariesPath)) / "lrelease"
    if not lrelease.exists():
        lrelease = Path(__import__("PySide6").__file__).parent / "lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts)], check=True)
    return tmp_path


def test_switching_language_retranslates_at_once(wizard: Any, tmp_path: Path) -> None:
    folder = _compile(tmp_path, "de", "Stop your pictures from spreading", "Stoppe die Verbreitung")
    manager = LanguageManager(folder)
    wizard.context.languages = manager
    welcome = wizard.pages[PageId.WELCOME]
    wizard.context.set_language("de")
    QCoreApplication.processEvents()
    assert welcome.title() == "Stoppe die Verbreitung"
    wizard.context.set_language("en")
    QCoreApplication.processEvents()
    assert welcome.title() == "Stop your pictures from spreading"


def test_every_core_error_code_has_its_own_message() -> None:
    fallback = messages.fallback_message()
    for code in ErrorCode:
        assert messages.error_message(MediaError("x", code)) != fallback, code
    for code in RegistryErrorCode:
        assert messages.error_message(RegistryError("x", code)) != fallback, code
    for code in PayloadErrorCode:
        assert messages.error_message(PayloadError("x", code)) != fallback, code
    for code in ReceiptErrorCode:
        assert messages.error_message(ReceiptError("x", code)) != fallback, code
    # The same code string means different things for files and registries.
    file_gone = messages.error_message(MediaError("x", ErrorCode.NOT_FOUND))
    case_gone = messages.error_message(RegistryError("x", RegistryErrorCode.NOT_FOUND))
    assert file_gone != case_gone


def test_messages_never_repeat_the_english_core_text_with_details() -> None:
    error = RegistryError("secret detail /home/x", RegistryErrorCode.SERVER_ERROR)
    assert "/home/x" not in messages.error_message(error)
