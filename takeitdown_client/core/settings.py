"""Settings: JSON under platformdirs, defaults merged in, never a crash.

Layers, lowest first: built-in defaults < a system-wide file that help-centre
administrators provide (``takeitdown-client.json`` next to the executable, or
in the platform's site config dir, or the file named by
``TAKEITDOWN_SYSTEM_CONFIG``) < the person's own file. Saving writes only what
differs from the layers below, so an administrator's later changes still reach
everyone who did not change that setting.

A damaged or unreadable file falls back to the layers below and says so in
``LoadedSettings.warning``. Registry API tokens never go into JSON (``core.tokens``).
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import platformdirs

from .. import APP_NAME
from ..resources import resource_path
from .payload import CATEGORIES
from .safefile import atomic_write_bytes, ensure_private_dir

log = logging.getLogger(__name__)

HELP_LINES_RESOURCE = "help-lines.json"
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(_[A-Z][A-Za-z]{1,3})?")

SETTINGS_FILE = "settings.json"
SYSTEM_FILE = "takeitdown-client.json"
MAX_SETTINGS_BYTES = 1024 * 1024
DEMO_PROFILE_NAME = "Demo registry (this computer)"
THEMES = ("system", "light", "dark")
KINDS = ("takeitdown", "hma")


def config_dir() -> Path:
    override = os.environ.get("TAKEITDOWN_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, False))


def data_dir() -> Path:
    override = os.environ.get("TAKEITDOWN_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))


def system_settings_paths() -> list[Path]:
    """Where an administrator's file may be, most specific first."""
    override = os.environ.get("TAKEITDOWN_SYSTEM_CONFIG")
    if override:
        return [Path(override)]
    return [
        Path(sys.executable).resolve().parent / SYSTEM_FILE,
        Path(platformdirs.site_config_dir(APP_NAME, False)) / SYSTEM_FILE,
    ]


@dataclass(frozen=True)
class HelpLine:
    name: str
    contact: str
    url: str | None = None
    # Per language ("de", "pt_BR", ...): {"name": ..., "contact": ...}, either optional.
    translations: dict[str, dict[str, str]] = field(default_factory=dict, compare=False)

    def in_language(self, code: str) -> tuple[str, str]:
        """(name, contact) in ``code``, else its base language, else as written."""
        for candidate in (code, code.split("_", 1)[0]):
            words = self.translations.get(candidate)
            if words:
                return words.get("name", self.name), words.get("contact", self.contact)
        return self.name, self.contact


@dataclass(frozen=True)
class RegistryProfile:
    name: str
    kind: str  # "takeitdown" | "hma"
    base_url: str
    bank: str | None = None
    ca_bundle: str | None = None
    has_token: bool = False
    # What the registry takes: pictures taken under 18 ("minor"), of adults, or both.
    categories: tuple[str, ...] = CATEGORIES

    def accepts(self, category: str | None) -> bool:
        return category is None or category in self.categories


_BUILT_IN_HELP_LINES: tuple[HelpLine, ...] = (
    HelpLine(
        "Take It Down (NCMEC)",
        "For pictures taken before you were 18",
        "https://takeitdown.ncmec.org",
    ),
    HelpLine("StopNCII.org", "For pictures taken when you were an adult", "https://stopncii.org"),
    HelpLine("Emergency", "If you are in danger now, call your local emergency number", None),
)


@dataclass(frozen=True)
class Settings:
    language: str | None = None  # None: the system's language
    theme: str = "system"
    # Previews stay hidden unless asked for; this allows the blurred-preview control.
    blurred_previews: bool = True
    counselor_mode: bool = False
    # Looked up when settings are made: the shipped lines are read further down.
    help_lines: tuple[HelpLine, ...] = field(default_factory=lambda: DEFAULT_HELP_LINES)
    send_dihedral: bool = True
    # Also hash and send common edited copies of pictures (crops, bars, screenshots).
    send_reframes: bool = True
    seconds_per_hash: float = 1.0
    max_pixels: int = 150_000_000
    active_profile: str | None = None
    profiles: tuple[RegistryProfile, ...] = ()

    def profile(self, name: str) -> RegistryProfile | None:
        return next((p for p in self.profiles if p.name == name), None)

    def with_profile(self, profile: RegistryProfile) -> Settings:
        """A copy with ``profile`` added, or replacing the one with the same name."""
        others = tuple(p for p in self.profiles if p.name != profile.name)
        return replace(self, profiles=(*others, profile))

    def without_profile(self, name: str) -> Settings:
        active = None if self.active_profile == name else self.active_profile
        profiles = tuple(p for p in self.profiles if p.name != name)
        return replace(self, profiles=profiles, active_profile=active)


@dataclass(frozen=True)
class LoadedSettings:
    settings: Settings
    warning: str | None = None


def demo_profile(base_url: str) -> RegistryProfile:
    """The profile for the demo registry the app starts on this computer."""
    return RegistryProfile(name=DEMO_PROFILE_NAME, kind="takeitdown", base_url=base_url)


# Reading and checking ---------------------------------------------------------------------


class _Invalid(ValueError):
    pass


def _text(value: Any, optional: bool = False, limit: int = 500) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str) or not value.strip() or len(value) > limit:
        raise _Invalid
    return value.strip()


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise _Invalid
    return value


def _help_lines(value: Any) -> tuple[HelpLine, ...]:
    if not isinstance(value, list):
        raise _Invalid
    lines = []
    for entry in value:
        if not isinstance(entry, dict):
            raise _Invalid
        lines.append(
            HelpLine(
                name=str(_text(entry.get("name"), limit=200)),
                contact=str(_text(entry.get("contact"), limit=300)),
                url=_text(entry.get("url"), optional=True),
                translations=_help_line_translations(entry.get("translations")),
            )
        )
    return tuple(lines)


def _help_line_translations(value: Any) -> dict[str, dict[str, str]]:
    if value is None:
        return {}
    if not isinstance(value, dict) or len(value) > 200:
        raise _Invalid
    result: dict[str, dict[str, str]] = {}
    for code, words in value.items():
        if not isinstance(code, str) or not _LANGUAGE_CODE.fullmatch(code):
            raise _Invalid
        if not isinstance(words, dict) or not set(words) <= {"name", "contact"}:
            raise _Invalid
        result[code] = {key: str(_text(text, limit=300)) for key, text in words.items()}
    return result


def _load_default_help_lines() -> tuple[HelpLine, ...]:
    """The shipped help lines (resources/help-lines.json), with their translations."""
    try:
        data = json.loads(resource_path(HELP_LINES_RESOURCE).read_text(encoding="utf-8"))
        return _help_lines(data["help_lines"])
    except (OSError, ValueError, KeyError, TypeError, _Invalid):
        log.warning("The shipped help lines could not be read; using the English ones.")
        return _BUILT_IN_HELP_LINES


DEFAULT_HELP_LINES: tuple[HelpLine, ...] = _load_default_help_lines()


def _categories(value: Any) -> tuple[str, ...]:
    if value is None:
        return CATEGORIES
    if not isinstance(value, list) or not value or any(v not in CATEGORIES for v in value):
        raise _Invalid
    return tuple(category for category in CATEGORIES if category in value)


def _profile(value: Any) -> RegistryProfile:
    if not isinstance(value, dict) or value.get("kind") not in KINDS:
        raise _Invalid
    has_token = value.get("has_token", False)
    return RegistryProfile(
        name=str(_text(value.get("name"), limit=200)),
        kind=value["kind"],
        base_url=str(_text(value.get("base_url"), limit=2000)),
        bank=_text(value.get("bank"), optional=True, limit=200),
        ca_bundle=_text(value.get("ca_bundle"), optional=True, limit=4000),
        has_token=_bool(has_token),
        categories=_categories(value.get("categories")),
    )


def profile_from_json(value: Any) -> RegistryProfile:
    """A profile written by ``profile_to_json``; ValueError if it is not a valid one."""
    return _profile(value)


def profile_to_json(profile: RegistryProfile) -> dict[str, Any]:
    """The profile as JSON (it never holds a token, only whether one is kept)."""
    data = asdict(profile)
    data["categories"] = list(profile.categories)
    return data


def _profiles(value: Any) -> tuple[RegistryProfile, ...]:
    if not isinstance(value, list):
        raise _Invalid
    return tuple(_profile(entry) for entry in value)


def _number(low: float, high: float) -> Callable[[Any], float]:
    def check(value: Any) -> float:
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not low <= value <= high
        ):
            raise _Invalid
        return float(value)

    return check


def _integer(low: int, high: int) -> Callable[[Any], int]:
    def check(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise _Invalid
        return value

    return check


def _choice(choices: tuple[str, ...]) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if value not in choices:
            raise _Invalid
        return str(value)

    return check


_CHECKS: dict[str, Callable[[Any], Any]] = {
    "language": lambda v: _text(v, optional=True, limit=35),
    "theme": _choice(THEMES),
    "blurred_previews": _bool,
    "counselor_mode": _bool,
    "help_lines": _help_lines,
    "send_dihedral": _bool,
    "send_reframes": _bool,
    "seconds_per_hash": _number(0.05, 60.0),
    "max_pixels": _integer(1_000_000, 2_000_000_000),
    "active_profile": lambda v: _text(v, optional=True, limit=200),
    "profiles": _profiles,
}


def _read_json(path: Path) -> tuple[dict[str, Any] | None, bool]:
    """(data, damaged). A missing file is not damaged."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_SETTINGS_BYTES + 1)
    except FileNotFoundError:
        return None, False
    except OSError:
        return None, True
    try:
        if len(raw) > MAX_SETTINGS_BYTES:
            raise ValueError("too large")
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None, True
    return (data, False) if isinstance(data, dict) else (None, True)


def _apply(base: Settings, data: Mapping[str, Any]) -> tuple[Settings, bool]:
    """Lay ``data`` over ``base``; a bad value keeps the base one. Returns (settings, had_bad)."""
    changes: dict[str, Any] = {}
    bad = False
    for key, check in _CHECKS.items():
        if key not in data:
            continue
        try:
            changes[key] = check(data[key])
        except _Invalid:
            bad = True
    if "profiles" in changes:
        # Profiles merge by name: a person's profile of the same name wins.
        merged = base
        for profile in changes.pop("profiles"):
            merged = merged.with_profile(profile)
        changes["profiles"] = merged.profiles
    return replace(base, **changes), bad


def _system_settings() -> tuple[Settings, bool]:
    for path in system_settings_paths():
        data, damaged = _read_json(path)
        if damaged:
            return Settings(), True
        if data is not None:
            return _apply(Settings(), data)
    return Settings(), False


def load_settings() -> LoadedSettings:
    """The settings to use now. Never raises; ``warning`` says what was ignored."""
    base, system_bad = _system_settings()
    data, damaged = _read_json(config_dir() / SETTINGS_FILE)
    settings, user_bad = _apply(base, data or {})
    warning = None
    if damaged:
        warning = "Your settings file was damaged, so the standard settings are used."
    elif user_bad or system_bad:
        warning = "Some settings could not be read, so their standard values are used."
    if warning:
        log.warning(warning)  # no path: it would name the person's account
    return LoadedSettings(settings, warning)


def _to_json(settings: Settings, base: Settings) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for item in fields(Settings):
        value = getattr(settings, item.name)
        if item.name == "profiles":
            base_profiles = set(base.profiles)
            own = [asdict(p) for p in value if p not in base_profiles]
            if own:
                result["profiles"] = own
        elif value != getattr(base, item.name):
            if item.name == "help_lines":
                value = [asdict(line) for line in value]
            result[item.name] = value
    return result


def save_settings(settings: Settings) -> None:
    """Write the person's settings file (only what differs from the layers below)."""
    base, _ = _system_settings()
    data = _to_json(settings, base)
    folder = ensure_private_dir(config_dir())
    text = json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    atomic_write_bytes(folder / SETTINGS_FILE, text.encode("utf-8"))
