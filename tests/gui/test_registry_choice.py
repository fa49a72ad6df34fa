"""The About page offers only the registries that take the chosen kind of picture."""

from __future__ import annotations

from typing import Any

from takeitdown_client.core.settings import RegistryProfile, load_settings, save_settings
from takeitdown_client.gui.app import build_main_window, create_application
from takeitdown_client.gui.profile_dialog import ProfileDialog
from takeitdown_client.gui.wizard import PageId

ADULTS = RegistryProfile(
    "Adults only", "takeitdown", "https://a.example.org", categories=("adult",)
)
MINORS = RegistryProfile(
    "Under 18 only", "takeitdown", "https://m.example.org", categories=("minor",)
)


def _offered(about: Any) -> list[str]:
    return [str(about.registry.itemData(i)) for i in range(about.registry.count())]


def test_about_page_filters_registries_by_category(qtbot: Any) -> None:
    save_settings(load_settings().settings.with_profile(ADULTS).with_profile(MINORS))
    create_application(["takeitdown-client-tests"])
    window = build_main_window(demo_url=None)
    qtbot.addWidget(window)
    window.show()
    window.next()
    about = window.pages[PageId.ABOUT]
    about.minor.setChecked(True)
    assert _offered(about) == ["Under 18 only"]
    about.adult.setChecked(True)
    assert _offered(about) == ["Adults only"]
    window.close()


def test_profile_dialog_keeps_the_categories(qtbot: Any) -> None:
    dialog = ProfileDialog(ADULTS, set())
    qtbot.addWidget(dialog)
    assert not dialog.takes_minor.isChecked() and dialog.takes_adult.isChecked()
    dialog.takes_minor.setChecked(True)
    assert dialog.result_profile().categories == ("minor", "adult")
    dialog.takes_minor.setChecked(False)
    dialog.takes_adult.setChecked(False)
    dialog.accept()
    assert not dialog.problem.isHidden()
    assert dialog.result() != dialog.DialogCode.Accepted
