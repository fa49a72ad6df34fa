"""The .desktop entry, the AppStream metainfo and the icons."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET

import pytest
from PIL import Image

from takeitdown_client import __version__

from .conftest import ROOT

RESOURCES = ROOT / "resources"
DESKTOP = RESOURCES / "takeitdown-client.desktop"
METAINFO = RESOURCES / "org.takeitdown.Client.metainfo.xml"
ICONS = RESOURCES / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign] - keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_launches_the_installed_command() -> None:
    entry = desktop_entry()
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "scripts"
    ]
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] in scripts
    assert entry["Icon"] == "takeitdown-client"
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")
    # Qt sets the window's desktop file name to the command name: they must agree.
    assert DESKTOP.stem == "takeitdown-client" == entry["StartupWMClass"]


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_desktop_file_validate() -> None:
    done = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "error" not in done.stdout


def test_metainfo_matches_the_app() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == "org.takeitdown.Client"
    assert root.find("launchable").text == DESKTOP.name  # type: ignore[union-attr]
    assert root.findtext("project_license") == "BSD-3-Clause"
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("provides/binary") == "takeitdown-client"
    assert root.findtext("icon") == desktop_entry()["Icon"]
    versions = [release.get("version") for release in root.iter("release")]
    assert versions and versions[0] == __version__, "add a <release> for the new version"
    assert root.find("content_rating") is not None


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli not installed")
def test_appstreamcli_validate() -> None:
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("size", PNG_SIZES)
def test_png_icon_in_every_size(size: int) -> None:
    with Image.open(ICONS / f"takeitdown-client-{size}.png") as image:
        assert image.format == "PNG"
        assert image.size == (size, size)
        assert image.mode == "RGBA"
        alpha = image.getchannel("A")
        assert alpha.getextrema() == (0, 255)  # a transparent background around an opaque shape


def test_windows_and_macos_icons() -> None:
    with Image.open(ICONS / "takeitdown-client.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(ICONS / "takeitdown-client.icns") as icns:
        assert icns.format == "ICNS"
        assert max(icns.info["sizes"])[:2] == (512, 512)


def test_svg_source_is_well_formed() -> None:
    root = ET.parse(ICONS / "takeitdown-client.svg").getroot()
    assert root.tag.endswith("svg") and root.get("viewBox") == "0 0 512 512"
