"""Write THIRD_PARTY_LICENSES: the notices for everything the app bundle carries.

    .venv/bin/python scripts/third_party_licenses.py [--out PATH]

Without PyInstaller it lists the runtime dependency closure of the installed
``takeitdown-client`` distribution. ``build.spec`` calls
``write_notices(distributions_for_names(...))`` with the top-level names
PyInstaller actually collected, so the bundle's file names exactly the
packages in it. The text comes from each package's own ``*.dist-info``
(every license, copying and notice file it ships), plus:

- Qt and PySide6/shiboken6 (LGPL-3.0, with the GPL-3.0 text it builds on; the
  wheels carry no license files) from ``scripts/license_texts/``;
- Meta's ThreatExchange BSD texts (PDQ, vPDQ, TMK) from ``tests/data/licenses/``;
- Python's own license.

The output is deterministic: same environment, same bytes.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LICENSE_TEXTS = ROOT / "scripts" / "license_texts"
THREATEXCHANGE_LICENSES = ROOT / "tests" / "data" / "licenses"
OWN_DISTRIBUTION = "takeitdown-client"
QT_DISTRIBUTIONS = frozenset({"pyside6-essentials", "pyside6", "shiboken6", "pyside6-addons"})
LICENSE_FILE = re.compile(r"^(licen[cs]e|copying|notice|authors|copyright)", re.IGNORECASE)
RULE = "=" * 78

QT_NOTICE = """\
This application uses Qt {qt_version} through PySide6 {pyside_version} (Qt for Python).
Qt and PySide6 are (c) The Qt Company Ltd and other contributors, and are used
here under the GNU Lesser General Public License version 3 (LGPL-3.0), whose
text follows, together with the GNU General Public License version 3 it refers to.

The Qt and PySide6 libraries are unmodified and stay separate shared libraries
in this one-folder bundle (the PySide6/ folder next to the app's executable, and
PySide6/Qt/lib on Linux). You may replace them with your own compatible build
of the same Qt and PySide6 versions. The complete corresponding source code is
available from https://download.qt.io/official_releases/qt/ (Qt) and
https://download.qt.io/official_releases/QtForPython/ (PySide6, shiboken6),
and from the takeitdown-client developers on request.
"""

PDQ_NOTICE = """\
The PDQ and vPDQ algorithms are Meta's (facebook/ThreatExchange). This
application computes them with its own numpy implementation, written to be
bit-exact with Meta's reference; its self-test and test data come from that
repository. ThreatExchange's licenses follow.
"""


def _normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_distributions(root: str = OWN_DISTRIBUTION) -> set[str]:
    """The installed distributions ``root`` needs at run time (no extras), without itself."""
    seen: set[str] = set()
    todo = [root]
    while todo:
        name = _normalize(todo.pop())
        if name in seen:
            continue
        seen.add(name)
        try:
            requirements = metadata.requires(name) or []
        except metadata.PackageNotFoundError:
            continue
        for requirement in requirements:
            if "extra ==" in requirement.replace('"', "").replace("'", ""):
                continue
            match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
            if match:
                todo.append(match.group(1))
    seen.discard(_normalize(root))
    return {name for name in seen if _installed(name)}


def _installed(name: str) -> bool:
    try:
        metadata.distribution(name)
    except metadata.PackageNotFoundError:
        return False
    return True


def distributions_for_names(top_level_names: Iterable[str]) -> set[str]:
    """Distributions owning these top-level module or folder names (``cv2``, ``numpy.libs``)."""
    owners = metadata.packages_distributions()
    found: set[str] = set()
    for raw in top_level_names:
        for name in {raw, raw.removesuffix(".libs")}:
            for dist in owners.get(name, ()):
                found.add(_normalize(dist))
            if name != raw and _installed(name):  # "<dist>.libs" folders of auditwheel
                found.add(_normalize(name))
    found.discard(_normalize(OWN_DISTRIBUTION))
    return found


def _license_files(dist: metadata.Distribution) -> list[tuple[str, str]]:
    files = []
    for entry in dist.files or ():
        parts = entry.parts
        if not parts or not parts[0].endswith(".dist-info"):
            continue
        inner = parts[1:]
        is_license = (inner and inner[0] == "licenses") or (
            len(inner) == 1 and LICENSE_FILE.match(inner[0])
        )
        if not is_license or entry.suffix in (".json", ".py"):
            continue
        path = Path(str(dist.locate_file(entry)))
        if path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            files.append(("/".join(inner), text))
    return sorted(files)


def _section(title: str, body: str) -> str:
    return f"{RULE}\n{title}\n{RULE}\n\n{body.rstrip()}\n\n"


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")


def render(distributions: Iterable[str]) -> str:
    names = sorted({_normalize(d) for d in distributions})
    own_version = _version(OWN_DISTRIBUTION)
    out = [
        f"Third-party notices for takeitdown-client {own_version}\n\n"
        "takeitdown-client is BSD-3-Clause licensed (its LICENSE follows). The bundle\n"
        "also contains the software listed below, each under its own license.\n"
        "Bundled packages: " + ", ".join(f"{n} {_version(n)}" for n in names) + "\n\n",
    ]
    if (ROOT / "LICENSE").is_file():
        out.append(_section("takeitdown-client", _read(ROOT / "LICENSE")))
    if QT_DISTRIBUTIONS & set(names):
        notice = QT_NOTICE.format(
            qt_version=_qt_version(), pyside_version=_version("pyside6-essentials")
        )
        for text in ("LGPL-3.0.txt", "GPL-3.0.txt"):
            notice += f"\n{'-' * 78}\n{text.removesuffix('.txt')}\n{'-' * 78}\n\n"
            notice += _read(LICENSE_TEXTS / text)
        out.append(_section("Qt, PySide6 and shiboken6 (LGPL-3.0)", notice))
    threatexchange = PDQ_NOTICE
    for path in sorted(THREATEXCHANGE_LICENSES.glob("*.txt")):
        threatexchange += f"\n{'-' * 78}\n{path.stem}\n{'-' * 78}\n\n{_read(path)}"
    out.append(_section("PDQ and vPDQ (facebook/ThreatExchange, BSD)", threatexchange))
    python_license = Path(
        sys.base_prefix, "lib", f"python{sys.version_info[0]}.{sys.version_info[1]}", "LICENSE.txt"
    )
    if not python_license.is_file():
        python_license = Path(sys.base_prefix, "LICENSE.txt")  # Windows layout
    if python_license.is_file():
        out.append(_section(f"Python {sys.version.split()[0]}", _read(python_license)))
    for name in names:
        out.append(_distribution_section(name))
    return "".join(out)


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "(not installed)"


def _qt_version() -> str:
    try:
        from PySide6.QtCore import qVersion
    except ImportError:
        return "6"
    return str(qVersion())


def _distribution_section(name: str) -> str:
    dist = metadata.distribution(name)
    meta = dist.metadata
    license_name = meta.get("License-Expression") or meta.get("License") or ""
    if len(license_name) > 200:  # some packages paste the whole text here
        license_name = license_name.splitlines()[0]
    lines = [f"Version: {dist.version}"]
    if license_name:
        lines.append(f"License: {license_name}")
    lines += [
        f"Classifier: {c}" for c in meta.get_all("Classifier") or [] if c.startswith("License")
    ]
    home = meta.get("Home-page") or next(
        (u.split(",", 1)[1].strip() for u in meta.get_all("Project-URL") or [] if "," in u), ""
    )
    if home:
        lines.append(f"Home: {home}")
    body = "\n".join(lines) + "\n"
    files = _license_files(dist)
    if not files and _normalize(name) in QT_DISTRIBUTIONS:
        body += "\nSee the Qt, PySide6 and shiboken6 section above.\n"
    elif not files:
        body += "\n(The package ships no license file; its license is named above.)\n"
    for file_name, text in files:
        body += f"\n{'-' * 78}\n{file_name}\n{'-' * 78}\n\n{text.rstrip()}\n"
    return _section(f"{meta['Name']} {dist.version}", body)


def write_notices(distributions: Iterable[str], out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render(distributions), encoding="utf-8", newline="\n")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "THIRD_PARTY_LICENSES")
    args = parser.parse_args()
    dists = runtime_distributions()
    path = write_notices(dists, args.out)
    print(f"wrote {path} ({len(dists)} packages)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
