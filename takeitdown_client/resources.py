"""Find the files in ``resources/`` and ``translations/`` wherever the app runs.

They sit at the top of the source tree. A wheel carries them inside the
package (see setup.py) and a PyInstaller bundle next to the executable.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidates(folder: str) -> list[Path]:
    places = [_PACKAGE_DIR / folder, _PACKAGE_DIR.parent / folder]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        places.insert(0, Path(bundle) / "takeitdown_client" / folder)
    return places


def data_dir(folder: str) -> Path:
    """The first existing copy of ``folder`` ("resources" or "translations")."""
    for place in _candidates(folder):
        if place.is_dir():
            return place
    return _candidates(folder)[-1]


def resource_path(name: str) -> Path:
    return data_dir("resources") / name


def translations_dir() -> Path:
    return data_dir("translations")
