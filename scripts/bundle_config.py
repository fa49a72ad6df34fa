"""What goes into the PyInstaller bundle: read by build.spec and by tests/packaging.

Kept apart from build.spec so that the choices can be tested without a build.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "takeitdown-client"
APP_DISPLAY_NAME = "Take It Down"
APP_ID = "org.takeitdown.Client"
ICON_BASE = ROOT / "resources" / "icons" / APP_NAME
TRANSLATION_PREFIX = "takeitdown_client_"

# Python packages the app never imports at run time. Some are pulled in only by
# optional code paths of our dependencies (imagehash's whash -> pywt, its pHash
# -> scipy, which core/phash.py replaces; PIL.ImageTk -> tkinter; numpy test
# helpers -> pytest).
EXCLUDED_PACKAGES = (
    "tkinter",
    "_tkinter",
    "matplotlib",
    "IPython",
    "jedi",
    "pytest",
    "_pytest",
    "hypothesis",
    "pytestqt",
    "pywt",
    "pdqhash",
    "vpdq",
    "setuptools",
    "pkg_resources",
    "distutils",
    "pip",
    "PyInstaller",
    "mypy",
    "ruff",
    "lib2to3",
    "pydantic",
    "yaml",
    "jsonschema",
    "openapi_spec_validator",
    "scipy",
)

# Qt for Python modules the app does not use (it uses QtCore, QtGui, QtWidgets
# and QtPrintSupport). Excluding the Python module also drops its Qt library,
# plugins and translations unless a module we keep needs them.
EXCLUDED_QT_MODULES = tuple(
    f"PySide6.{name}"
    for name in (
        "Qt3DAnimation",
        "Qt3DCore",
        "Qt3DExtras",
        "Qt3DInput",
        "Qt3DLogic",
        "Qt3DRender",
        "QtAxContainer",
        "QtBluetooth",
        "QtCharts",
        "QtConcurrent",
        "QtDataVisualization",
        "QtDBus",
        "QtDesigner",
        "QtGraphs",
        "QtGraphsWidgets",
        "QtHelp",
        "QtHttpServer",
        "QtLabsStyleKit",
        "QtLocation",
        "QtMultimedia",
        "QtMultimediaWidgets",
        "QtNetwork",
        "QtNetworkAuth",
        "QtNfc",
        "QtOpenGL",
        "QtOpenGLWidgets",
        "QtPdf",
        "QtPdfWidgets",
        "QtPositioning",
        "QtQml",
        "QtQmlFeatures",
        "QtQuick",
        "QtQuick3D",
        "QtQuickControls2",
        "QtQuickTest",
        "QtQuickWidgets",
        "QtRemoteObjects",
        "QtScxml",
        "QtSensors",
        "QtSerialBus",
        "QtSerialPort",
        "QtSpatialAudio",
        "QtSql",
        "QtStateMachine",
        "QtSvg",
        "QtSvgWidgets",
        "QtTest",
        "QtTextToSpeech",
        "QtUiTools",
        "QtWebChannel",
        "QtWebEngineCore",
        "QtWebEngineQuick",
        "QtWebEngineWidgets",
        "QtWebSockets",
        "QtWebView",
        "QtXml",
    )
)

# Qt plugins the hooks collect that this app never loads (paths below
# PySide6/Qt/plugins/). Wayland and xcb platform plugins stay: Linux desktops
# need one of them, and "offscreen" runs the self-test.
DROPPED_QT_PLUGINS = (
    "imageformats/libqpdf",  # would pull in QtPdf
    "imageformats/libqsvg",  # would pull in QtSvg
    "imageformats/qpdf",
    "imageformats/qsvg",
    "iconengines/",  # SVG icon engine, QtSvg
    # GTK's theme would drag the build machine's GTK, cairo and pango into the
    # bundle, where they clash with the user's; Qt's own style is used instead.
    "platformthemes/libqgtk3",
    "wayland-decoration-client/libadwaita",  # QtSvg; "bradient" decorations remain
    # OpenGL integrations: the app draws widgets only (shared-memory buffers).
    "wayland-graphics-integration-client/",
    "wayland-graphics-integration-server/",
    "xcbglintegrations/",
    "networkinformation/",
    "tls/",
    "sqldrivers/",
    "qmltooling/",
    "platforms/libqvnc",
    "platforms/libqminimal",
    "platforms/libqlinuxfb",
    "platforms/libqeglfs",
    "platforms/libqminimalegl",
    "platforms/libqvkkhrdisplay",
    "egldeviceintegrations/",
    "generic/",
)


def project_version() -> str:
    """The version in pyproject.toml, the single source of truth."""
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """'1.2.3rc1' -> (1, 2, 3, 0): the four numbers a Windows version resource holds."""
    numbers = [int(part) for part in re.findall(r"\d+", version.split("+", maxsplit=1)[0])[:3]]
    padded = (*numbers, 0, 0, 0, 0)[:4]
    return (padded[0], padded[1], padded[2], padded[3])


def windows_version_file(version: str) -> str:
    """PyInstaller's version-file text (a VSVersionInfo expression) for the .exe."""
    numbers = version_tuple(version)
    dotted = ".".join(str(n) for n in numbers)
    strings = {
        "CompanyName": "takeitdown-client developers",
        "FileDescription": APP_DISPLAY_NAME,
        "FileVersion": version,
        "InternalName": APP_NAME,
        "LegalCopyright": "BSD-3-Clause, the takeitdown-client developers",
        "OriginalFilename": f"{APP_NAME}.exe",
        "ProductName": APP_DISPLAY_NAME,
        "ProductVersion": version,
    }
    string_structs = ",\n".join(
        f"          StringStruct({key!r}, {value!r})" for key, value in strings.items()
    )
    return f"""# Generated by build.spec from pyproject.toml ({dotted}); do not edit.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '040904B0',
        [
{string_structs}
        ])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


TRANSLATION_FOLDERS = (ROOT / "translations", ROOT / "takeitdown_client" / "translations")
I18N_MODULE = ROOT / "takeitdown_client" / "gui" / "i18n.py"


def compiled_translations() -> list[Path]:
    """Our .qm files, wherever the languages work keeps them (top level or in the package)."""
    found: dict[str, Path] = {}
    for folder in TRANSLATION_FOLDERS:
        for path in sorted(folder.glob(f"{TRANSLATION_PREFIX}*.qm")):
            found.setdefault(path.name, path)
    return [found[name] for name in sorted(found)]


def selectable_languages() -> list[str]:
    """The codes of the GUI's language selector (``LANGUAGES`` in gui/i18n.py), read statically."""
    if not I18N_MODULE.is_file():
        return []
    for node in ast.walk(ast.parse(I18N_MODULE.read_text(encoding="utf-8"))):
        target = getattr(node, "target", None) or next(iter(getattr(node, "targets", [])), None)
        if isinstance(target, ast.Name) and target.id == "LANGUAGES":
            try:
                value = ast.literal_eval(node.value)  # type: ignore[attr-defined]
            except ValueError:
                return []
            return sorted(str(entry[0]) for entry in value)
    return []


def shipped_languages() -> list[str]:
    """Languages the app can switch to: compiled .qm files and the selector's list."""
    compiled = {p.stem.removeprefix(TRANSLATION_PREFIX) for p in compiled_translations()}
    return sorted((compiled | set(selectable_languages())) - {"en"})


def qt_base_wanted(file_name: str, languages: list[str]) -> bool:
    """Keep qtbase_<lang>.qm for a shipped language (pt_BR also keeps qtbase_pt)."""
    match = re.fullmatch(r"qtbase_(.+)\.qm", file_name)
    if not match:
        return False
    code = match.group(1)
    wanted = set(languages) | {lang.split("_")[0] for lang in languages}
    return code in wanted and code != "en"


def keep_bundled_file(dest: str, languages: list[str]) -> bool:
    """Whether a file the hooks collected (bundle-relative path) stays in the bundle."""
    path = PurePosixPath(dest.replace("\\", "/"))
    parts = path.parts
    if "translations" in parts and path.suffix == ".qm" and "PySide6" in parts:
        return qt_base_wanted(path.name, languages)
    if "plugins" in parts and "PySide6" in parts:
        inner = "/".join(parts[parts.index("plugins") + 1 :])
        return not any(inner.startswith(prefix) for prefix in DROPPED_QT_PLUGINS)
    # Qt's QML files and metatypes and PySide's typesystems are for developers.
    return not any(part in ("qml", "metatypes", "typesystems", "include") for part in parts)


def resource_datas() -> list[tuple[str, str]]:
    """(source file, bundle folder) for resources/ and translations/, sorted."""
    datas = []
    package = PurePosixPath("takeitdown_client")
    base = ROOT / "resources"
    for path in sorted(base.rglob("*")):
        if not path.is_file() or path.suffix in (".icns", ".ico"):
            continue  # the .ico and .icns go into the executable, not the data
        relative = path.relative_to(base).parent.as_posix()
        dest = package / "resources" / relative if relative != "." else package / "resources"
        datas.append((str(path), str(dest)))
    datas += [(str(path), str(package / "translations")) for path in compiled_translations()]
    return datas


def is_load_root(dest: str) -> bool:
    """Binaries loaded by name at run time: Python extensions, Qt plugins, libpython."""
    path = PurePosixPath(dest.replace("\\", "/"))
    name = path.name
    return (
        ".cpython-" in name
        or name.endswith((".abi3.so", ".pyd"))
        or "lib-dynload" in path.parts
        or ("plugins" in path.parts and "PySide6" in path.parts)
        or name.startswith("libpython")
    )


def prune_unneeded_libraries(
    binaries: list[tuple[str, str, str]],
    imports_of: Callable[[str], Iterable[tuple[str, str | None]]],
) -> tuple[list[tuple[str, str, str]], list[str]]:
    """Drop shared libraries that no kept extension or plugin links to (Linux).

    After plugins are dropped, the libraries only they needed (a GTK theme's
    cairo and pango, an OpenGL integration's libraries) would stay behind.
    ``imports_of(path)`` lists (name, resolved path) of every library ``path``
    loads, transitively (PyInstaller's ldd-based ``get_imports``). Returns the
    kept entries and the bundle paths dropped.
    """
    needed_names: set[str] = set()
    for dest, src, _kind in binaries:
        if is_load_root(dest):
            for name, resolved in imports_of(src):
                needed_names.add(PurePosixPath(name).name)
                if resolved:
                    needed_names.add(Path(resolved).name)
                    needed_names.add(Path(resolved).resolve().name)
    kept, dropped = [], []
    for entry in binaries:
        dest, src, kind = entry
        name = PurePosixPath(dest.replace("\\", "/")).name
        if (
            kind != "BINARY"
            or is_load_root(dest)
            or name in needed_names
            or Path(src).name in needed_names
        ):
            kept.append(entry)
        else:
            dropped.append(dest)
    return kept, sorted(dropped)


def strip_python_binaries(
    binaries: list[tuple[str, str, str]], workdir: Path, python_prefix: str
) -> list[tuple[str, str, str]]:
    """Use debug-stripped copies of Python's own libraries (Linux, when ``strip`` exists).

    Interpreters built from source (pyenv, the python.org build trees) keep
    their debug sections: libpython alone shrinks from about 23 MB to 6 MB.
    Wheels' libraries are left alone: many are patched by auditwheel, and
    stripping those can break them.
    """
    strip = shutil.which("strip")
    prefix = Path(python_prefix).resolve()
    if strip is None or not sys.platform.startswith("linux"):
        return binaries
    result = []
    for dest, src, kind in binaries:
        source = Path(src).resolve()
        own = source.is_relative_to(prefix) and "site-packages" not in source.parts
        if kind not in ("BINARY", "EXTENSION") or not own:
            result.append((dest, src, kind))
            continue
        target = workdir / "stripped" / dest
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        done = subprocess.run([strip, "--strip-debug", str(target)], check=False)
        result.append((dest, str(target) if done.returncode == 0 else src, kind))
    return result
