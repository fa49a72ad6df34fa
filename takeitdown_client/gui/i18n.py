"""Languages: Qt translators, locale fallback and right-to-left layouts.

``LanguageManager.apply(code)`` swaps the app's and Qt's own translators at
run time. Installing or removing a translator makes Qt send a LanguageChange
event to every widget; each page then calls its ``retranslate_ui()``. The
``.qm`` files are looked up in ``takeitdown_client.resources.translations_dir()``
as ``takeitdown_client_<locale>.qm``; Qt's ``qtbase_<lang>.qm`` come from the
PySide6 wheel.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from ..resources import translations_dir

SOURCE_LANGUAGE = "en"
SYSTEM = ""  # the settings value that means "follow the system"
TRANSLATION_PREFIX = "takeitdown_client_"

# Shown in each language's own name, so anyone can find theirs.
LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("ar", "العربية"),
    ("bn", "বাংলা"),
    ("de", "Deutsch"),
    ("es", "Español"),
    ("fa", "فارسی"),
    ("fr", "Français"),
    ("hi", "हिन्दी"),
    ("it", "Italiano"),
    ("ja", "日本語"),
    ("ko", "한국어"),
    ("ku", "Kurdî"),
    ("nl", "Nederlands"),
    ("pl", "Polski"),
    ("pt_BR", "Português (Brasil)"),
    ("ru", "Русский"),
    ("tr", "Türkçe"),
    ("uk", "Українська"),
    ("ur", "اردو"),
    ("vi", "Tiếng Việt"),
    ("zh_CN", "简体中文"),
)
SUPPORTED = frozenset(code for code, _ in LANGUAGES)
RIGHT_TO_LEFT = frozenset({"ar", "fa", "ur", "he", "ps", "sd", "ug", "yi", "ckb", "dv"})
# Han characters are drawn differently in Japanese, Chinese and Korean. Left
# alone, the font matcher may take them from a Korean font for Japanese text
# (or mix fonts within a line), so name the right family for each.
SCRIPT_FONTS: dict[str, tuple[str, ...]] = {
    "ja": ("Noto Sans CJK JP", "Source Han Sans JP", "Yu Gothic UI", "Meiryo UI", "Hiragino Sans"),
    "zh_CN": ("Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei UI", "PingFang SC"),
    "ko": ("Noto Sans CJK KR", "Source Han Sans KR", "Malgun Gothic", "Apple SD Gothic Neo",
           "NanumGothic"),
}  # fmt: skip
# Languages where a sibling locale is a fair stand-in (pt_PT -> pt_BR), but
# not Chinese, where the scripts differ.
_NO_SIBLING_FALLBACK = frozenset({"zh"})


def normalize(code: str) -> str:
    """'pt-br.UTF-8@euro' -> 'pt_BR'."""
    base = code.split(".", 1)[0].split("@", 1)[0].replace("-", "_").strip()
    parts = base.split("_")
    if not parts or not parts[0]:
        return ""
    language = parts[0].lower()
    if len(parts) == 1:
        return language
    return f"{language}_{parts[-1].upper() if len(parts[-1]) == 2 else parts[-1]}"


def locale_chain(code: str) -> list[str]:
    """Candidates from most to least specific: 'pt_BR' -> ['pt_BR', 'pt']."""
    name = normalize(code)
    chain: list[str] = []
    parts = name.split("_")
    for size in range(len(parts), 0, -1):
        candidate = "_".join(parts[:size])
        if candidate and candidate not in chain:
            chain.append(candidate)
    return chain


def resolve(code: str, supported: frozenset[str] = SUPPORTED) -> str:
    """The supported language to use for ``code``, falling back to English."""
    chain = locale_chain(code)
    for candidate in chain:
        if candidate in supported:
            return candidate
    if chain:
        language = chain[-1]
        if language not in _NO_SIBLING_FALLBACK:
            for candidate in sorted(supported):
                if candidate.split("_")[0] == language:
                    return candidate
    return SOURCE_LANGUAGE


def is_right_to_left(code: str) -> bool:
    return normalize(code).split("_")[0] in RIGHT_TO_LEFT


def system_language() -> str:
    """The first of the system's UI languages we support, else English."""
    for name in QLocale.system().uiLanguages():
        resolved = resolve(name)
        if resolved != SOURCE_LANGUAGE or normalize(name).startswith(SOURCE_LANGUAGE):
            return resolved
    return SOURCE_LANGUAGE


# The translators are the application's, not one manager's: whoever switches
# the language removes every translator installed before.
_INSTALLED: list[QTranslator] = []


class LanguageManager:
    """Owns the installed translators and the layout direction."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or translations_dir()
        self.current = SOURCE_LANGUAGE
        self._system_font: QFont | None = None

    def apply(self, requested: str = SYSTEM) -> str:
        """Switch the whole UI to ``requested`` ("" = system). Returns the language used."""
        language = system_language() if not requested else resolve(requested)
        app = QCoreApplication.instance()
        # Set first: installing a translator retranslates every page at once.
        self.current = language
        changed = bool(_INSTALLED)
        for old in _INSTALLED:
            QCoreApplication.removeTranslator(old)
        _INSTALLED.clear()
        for translator in (self._app_translator(language), self._qt_translator(language)):
            if translator is not None and QCoreApplication.installTranslator(translator):
                _INSTALLED.append(translator)
                changed = True
        QLocale.setDefault(QLocale(language))
        if isinstance(app, QGuiApplication):
            direction = (
                Qt.LayoutDirection.RightToLeft
                if is_right_to_left(language)
                else Qt.LayoutDirection.LeftToRight
            )
            app.setLayoutDirection(direction)
            self._apply_script_font(language)
        if not changed and app is not None:
            # No translator came or went (no .qm for either language), but pages
            # still refresh locale-dependent text such as numbers.
            QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
        return language

    def _apply_script_font(self, language: str) -> None:
        """Prefer the right CJK family for the language; leave every other font alone."""
        installed = set(QFontDatabase.families())
        wanted = [name for name in SCRIPT_FONTS.get(language, ()) if name in installed]
        if not wanted and self._system_font is None:
            return  # never touched: keep following the system font
        if self._system_font is None:
            self._system_font = QFont(QGuiApplication.font())
        font = QFont(self._system_font)
        if wanted:
            # The UI font stays first for Latin text; Han glyphs come from ``wanted``.
            font.setFamilies([*self._system_font.families(), *wanted])
        QGuiApplication.setFont(font)

    def _app_translator(self, language: str) -> QTranslator | None:
        # Exact file names only: QTranslator.load(name, dir) would also try
        # shortened names and could pick an unrelated file.
        for candidate in locale_chain(language):
            path = self.folder / f"{TRANSLATION_PREFIX}{candidate}.qm"
            translator = QTranslator()
            if path.is_file() and translator.load(str(path)):
                return translator
        return None

    def _qt_translator(self, language: str) -> QTranslator | None:
        if language == SOURCE_LANGUAGE:
            return None
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        translator = QTranslator()
        if translator.load(QLocale(language), "qtbase", "_", folder):
            return translator
        return None
