"""build.spec and the choices in scripts/bundle_config.py, checked without building."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from types import ModuleType

import pytest

from takeitdown_client import __version__

from .conftest import ROOT

PACKAGE = ROOT / "takeitdown_client"


def test_spec_is_valid_python_and_uses_the_shared_config() -> None:
    source = (ROOT / "build.spec").read_text(encoding="utf-8")
    compile(source, "build.spec", "exec")
    assert 'collect_submodules("takeitdown_client")' in source
    assert "upx=False" in source
    for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"):
        assert f"{name}(" in source


def test_version_comes_from_pyproject(bundle_config: ModuleType) -> None:
    assert bundle_config.project_version() == __version__


@pytest.mark.parametrize(
    ("version", "numbers"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("1.2.3rc1", (1, 2, 3, 0)),
        ("2.0", (2, 0, 0, 0)),
        ("3", (3, 0, 0, 0)),
    ],
)
def test_version_tuple(bundle_config: ModuleType, version: str, numbers: tuple[int, ...]) -> None:
    assert bundle_config.version_tuple(version) == numbers


def test_windows_version_file_is_a_vsversioninfo_expression(bundle_config: ModuleType) -> None:
    text = bundle_config.windows_version_file("1.2.3")
    tree = ast.parse(text, mode="eval")
    assert isinstance(tree.body, ast.Call)
    assert isinstance(tree.body.func, ast.Name) and tree.body.func.id == "VSVersionInfo"
    assert "filevers=(1, 2, 3, 0)" in text
    assert "StringStruct('ProductVersion', '1.2.3')" in text
    assert "StringStruct('OriginalFilename', 'takeitdown-client.exe')" in text


def _imported_top_level_names() -> set[str]:
    names: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module)
    return names


def test_nothing_the_app_imports_is_excluded(bundle_config: ModuleType) -> None:
    excluded = set(bundle_config.EXCLUDED_PACKAGES) | set(bundle_config.EXCLUDED_QT_MODULES)
    imported = _imported_top_level_names()
    for name in imported:
        parts = name.split(".")
        prefixes = {".".join(parts[:i]) for i in range(1, len(parts) + 1)}
        assert not prefixes & excluded, f"{name} is imported by the app but excluded"
    used_qt = {n for n in imported if n.startswith("PySide6.")}
    assert {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"} <= used_qt


def test_reference_implementations_and_test_tools_are_excluded(bundle_config: ModuleType) -> None:
    for name in ("pdqhash", "vpdq", "pytest", "hypothesis", "tkinter", "PyInstaller"):
        assert name in bundle_config.EXCLUDED_PACKAGES
    for name in ("QtNetwork", "QtQml", "QtQuick", "QtSql", "QtWebEngineCore", "QtMultimedia"):
        assert f"PySide6.{name}" in bundle_config.EXCLUDED_QT_MODULES


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/translations/qtbase_de.qm", True),
        ("PySide6/Qt/translations/qtbase_pt_BR.qm", True),
        ("PySide6/Qt/translations/qtbase_fi.qm", False),  # not a shipped language
        ("PySide6/Qt/translations/qtbase_en.qm", False),  # the source language
        ("PySide6/Qt/translations/qt_de.qm", False),
        ("PySide6/Qt/translations/qtdeclarative_de.qm", False),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6\\Qt\\plugins\\sqldrivers\\qsqlite.dll", False),
        ("PySide6/Qt/qml/QtQuick/qmldir", False),
        ("takeitdown_client/resources/registry-api.yaml", True),
        ("cv2/cv2.abi3.so", True),
    ],
)
def test_bundled_file_filter(bundle_config: ModuleType, dest: str, kept: bool) -> None:
    assert bundle_config.keep_bundled_file(dest, ["de", "pt_BR", "ar"]) is kept


def test_resource_datas(bundle_config: ModuleType) -> None:
    datas = bundle_config.resource_datas()
    by_name = {Path(src).name: dest for src, dest in datas}
    assert by_name["registry-api.yaml"] == "takeitdown_client/resources"
    assert by_name["selftest.png"] == "takeitdown_client/resources/selftest"
    assert by_name["selftest.mp4"] == "takeitdown_client/resources/selftest"
    assert by_name["takeitdown-client-256.png"] == "takeitdown_client/resources/icons"
    assert "takeitdown-client.ico" not in by_name  # embedded in the .exe instead
    assert "takeitdown-client.icns" not in by_name
    assert len(set(datas)) == len(datas)
    for src, _ in datas:
        if "translations" in Path(src).parts:
            assert src.endswith(".qm")


def test_shipped_languages_cover_translations_and_the_selector(bundle_config: ModuleType) -> None:
    from takeitdown_client.gui.i18n import LANGUAGES

    shipped = set(bundle_config.shipped_languages())
    assert {code for code, _ in LANGUAGES} - {"en"} == set(bundle_config.selectable_languages()) - {
        "en"
    }
    assert {code for code, _ in LANGUAGES} - {"en"} <= shipped
    for path in bundle_config.compiled_translations():
        assert path.stem.removeprefix("takeitdown_client_") in shipped | {"en"}
    assert "en" not in shipped


def test_pruning_keeps_what_extensions_and_plugins_load(bundle_config: ModuleType) -> None:
    binaries = [
        ("cv2/cv2.abi3.so", "/w/cv2/cv2.abi3.so", "EXTENSION"),
        ("opencv.libs/libavcodec-1.so.62", "/w/opencv.libs/libavcodec-1.so.62", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/w/libqxcb.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/w/libQt6XcbQpa.so.6", "BINARY"),
        ("libcairo.so.2", "/usr/lib/libcairo.so.2", "BINARY"),  # only a dropped theme used it
        ("libpython3.11.so.1.0", "/py/libpython3.11.so.1.0", "BINARY"),
        ("libfoo.so", "libfoo.so.1", "SYMLINK"),
    ]
    imports = {
        "/w/cv2/cv2.abi3.so": [("libavcodec-1.so.62", "/w/opencv.libs/libavcodec-1.so.62")],
        "/w/libqxcb.so": [("libQt6XcbQpa.so.6", "/w/libQt6XcbQpa.so.6"), ("libxcb.so.1", None)],
    }
    kept, dropped = bundle_config.prune_unneeded_libraries(
        binaries, lambda src: imports.get(src, [])
    )
    assert dropped == ["libcairo.so.2"]
    assert [d for d, *_ in kept] == [d for d, *_ in binaries if d != "libcairo.so.2"]


def test_docs_name_the_real_commands() -> None:
    text = (ROOT / "docs" / "packaging.md").read_text(encoding="utf-8")
    assert "scripts/build_bundle.py" in text
    assert "--self-test" in text
    assert "takeitdown-client.json" in text
    for path in re.findall(r"scripts/[a-z_]+\.py", text):
        assert (ROOT / path).is_file(), path
