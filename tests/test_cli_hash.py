"""``takeitdown-client hash``: JSON shape, table, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from .conftest import DATA_DIR

IMAGE = DATA_DIR / "pdq" / "images" / "misc-images" / "wee.jpg"
EXPECTED = json.loads((DATA_DIR / "pdq" / "expected.json").read_text())["misc-images/wee.jpg"]


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "takeitdown_client", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_no_reframes_leaves_the_variants_out() -> None:
    result = run_cli("hash", "--json", "--no-reframes", str(IMAGE))
    assert result.returncode == 0, result.stderr
    assert "pdq_variants" not in json.loads(result.stdout)["items"][0]


def test_json_items_have_the_stable_keys() -> None:
    result = run_cli("hash", "--json", str(IMAGE))
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)["items"]
    assert len(items) == 1
    item = items[0]
    assert set(item) == {
        "path", "media", "md5", "sha256", "pdq", "pdq_quality", "pdq_dihedral", "phash",
        "pdq_variants",
    }  # fmt: skip
    variants = item["pdq_variants"]
    assert [v["label"] for v in variants] == sorted(v["label"] for v in variants)
    assert all(set(v) == {"label", "pdq", "quality"} and v["quality"] >= 50 for v in variants)
    assert 8 + len(variants) <= 64
    assert item["path"] == str(IMAGE)
    assert item["media"] == "image"
    assert item["pdq"] == EXPECTED["pdq"]
    assert item["pdq_quality"] == EXPECTED["quality"]
    assert item["pdq_dihedral"] == EXPECTED["dihedral"]
    assert len(item["phash"]) == 16


def test_failed_items_and_exit_code_one(tmp_path: Path) -> None:
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 10)
    result = run_cli("hash", "--json", "--jobs", "1", str(IMAGE), str(broken))
    assert result.returncode == 1
    items = json.loads(result.stdout)["items"]
    assert items[0]["media"] == "image"
    assert items[1] == {
        "path": str(broken),
        "error": {"code": items[1]["error"]["code"], "message": items[1]["error"]["message"]},
    }
    assert items[1]["error"]["code"] in {"corrupt", "truncated"}


def test_readable_table(tmp_path: Path) -> None:
    result = run_cli("hash", str(IMAGE), str(tmp_path / "missing.png"))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith("ok") and "image" in lines[0] and EXPECTED["pdq"][:16] in lines[0]
    assert lines[1].startswith("FAILED") and "not_found" in lines[1]
    assert lines[-1] == "1 hashed, 1 failed"


def test_usage_errors_exit_two() -> None:
    assert run_cli("hash").returncode == 2
    assert run_cli("hash", "--jobs", "0", str(IMAGE)).returncode == 2
    assert run_cli("no-such-command").returncode == 2


def test_exif_oriented_key_appears_only_when_needed() -> None:
    rotated = DATA_DIR / "pdq" / "images" / "reg-test-input" / "exif-rotn" / "exif-rotn-6.jpg"
    result = run_cli("hash", "--json", str(rotated), str(IMAGE))
    items = json.loads(result.stdout)["items"]
    assert items[0]["pdq_exif_oriented"] == items[0]["pdq_dihedral"]["rotate270"]
    assert "pdq_exif_oriented" not in items[1]
