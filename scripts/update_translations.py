"""Refresh every Qt Linguist source (.ts) from the code, then compile them all (.qm).

    python scripts/update_translations.py            # lupdate + lrelease, all languages
    python scripts/update_translations.py --compile  # lrelease only

The languages are the ones the Welcome page offers (``gui.i18n.LANGUAGES``).
Sources live in ``translations/takeitdown_client_<locale>.ts``; the compiled
``.qm`` files sit next to them, and the build copies them into the package
(setup.py) and the desktop bundle (build.spec).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "translations"
PREFIX = "takeitdown_client_"


def _tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install pyside6-essentials")
    return found


def languages() -> list[str]:
    sys.path.insert(0, str(ROOT))
    from takeitdown_client.gui.i18n import LANGUAGES, SOURCE_LANGUAGE

    return [code for code, _name in LANGUAGES if code != SOURCE_LANGUAGE]


def sources() -> list[str]:
    files = sorted((ROOT / "takeitdown_client" / "gui").rglob("*.py"))
    return [str(path.relative_to(ROOT)) for path in files]


def update(codes: list[str]) -> None:
    TRANSLATIONS.mkdir(exist_ok=True)
    for code in codes:
        target = TRANSLATIONS / f"{PREFIX}{code}.ts"
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                code,
                *sources(),
                "-ts",
                str(target.relative_to(ROOT)),
            ],
            cwd=ROOT,
            check=True,
        )


def compile_all(codes: list[str]) -> None:
    for code in codes:
        source = TRANSLATIONS / f"{PREFIX}{code}.ts"
        if source.exists():
            subprocess.run(
                [
                    _tool("pyside6-lrelease"),
                    "-silent",
                    str(source),
                    "-qm",
                    str(source.with_suffix(".qm")),
                ],
                check=True,
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--compile", action="store_true", help="only compile .ts to .qm")
    args = parser.parse_args()
    codes = languages()
    if not args.compile:
        update(codes)
    compile_all(codes)


if __name__ == "__main__":
    main()
