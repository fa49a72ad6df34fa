"""Settings: defaults merged in, corrupt files fall back, layers, tokens never in JSON."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from takeitdown_client.core import settings as settings_module
from takeitdown_client.core.settings import (
    DEMO_PROFILE_NAME,
    RegistryProfile,
    Settings,
    config_dir,
    data_dir,
    demo_profile,
    load_settings,
    save_settings,
)
from takeitdown_client.core.tokens import delete_token, get_token, keyring_available, set_token


@pytest.fixture
def system_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "system" / "takeitdown-client.json"
    path.parent.mkdir()
    monkeypatch.setenv("TAKEITDOWN_SYSTEM_CONFIG", str(path))
    return path


def user_file() -> Path:
    return config_dir() / "settings.json"


def test_dirs_follow_the_environment(isolated_home: Path) -> None:
    assert config_dir() == isolated_home / "config"
    assert data_dir() == isolated_home / "data"


def test_defaults_without_any_file(system_file: Path) -> None:
    loaded = load_settings()
    assert loaded.warning is None
    assert loaded.settings == Settings()
    s = loaded.settings
    assert s.theme == "system" and s.language is None and s.send_dihedral is True
    assert s.profiles == ()  # no real external registry is shipped
    names = " ".join(line.name + " " + (line.url or "") for line in s.help_lines)
    assert "takeitdown.ncmec.org" in names and "stopncii.org" in names.lower()
    assert any("emergency" in line.contact.lower() for line in s.help_lines)
    assert not config_dir().exists()  # loading writes nothing


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"", b"\xff\xfe\x00", b"[1, 2]", b'"text"', b"{" * 50_000],
)
def test_corrupt_file_falls_back_to_defaults_with_a_warning(
    content: bytes, system_file: Path
) -> None:
    user_file().parent.mkdir(parents=True)
    user_file().write_bytes(content)
    loaded = load_settings()
    assert loaded.settings == Settings()
    assert loaded.warning and "damaged" in loaded.warning


def test_bad_values_keep_their_defaults_and_good_ones_stay(system_file: Path) -> None:
    user_file().parent.mkdir(parents=True)
    user_file().write_text(
        json.dumps(
            {
                "theme": "purple",
                "seconds_per_hash": -1,
                "counselor_mode": True,
                "language": "ar",
                "profiles": [{"name": "x"}],
                "unknown_key": 1,
            }
        )
    )
    loaded = load_settings()
    assert loaded.warning and "standard values" in loaded.warning
    assert loaded.settings.theme == "system"
    assert loaded.settings.seconds_per_hash == 1.0
    assert loaded.settings.counselor_mode is True
    assert loaded.settings.language == "ar"
    assert loaded.settings.profiles == ()


def test_save_and_load_round_trip(system_file: Path) -> None:
    profile = RegistryProfile("Help centre", "hma", "https://hma.example.org", bank="NCII_BANK")
    changed = Settings(
        theme="dark", send_dihedral=False, active_profile="Help centre"
    ).with_profile(profile)
    save_settings(changed)
    assert load_settings() == settings_module.LoadedSettings(changed, None)
    mode = stat.S_IMODE(os.stat(user_file()).st_mode)
    assert mode == 0o600
    saved = json.loads(user_file().read_text())
    assert "help_lines" not in saved  # unchanged values are not frozen into the file
    assert saved["theme"] == "dark"
    assert not [p for p in user_file().parent.iterdir() if p.name.startswith(".tmp-")]


def test_system_file_layers_under_the_user_file(system_file: Path) -> None:
    system_file.write_text(
        json.dumps(
            {
                "counselor_mode": True,
                "theme": "light",
                "help_lines": [{"name": "City helpline", "contact": "555 0100"}],
                "profiles": [
                    {"name": "Centre", "kind": "takeitdown", "base_url": "https://r.example.org"}
                ],
                "active_profile": "Centre",
            }
        )
    )
    loaded = load_settings().settings
    assert loaded.counselor_mode and loaded.theme == "light"
    assert [line.name for line in loaded.help_lines] == ["City helpline"]
    assert loaded.active_profile == "Centre"
    # The person changes the theme and adds a profile; the administrator's values stay layered.
    mine = RegistryProfile("Mine", "takeitdown", "https://mine.example.org")
    save_settings(loaded.__class__(**{**loaded.__dict__, "theme": "dark"}).with_profile(mine))
    saved = json.loads(user_file().read_text())
    assert saved == {
        "theme": "dark",
        "profiles": [{**mine.__dict__, "categories": ["minor", "adult"]}],
    }
    system_file.write_text(json.dumps({"counselor_mode": False, "theme": "light"}))
    again = load_settings().settings
    assert again.theme == "dark" and again.counselor_mode is False
    assert [p.name for p in again.profiles] == ["Mine"]


def test_corrupt_system_file_warns(system_file: Path) -> None:
    system_file.write_text("{oops")
    loaded = load_settings()
    assert loaded.settings == Settings() and loaded.warning


def test_demo_profile_is_made_at_run_time() -> None:
    profile = demo_profile("http://127.0.0.1:43210")
    assert profile.name == DEMO_PROFILE_NAME and profile.kind == "takeitdown"


def test_tokens_stay_in_memory_without_a_keyring(system_file: Path) -> None:
    assert not keyring_available()  # the test environment uses keyring's null backend
    assert set_token("Centre", "s3cret-token") == "memory"
    assert get_token("Centre") == "s3cret-token"
    save_settings(
        Settings().with_profile(
            RegistryProfile("Centre", "hma", "https://h.example", "B", has_token=True)
        )
    )
    assert b"s3cret-token" not in user_file().read_bytes()
    delete_token("Centre")
    assert get_token("Centre") is None


def test_profile_helpers() -> None:
    a = RegistryProfile("A", "takeitdown", "https://a.example")
    b = RegistryProfile("B", "hma", "https://b.example", bank="X")
    s = Settings(active_profile="A").with_profile(a).with_profile(b)
    assert s.profile("B") == b
    s = s.with_profile(RegistryProfile("A", "takeitdown", "https://a2.example"))
    assert [p.base_url for p in s.profiles] == ["https://b.example", "https://a2.example"]
    s = s.without_profile("A")
    assert s.active_profile is None and s.profile("A") is None


def test_profiles_say_which_pictures_they_take() -> None:
    adults_only = RegistryProfile(
        "Adults", "takeitdown", "https://adults.example.org", categories=("adult",)
    )
    save_settings(load_settings().settings.with_profile(adults_only))
    loaded = load_settings()
    assert loaded.warning is None
    profile = loaded.settings.profiles[0]
    assert profile.categories == ("adult",)
    assert profile.accepts("adult") and not profile.accepts("minor")
    # Older settings files say nothing: such a registry takes both.
    assert RegistryProfile("Old", "hma", "https://old.example.org").categories == (
        "minor",
        "adult",
    )


def test_a_profile_with_unknown_categories_is_refused_with_a_warning() -> None:
    user_file().parent.mkdir(parents=True, exist_ok=True)
    user_file().write_text(
        json.dumps(
            {
                "profiles": [
                    {"name": "X", "kind": "takeitdown", "base_url": "https://x.example.org",
                     "categories": ["everyone"]}
                ]
            }
        )
    )  # fmt: skip
    loaded = load_settings()
    assert loaded.warning
    assert loaded.settings.profiles == ()


def test_shipped_help_lines_carry_their_own_translations() -> None:
    lines = load_settings().settings.help_lines
    assert [line.url for line in lines] == [
        "https://takeitdown.ncmec.org",
        "https://stopncii.org",
        None,
    ]
    for line in lines:
        assert line.in_language("en") == (line.name, line.contact)
        assert line.in_language("de_AT") == line.in_language("de") != (line.name, line.contact)
        assert line.in_language("xx") == (line.name, line.contact)


def test_help_centre_help_lines_may_be_translated_too() -> None:
    user_file().parent.mkdir(parents=True, exist_ok=True)
    user_file().write_text(
        json.dumps(
            {
                "help_lines": [
                    {"name": "City line", "contact": "Call 0800 123", "url": None,
                     "translations": {"fr": {"name": "Ligne de la ville"}}}
                ]
            }
        )
    )  # fmt: skip
    loaded = load_settings()
    assert loaded.warning is None
    (line,) = loaded.settings.help_lines
    assert line.in_language("fr") == ("Ligne de la ville", "Call 0800 123")
    user_file().write_text(
        json.dumps({"help_lines": [{"name": "X", "contact": "Y", "translations": {"<b>": {}}}]})
    )
    assert load_settings().warning
