"""Pack the built folder into the archive people download (docs/packaging.md).

    takeitdown-client-<version>-linux-x86_64.tar.gz   (Linux)
    takeitdown-client-<version>-windows.zip           (Windows)
    takeitdown-client-<version>-macos.zip             (macOS: the .app, by ditto)

The archive is reproducible: entries sorted, every time set to
``SOURCE_DATE_EPOCH``, owners cleared, modes reduced to 0755 or 0644, and
gzip's header time fixed, so one commit gives one archive, byte for byte.
Symbolic links stay links. Used by ``build_bundle.py --archive``.
"""

from __future__ import annotations

import gzip
import platform
import shutil
import stat
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

ZIP_EPOCH_FLOOR = 315532800  # 1980-01-01: the earliest time a zip entry can hold


def archive_name(app_name: str, version: str, system: str = sys.platform) -> str:
    if system == "win32":
        return f"{app_name}-{version}-windows.zip"
    if system == "darwin":
        return f"{app_name}-{version}-macos.zip"
    machine = platform.machine().lower() or "unknown"
    return f"{app_name}-{version}-linux-{machine}.tar.gz"


def write_archive(folder: Path, target: Path, epoch: int) -> Path:
    """Pack ``folder`` (its name becomes the top folder) into ``target``, by its suffix."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    if target.name.endswith(".tar.gz"):
        _write_tar_gz(folder, partial, epoch)
    elif sys.platform == "darwin" and folder.suffix == ".app":
        # ditto keeps what a zip library drops from an app bundle: extended
        # attributes, resource forks and the code signature's layout.
        command = ["ditto", "-c", "-k", "--sequesterRsrc", "--keepParent"]
        subprocess.run([*command, str(folder), str(partial)], check=True)
    else:
        _write_zip(folder, partial, epoch)
    partial.replace(target)
    return target


def _entries(folder: Path) -> list[Path]:
    # Sorted by their text, so the order is the same on every file system.
    return [folder, *sorted(folder.rglob("*"), key=lambda path: path.as_posix())]


def _normal_mode(path: Path) -> int:
    mode = path.lstat().st_mode
    if stat.S_ISDIR(mode) or mode & stat.S_IXUSR:
        return 0o755
    return 0o644


def _write_tar_gz(folder: Path, target: Path, epoch: int) -> None:
    with (
        target.open("wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=epoch, compresslevel=6) as packed,
        tarfile.open(fileobj=packed, mode="w", format=tarfile.PAX_FORMAT) as tar,
    ):
        for path in _entries(folder):
            name = path.relative_to(folder.parent).as_posix()
            info = tar.gettarinfo(str(path), arcname=name)
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            info.mtime = epoch
            if not info.issym():
                info.mode = _normal_mode(path)
            if info.isfile():
                with path.open("rb") as content:
                    tar.addfile(info, content)
            else:
                tar.addfile(info)


def _write_zip(folder: Path, target: Path, epoch: int) -> None:
    stamp = time.gmtime(max(epoch, ZIP_EPOCH_FLOOR))[:6]
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in _entries(folder):
            name = path.relative_to(folder.parent).as_posix()
            if path.is_dir() and not path.is_symlink():
                name += "/"
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.create_system = 3  # Unix, so that the modes below are read
            if path.is_symlink():
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
                archive.writestr(info, str(path.readlink()))
            elif path.is_dir():
                info.external_attr = (stat.S_IFDIR | 0o755) << 16 | 0x10
                archive.writestr(info, b"")
            else:
                info.external_attr = (stat.S_IFREG | _normal_mode(path)) << 16
                info.compress_type = zipfile.ZIP_DEFLATED
                with path.open("rb") as source, archive.open(info, "w") as sink:
                    shutil.copyfileobj(source, sink, 1 << 20)
