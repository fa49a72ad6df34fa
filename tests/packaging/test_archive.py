"""The archive people download: reproducible, complete, links and modes kept."""

from __future__ import annotations

import hashlib
import os
import stat
import sys
import tarfile
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

from .conftest import load_script

EPOCH = 1_790_000_000


@pytest.fixture(scope="module")
def bundle_archive() -> ModuleType:
    return load_script("bundle_archive")


def _fake_bundle(root: Path) -> Path:
    folder = root / "takeitdown-client"
    (folder / "_internal" / "lib").mkdir(parents=True)
    program = folder / "takeitdown-client"
    program.write_bytes(b"\x7fELF program")
    program.chmod(0o700)
    data = folder / "_internal" / "lib" / "libexample.so.1.2"
    data.write_bytes(os.urandom(4096))
    data.chmod(0o600)
    (folder / "THIRD_PARTY_LICENSES").write_text("notices\n", encoding="utf-8")
    if sys.platform != "win32":
        (folder / "_internal" / "lib" / "libexample.so.1").symlink_to("libexample.so.1.2")
    return folder


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("suffix", [".tar.gz", ".zip"])
def test_two_packings_are_byte_identical(
    tmp_path: Path, bundle_archive: ModuleType, suffix: str
) -> None:
    folder = _fake_bundle(tmp_path / "build")
    first = bundle_archive.write_archive(folder, tmp_path / f"one{suffix}", EPOCH)
    os.utime(folder / "THIRD_PARTY_LICENSES", (EPOCH + 999, EPOCH + 999))  # a later touch
    second = bundle_archive.write_archive(folder, tmp_path / f"two{suffix}", EPOCH)
    assert _digest(first) == _digest(second)
    assert not list(tmp_path.glob("*.partial"))


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links and Unix modes")
def test_tar_gz_keeps_modes_and_links_and_clears_owners(
    tmp_path: Path, bundle_archive: ModuleType
) -> None:
    folder = _fake_bundle(tmp_path / "build")
    target = bundle_archive.write_archive(folder, tmp_path / "app.tar.gz", EPOCH)
    with tarfile.open(target) as tar:
        members = {member.name: member for member in tar.getmembers()}
        names = [member.name for member in tar.getmembers()]
        tar.extractall(tmp_path / "out", filter="tar")
    assert names[0] == "takeitdown-client" and names == [names[0], *sorted(names[1:])]
    assert members["takeitdown-client/takeitdown-client"].mode == 0o755
    assert members["takeitdown-client/_internal/lib/libexample.so.1.2"].mode == 0o644
    link = members["takeitdown-client/_internal/lib/libexample.so.1"]
    assert link.issym() and link.linkname == "libexample.so.1.2"
    assert all(m.uid == 0 and m.gid == 0 and m.uname == "" for m in members.values())
    assert all(m.mtime == EPOCH for m in members.values())
    unpacked = tmp_path / "out" / "takeitdown-client"
    assert (unpacked / "_internal/lib/libexample.so.1").read_bytes() == (
        folder / "_internal/lib/libexample.so.1.2"
    ).read_bytes()
    assert os.access(unpacked / "takeitdown-client", os.X_OK)


def test_zip_holds_every_file_with_unix_modes(tmp_path: Path, bundle_archive: ModuleType) -> None:
    folder = _fake_bundle(tmp_path / "build")
    target = bundle_archive.write_archive(folder, tmp_path / "app.zip", EPOCH)
    with zipfile.ZipFile(target) as archive:
        infos = {info.filename: info for info in archive.infolist()}
        assert archive.read("takeitdown-client/THIRD_PARTY_LICENSES") == b"notices\n"
    program = infos["takeitdown-client/takeitdown-client"]
    assert stat.S_IMODE(program.external_attr >> 16) == 0o755
    assert infos["takeitdown-client/"].is_dir()
    if sys.platform != "win32":
        link = infos["takeitdown-client/_internal/lib/libexample.so.1"]
        assert stat.S_ISLNK(link.external_attr >> 16)


def test_archive_names_follow_the_install_guide(bundle_archive: ModuleType) -> None:
    guide = (Path(__file__).resolve().parents[2] / "docs" / "packaging.md").read_text()
    assert "takeitdown-client-<version>-windows.zip" in guide
    assert bundle_archive.archive_name("takeitdown-client", "1.0", "win32") == (
        "takeitdown-client-1.0-windows.zip"
    )
    assert bundle_archive.archive_name("takeitdown-client", "1.0", "darwin") == (
        "takeitdown-client-1.0-macos.zip"
    )
    linux = bundle_archive.archive_name("takeitdown-client", "1.0", "linux")
    assert linux.startswith("takeitdown-client-1.0-linux-") and linux.endswith(".tar.gz")
    assert "takeitdown-client-<version>-linux-x86_64.tar.gz" in guide
