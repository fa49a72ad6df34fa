"""THIRD_PARTY_LICENSES generation."""

from __future__ import annotations

from types import ModuleType


def test_top_level_names_map_to_their_distributions(licenses: ModuleType) -> None:
    found = licenses.distributions_for_names(
        ["cv2", "numpy", "numpy.libs", "PIL", "PySide6", "shiboken6", "takeitdown_client", "os"]
    )
    assert {"opencv-python-headless", "numpy", "pillow", "pyside6-essentials", "shiboken6"} <= found
    assert "takeitdown-client" not in found


def test_runtime_closure_has_runtime_packages_only(licenses: ModuleType) -> None:
    dists = licenses.runtime_distributions()
    assert {"pyside6-essentials", "numpy", "pillow", "opencv-python-headless", "requests"} <= dists
    assert not {"pytest", "hypothesis", "pyinstaller", "pdqhash", "vpdq", "ruff"} & dists


def test_notices_carry_qt_lgpl_pdq_bsd_and_each_package(licenses: ModuleType) -> None:
    text = licenses.render(["requests", "pyside6-essentials", "numpy"])
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text and "Version 3, 29 June 2007" in text
    assert "GNU GENERAL PUBLIC LICENSE" in text
    assert "replace them with your own" in text
    assert "BSD License For ThreatExchange software" in text.replace("\n\n", " ")
    assert "Meta Platforms" in text
    assert "BSD 3-Clause License" in text  # our own
    assert "requests 2." in text and "Apache License" in text
    assert "numpy" in text
    assert text == licenses.render(["numpy", "requests", "pyside6-essentials"])  # stable
