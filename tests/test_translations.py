"""Every shipped language is complete, in sync with the code, and keeps its placeholders."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from .translation_files import (
    ROOT,
    SHIPPED,
    TRANSLATIONS,
    placeholders,
    read_ts,
    ts_path,
)

LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"


def test_at_least_the_twenty_languages_of_the_issue() -> None:
    required = {"de", "es", "fr", "it", "pt_BR", "nl", "pl", "uk", "ru", "tr", "ku",
                "ar", "fa", "ur", "hi", "bn", "ko", "ja", "zh_CN", "vi"}  # fmt: skip
    assert required <= set(SHIPPED)


@pytest.mark.parametrize("code", SHIPPED)
def test_every_message_is_translated_and_finished(code: str) -> None:
    messages = read_ts(ts_path(code))
    assert messages
    problems = [
        (m.context, m.source)
        for m in messages
        if m.status is not None or not all(form.strip() for form in m.forms)
    ]
    assert problems == []


@pytest.mark.parametrize("code", SHIPPED)
def test_placeholders_match_the_source(code: str) -> None:
    for message in read_ts(ts_path(code)):
        expected = placeholders(message.source)
        for form in message.forms:
            assert placeholders(form) == expected, (message.source, form)
        if message.numerus:
            assert all("%n" in form or "%Ln" in form for form in message.forms), message.source


@pytest.fixture(scope="module")
def current_sources(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """What pyside6-lupdate finds in the code right now."""
    if not LUPDATE.exists():
        pytest.skip("pyside6-lupdate is not installed")
    target = tmp_path_factory.mktemp("lupdate") / "takeitdown_client_de.ts"
    sources = sorted(str(p) for p in (ROOT / "takeitdown_client" / "gui").rglob("*.py"))
    subprocess.run(
        [str(LUPDATE), "-silent", "-locations", "none", *sources, "-ts", str(target)],
        check=True,
        capture_output=True,
    )
    return {(m.context, m.source) for m in read_ts(target)}


@pytest.mark.parametrize("code", SHIPPED)
def test_sources_are_in_sync_with_the_code(
    code: str, current_sources: set[tuple[str, str]]
) -> None:
    """Run scripts/update_translations.py when this fails: a string changed in the code."""
    shipped = {(m.context, m.source) for m in read_ts(ts_path(code))}
    assert sorted(current_sources - shipped) == []
    assert sorted(shipped - current_sources) == []


@pytest.mark.parametrize("code", SHIPPED)
def test_compiled_files_are_up_to_date(code: str, tmp_path: Path) -> None:
    if not LRELEASE.exists():
        pytest.skip("pyside6-lrelease is not installed")
    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        [str(LRELEASE), "-silent", str(ts_path(code)), "-qm", str(fresh)],
        check=True,
        capture_output=True,
    )
    shipped = TRANSLATIONS / f"takeitdown_client_{code}.qm"
    assert shipped.read_bytes() == fresh.read_bytes()
