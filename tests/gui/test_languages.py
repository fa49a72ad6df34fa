"""The shipped languages in the running app: loading, live switching, mirroring, fallback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWizard

from takeitdown_client.gui.screenshots import render_all
from takeitdown_client.gui.wizard import PageId

from ..translation_files import SHIPPED, lookup

RIGHT_TO_LEFT = {"ar", "fa", "ur"}


def _switch(wizard: Any, code: str) -> None:
    wizard.context.set_language(code)
    QCoreApplication.processEvents()


def _english_texts(wizard: Any) -> dict[PageId, tuple[str, str]]:
    _switch(wizard, "en")
    return {page_id: (page.title(), page.subTitle()) for page_id, page in wizard.pages.items()}


def _translation_of(table: dict[tuple[str, str], str], source: str) -> str:
    found = {text for (_context, english), text in table.items() if english == source}
    assert found, f"no translation for {source!r}"
    return found.pop()


@pytest.mark.parametrize("code", SHIPPED)
def test_each_language_loads_and_changes_the_welcome_title(wizard: Any, code: str) -> None:
    english = _english_texts(wizard)[PageId.WELCOME][0]
    _switch(wizard, code)
    title = wizard.pages[PageId.WELCOME].title()
    assert title != english
    assert title == _translation_of(lookup(code), english)


@pytest.mark.parametrize("code", ["de", "ar", "ja", "pt_BR"])
def test_switching_at_runtime_retranslates_every_page(wizard: Any, code: str) -> None:
    english = _english_texts(wizard)
    table = lookup(code)
    _switch(wizard, code)
    for page_id, page in wizard.pages.items():
        title, subtitle = english[page_id]
        assert page.title() == _translation_of(table, title), page_id
        if subtitle:
            assert page.subTitle() == _translation_of(table, subtitle), page_id
    # Qt's own buttons come from Qt's base translations.
    if code == "de":
        assert wizard.buttonText(QWizard.WizardButton.NextButton) != "&Next >"
    _switch(wizard, "en")
    assert [page.title() for page in wizard.pages.values()] == [
        english[page_id][0] for page_id in wizard.pages
    ]


@pytest.mark.parametrize("code", sorted(RIGHT_TO_LEFT))
def test_right_to_left_languages_mirror_the_layout(wizard: Any, code: str) -> None:
    _switch(wizard, code)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert wizard.layoutDirection() == Qt.LayoutDirection.RightToLeft
    _switch(wizard, "de")
    assert wizard.layoutDirection() == Qt.LayoutDirection.LeftToRight


@pytest.mark.parametrize(
    ("requested", "expected"),
    [("pt_BR", "pt_BR"), ("pt_PT", "pt_BR"), ("de_AT", "de"), ("xx_YY", "en")],
)
def test_locale_fallback_loads_the_right_translation(
    wizard: Any, requested: str, expected: str
) -> None:
    english = _english_texts(wizard)[PageId.WELCOME][0]
    assert wizard.context.languages.apply(requested) == expected
    QCoreApplication.processEvents()
    title = wizard.pages[PageId.WELCOME].title()
    if expected == "en":
        assert title == english
    else:
        assert title == _translation_of(lookup(expected), english)
    wizard.context.languages.apply("en")


@pytest.mark.parametrize(
    ("environment", "expected"), [("pt_PT.UTF-8", "pt_BR"), ("de_AT.UTF-8", "de"), ("C", "en")]
)
def test_start_up_follows_the_system_locale(environment: str, expected: str) -> None:
    code = (
        "from PySide6.QtCore import QCoreApplication\n"
        "app = QCoreApplication([])\n"
        "from takeitdown_client.gui.i18n import system_language\n"
        "print(system_language())\n"
    )
    env = {**os.environ, "LANG": environment, "LC_ALL": environment, "LANGUAGE": ""}
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == expected


def test_screenshots_render_every_page_in_every_language(qapp: Any, tmp_path: Path) -> None:
    for code in SHIPPED:
        shots = render_all(tmp_path / code, code)
        assert len(shots) >= 12, code


def test_help_lines_follow_the_language(wizard: Any) -> None:
    welcome = wizard.pages[PageId.WELCOME]
    _switch(wizard, "en")
    assert "If you are in danger now" in welcome.help_lines.text()
    _switch(wizard, "ar")
    text = welcome.help_lines.text()
    assert "إذا كنت في خطر الآن" in text
    assert "https://takeitdown.ncmec.org" in text
    _switch(wizard, "en")
