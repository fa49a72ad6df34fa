"""``takeitdown-client match A B`` on media files and saved hash JSON."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from takeitdown_client.cli import main

DATA = Path(__file__).resolve().parent / "data"
IMAGES = DATA / "pdq" / "images"
VIDEOS = DATA / "vpdq" / "videos"
ORIGINAL = "bridge-mods/aaa-orig.jpg"
ROTATED = "reg-test-input/dih/bridge-2-rotate-90.jpg"


def pdq_reference() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DATA / "pdq" / "expected.json").read_text("utf-8"))
    return data


def saved_image(tmp_path: Path, name: str, wrap: bool = True) -> Path:
    """A `hash --json` file for one reference picture, built from the reference values."""
    entry = pdq_reference()[name]
    item = {
        "path": name,
        "media": "image",
        "md5": "0" * 32,
        "sha256": entry["sha256"],
        "pdq": entry["pdq"],
        "pdq_quality": entry["quality"],
        "pdq_dihedral": entry["dihedral"],
        "phash": "0" * 16,
    }
    path = tmp_path / f"{Path(name).stem}.json"
    path.write_text(json.dumps({"items": [item]} if wrap else item), "utf-8")
    return path


def saved_video(tmp_path: Path, stem: str) -> Path:
    ref = json.loads((DATA / "vpdq" / "expected" / f"{stem}.json").read_text("utf-8"))
    item = {
        "path": ref["file"],
        "media": "video",
        "md5": ref["md5"],
        "sha256": ref["sha256"],
        "vpdq": {"seconds_per_hash": ref["seconds_per_hash"], "frames": ref["frames"]},
    }
    path = tmp_path / f"{stem}.json"
    path.write_text(json.dumps({"items": [item]}), "utf-8")
    return path


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict[str, Any]]:
    code = main(["match", "--json", *argv])
    out = capsys.readouterr().out
    data: dict[str, Any] = json.loads(out)
    return code, data


def test_saved_pictures_rotated_copy(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = saved_image(tmp_path, ORIGINAL), saved_image(tmp_path, ROTATED, wrap=False)
    code, data = run_json(capsys, str(a), str(b))
    assert code == 0
    assert data["verdict"] == "match"
    assert data["kind"] == "image"
    assert data["transform"] == "rotate90"
    assert data["plain_distance"] == 120
    assert data["distance"] <= 2
    assert data["identical_files"] is False
    code, data = run_json(capsys, "--no-dihedral", str(a), str(b))
    assert (code, data["verdict"], data["distance"]) == (1, "no_match", 120)


def test_picture_files_are_hashed_here(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    saved = saved_image(tmp_path, ROTATED)
    code, data = run_json(capsys, str(IMAGES / ROTATED), str(saved))
    assert code == 0
    assert data["distance"] == 0
    assert data["identical_files"] is True


def test_video_file_against_its_reference(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = saved_video(tmp_path, "pattern-sd-grey-bar")
    copy = tmp_path / "found-copy.bin"  # recognised by content
    shutil.copyfile(VIDEOS / "pattern-sd-grey-bar.mp4", copy)
    code, data = run_json(capsys, str(copy), str(saved))
    assert code == 0
    assert data["kind"] == "video"
    assert data["query_match_percent"] == 100.0
    assert data["compared_match_percent"] == 100.0
    assert data["a"] == {"media": "video", "frames": 7, "seconds_per_hash": 1.0}


def test_different_videos_text_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = saved_video(tmp_path, "pattern-sd-grey-bar")
    b = saved_video(tmp_path, "test-padded-dimensions")
    assert main(["match", str(a), str(b)]) == 1
    out = capsys.readouterr().out
    assert "Verdict: NO MATCH" in out
    assert "A's frames found in B" in out
    assert main(["match", "--threshold", "0", str(a), str(b)]) == 0
    assert "Verdict: MATCH" in capsys.readouterr().out


def test_picture_against_video(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ref = json.loads((DATA / "vpdq" / "expected" / "pattern-sd-grey-bar.json").read_text("utf-8"))
    frame = ref["frames"][2]
    still = {"media": "image", "md5": "0" * 32, "sha256": "1" * 64, "pdq": frame["pdq"]}
    still |= {"pdq_quality": frame["quality"], "pdq_dihedral": {}, "phash": ""}
    a = tmp_path / "still.json"
    a.write_text(json.dumps(still), "utf-8")
    code, data = run_json(capsys, str(a), str(saved_video(tmp_path, "pattern-sd-grey-bar")))
    assert code == 0
    assert (data["kind"], data["frame"], data["distance"]) == ("image_in_video", 60, 0)


def test_unusable_inputs_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = saved_video(tmp_path, "pattern-sd-grey-bar")
    missing = tmp_path / "missing.mp4"
    assert main(["match", str(missing), str(good)]) == 2
    assert "A: file not found." in capsys.readouterr().err
    junk = tmp_path / "junk.json"
    junk.write_text("{not json", "utf-8")
    assert main(["match", str(good), str(junk)]) == 2
    assert "B is not valid hash JSON" in capsys.readouterr().err
    two = tmp_path / "two.json"
    items = json.loads(good.read_text("utf-8"))["items"] * 2
    two.write_text(json.dumps({"items": items}), "utf-8")
    assert main(["match", str(two), str(good)]) == 2
    assert "holds 2 fingerprints" in capsys.readouterr().err
    sound = tmp_path / "sound.bin"
    sound.write_bytes(b"\0" * 100)
    assert main(["match", str(sound), str(good)]) == 2
    assert "A:" in capsys.readouterr().err


def test_bad_options_are_usage_errors(tmp_path: Path) -> None:
    good = saved_video(tmp_path, "pattern-sd-grey-bar")
    with pytest.raises(SystemExit) as caught:
        main(["match", "--max-distance", "300", str(good), str(good)])
    assert caught.value.code == 2


def test_mirrored_and_rotated_picture_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from PIL import Image

    original = IMAGES / ORIGINAL
    with Image.open(original) as picture:
        picture.convert("RGB").transpose(Image.Transpose.FLIP_LEFT_RIGHT).save(tmp_path / "m.png")
        picture.convert("RGB").transpose(Image.Transpose.ROTATE_180).save(tmp_path / "r.png")
    code, data = run_json(capsys, str(original), str(tmp_path / "m.png"))
    assert (code, data["transform"], data["distance"]) == (0, "flipy", 0)
    assert data["plain_distance"] > 31
    code, data = run_json(capsys, str(tmp_path / "r.png"), str(original))
    assert (code, data["transform"], data["distance"]) == (0, "rotate180", 0)


def test_the_text_report_names_turns_and_mirrorings_in_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from PIL import Image

    original = IMAGES / ORIGINAL
    with Image.open(original) as picture:
        mirrored = picture.convert("RGB").transpose(Image.Transpose.TRANSVERSE)
        mirrored.save(tmp_path / "t.png")
    assert main(["match", str(original), str(tmp_path / "t.png")]) == 0
    out = capsys.readouterr().out
    assert "Closest when A is mirrored left to right and turned a quarter turn to the right" in out
    assert "flipminus1" not in out and "transformed by" not in out


def test_the_words_say_what_each_transform_does() -> None:
    """Each phrase, done step by step with PIL, gives the pixels of that dihedral variant."""
    import numpy as np
    from PIL import Image

    from takeitdown_client.commands.match import TRANSFORM_WORDS
    from takeitdown_client.core.pdq import DIHEDRAL_NAMES, dihedral_view

    steps = {
        "mirrored left to right": Image.Transpose.FLIP_LEFT_RIGHT,
        "mirrored top to bottom": Image.Transpose.FLIP_TOP_BOTTOM,
        "turned a quarter turn to the left": Image.Transpose.ROTATE_90,
        "turned a quarter turn to the right": Image.Transpose.ROTATE_270,
        "turned upside down (half a turn)": Image.Transpose.ROTATE_180,
    }
    pixels = np.arange(12, dtype=np.uint8).reshape(3, 4)
    assert set(TRANSFORM_WORDS) == set(DIHEDRAL_NAMES) - {"original"}
    for name, words in TRANSFORM_WORDS.items():
        image = Image.fromarray(pixels)
        for phrase in words.split(" and "):
            image = image.transpose(steps[phrase])
        expected = dihedral_view(pixels.astype(np.float32), name)
        assert np.array_equal(np.asarray(image), expected), name
