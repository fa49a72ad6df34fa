"""Every bad input gives a typed error with a stable code, and only for its own item."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from takeitdown_client.core.batch import hash_paths
from takeitdown_client.core.errors import ErrorCode, MediaError
from takeitdown_client.core.hashing import HashOptions, hash_file

from .conftest import DATA_DIR

GOOD_JPEG = DATA_DIR / "pdq" / "images" / "bridge-mods" / "shrink-a-lot.jpg"
GOOD_PNG = DATA_DIR / "pdq" / "images" / "misc-images" / "modes" / "1.png"


def _code(path: Path, options: HashOptions | None = None) -> str:
    with pytest.raises(MediaError) as caught:
        hash_file(path, options)
    assert caught.value.message
    assert str(path) not in caught.value.message
    return caught.value.code


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))


def test_empty_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jpg"
    empty.touch()
    assert _code(empty) == ErrorCode.EMPTY_FILE


@pytest.mark.parametrize("source", [GOOD_JPEG, GOOD_PNG])
def test_truncated_file(tmp_path: Path, source: Path) -> None:
    truncated = tmp_path / f"cut{source.suffix}"
    data = source.read_bytes()
    truncated.write_bytes(data[: len(data) // 2])
    assert _code(truncated) == ErrorCode.TRUNCATED


def test_corrupt_file_with_an_image_header(tmp_path: Path) -> None:
    corrupt = tmp_path / "corrupt.png"
    corrupt.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(2000))
    assert _code(corrupt) == ErrorCode.CORRUPT


def test_not_an_image_even_with_an_image_name(tmp_path: Path) -> None:
    text = tmp_path / "holiday.jpg"
    text.write_text("these are not the pixels you are looking for\n" * 20)
    assert _code(text) == ErrorCode.NOT_MEDIA


def test_format_detected_from_content_not_name(tmp_path: Path) -> None:
    renamed = tmp_path / "notes.txt"
    shutil.copy(GOOD_JPEG, renamed)
    assert hash_file(renamed).media == "image"


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("drawing.svg", b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>'),
        ("layers.psd", b"8BPS\x00\x01" + b"\x00" * 200),
        ("photo.jxl", b"\xff\x0a" + b"\x00" * 200),
    ],
)
def test_unsupported_format(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert _code(path) == ErrorCode.UNSUPPORTED_FORMAT


def test_decoder_outside_our_list_is_unsupported(tmp_path: Path) -> None:
    """Pillow can read TGA, but we do not hand untrusted files to every decoder."""
    path = tmp_path / "picture.png"
    Image.new("RGB", (32, 32), (1, 2, 3)).save(path, format="TGA")
    assert _code(path) == ErrorCode.NOT_MEDIA


def test_pixel_limit_is_configurable(tmp_path: Path) -> None:
    assert _code(GOOD_JPEG, HashOptions(max_pixels=100)) == ErrorCode.TOO_LARGE
    assert hash_file(GOOD_JPEG, HashOptions(max_pixels=160 * 100)).media == "image"


def test_decompression_bomb_is_refused_before_decoding(tmp_path: Path) -> None:
    """A 30 KB PNG that claims 100000 x 100000 pixels."""
    header = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 0, 0, 0, 0)
    row = b"\x00" + b"\x00" * 100_000
    idat = zlib.compress(row * 200, 9)
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", idat)
        + _png_chunk(b"IEND", b"")
    )
    assert bomb.stat().st_size < 100_000
    assert _code(bomb) == ErrorCode.TOO_LARGE


def test_missing_file(tmp_path: Path) -> None:
    assert _code(tmp_path / "gone.jpg") == ErrorCode.NOT_FOUND


@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """A folder another user can enter (pytest's tmp_path is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="tid-perm-"))
    folder.chmod(0o755)
    yield folder
    for root, dirs, _files in os.walk(folder):
        for name in dirs:
            (Path(root) / name).chmod(0o755)
    shutil.rmtree(folder, ignore_errors=True)


_DROP_ROOT = f"""
import os, pwd
import takeitdown_client.core.batch
from takeitdown_client.core.hashing import hash_file
hash_file({str(GOOD_JPEG)!r})  # load every lazily imported module while we can still read them
if os.geteuid() == 0:
    nobody = pwd.getpwnam("nobody")
    os.setgroups([])
    os.setgid(nobody.pw_gid)
    os.setuid(nobody.pw_uid)
"""


def _run_as_unprivileged(code: str) -> str:
    """Permission bits do not stop root: load the code as root, then become 'nobody'."""
    result = subprocess.run(
        [sys.executable, "-c", _DROP_ROOT + code],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return result.stdout.strip()


def test_unreadable_file(shared_tmp: Path) -> None:
    locked = shared_tmp / "locked.jpg"
    shutil.copy(GOOD_JPEG, locked)
    locked.chmod(0o000)
    code = (
        "from takeitdown_client.core.hashing import hash_file\n"
        "from takeitdown_client.core.errors import MediaError\n"
        f"try:\n    hash_file({str(locked)!r})\nexcept MediaError as e:\n    print(e.code)\n"
    )
    assert _run_as_unprivileged(code) == ErrorCode.UNREADABLE


def test_unreadable_subfolder_is_reported_and_the_rest_is_hashed(shared_tmp: Path) -> None:
    shutil.copy(GOOD_JPEG, shared_tmp / "a.jpg")
    private = shared_tmp / "private"
    private.mkdir()
    shutil.copy(GOOD_JPEG, private / "b.jpg")
    private.chmod(0o000)
    code = (
        "from takeitdown_client.core.batch import hash_paths\n"
        f"for item in hash_paths([{str(shared_tmp)!r}], jobs=1):\n"
        "    print(item.path.rsplit('/', 1)[-1], item.error.code if item.error else 'ok')\n"
    )
    assert _run_as_unprivileged(code).splitlines() == ["a.jpg ok", "private folder_unreadable"]


def test_symlink_loop_in_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "photos"
    (folder / "inner").mkdir(parents=True)
    shutil.copy(GOOD_JPEG, folder / "inner" / "a.jpg")
    (folder / "inner" / "back").symlink_to(folder)
    (folder / "self").symlink_to(folder / "self")
    items = hash_paths([folder], jobs=1)
    outcomes = [(Path(item.path).name, item.error.code if item.error else "ok") for item in items]
    assert outcomes == [("a.jpg", "ok"), ("back", "symlink_loop"), ("self", "symlink_loop")]


def test_bad_files_affect_only_their_own_items(tmp_path: Path) -> None:
    (tmp_path / "empty.jpg").touch()
    (tmp_path / "text.png").write_text("nope")
    shutil.copy(GOOD_JPEG, tmp_path / "good.jpg")
    cut = tmp_path / "half.jpg"
    cut.write_bytes(GOOD_JPEG.read_bytes()[:1500])
    items = hash_paths([tmp_path], jobs=2)
    codes = {Path(i.path).name: (i.error.code if i.error else "ok") for i in items}
    assert codes == {
        "empty.jpg": "empty_file",
        "good.jpg": "ok",
        "half.jpg": "truncated",
        "text.png": "not_media",
    }
