"""Read the shipped Qt Linguist sources (shared by the translation tests)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from takeitdown_client.gui.i18n import LANGUAGES, SOURCE_LANGUAGE

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "translations"
SHIPPED = [code for code, _name in LANGUAGES if code != SOURCE_LANGUAGE]
PLACEHOLDER = re.compile(r"%L?n|%\d+|\{[A-Za-z_][A-Za-z0-9_]*\}")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    forms: tuple[str, ...]  # one entry, or one per plural form
    status: str | None  # the translation's "type" attribute: unfinished, obsolete, ...
    numerus: bool


def ts_path(code: str) -> Path:
    return TRANSLATIONS / f"takeitdown_client_{code}.ts"


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    forms=forms,
                    status=translation.get("type"),
                    numerus=numerus,
                )
            )
    return messages


def placeholders(text: str) -> list[str]:
    return sorted(match.replace("%Ln", "%n") for match in PLACEHOLDER.findall(text))


def lookup(code: str) -> dict[tuple[str, str], str]:
    """(context, English source) -> translation (first plural form)."""
    return {(m.context, m.source): m.forms[0] for m in read_ts(ts_path(code))}
