"""``status`` and ``withdraw`` by case number, the secret code never on the command line;
the GUI's words; a "no" at a prompt; paths that never existed."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from takeitdown_client.cli import main
from takeitdown_client.core.settings import RegistryProfile, Settings, save_settings
from takeitdown_client.registry_server import RunningServer

from .conftest import sample_fingerprints

DECLINED = 3


def run_cli(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    *argv: str,
    stdin: str = "",
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def receipt(
    registry: RunningServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> dict[str, str]:
    hashes = tmp_path / "hashes.json"
    hashes.write_text(json.dumps({"items": [fp.to_json() for fp in sample_fingerprints()]}))
    path = tmp_path / "receipt.json"
    code, out, err = run_cli(
        capsys, monkeypatch,
        "submit", "--registry", registry.url, "--category", "minor", "--yes",
        "--receipt-out", str(path), str(hashes),
    )  # fmt: skip
    assert code == 0, err
    assert "Case number:" in out and "Secret code:" in out
    assert "token" not in out.lower() and "case id" not in out.lower()
    data = json.loads(path.read_text())
    return {"case": data["case_id"], "code": data["token"], "url": registry.url}


def test_status_by_case_number_reads_the_code_from_stdin(
    receipt: dict[str, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    typed_case = receipt["case"].lower()
    typed_code = receipt["code"].lower().replace("-", " ").replace("0", "o") + "\n"
    code, out, err = run_cli(
        capsys, monkeypatch, "status", "--case", typed_case, "--registry", receipt["url"],
        stdin=typed_code,
    )  # fmt: skip
    assert code == 0, err
    assert f"Case number {receipt['case']}: received" in out
    assert "Fingerprints accepted:" in out


def test_the_only_saved_registry_is_used_when_none_is_named(
    receipt: dict[str, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    profile = RegistryProfile(name="Help centre", kind="takeitdown", base_url=receipt["url"])
    save_settings(Settings(profiles=(profile,)))
    code, out, err = run_cli(
        capsys, monkeypatch, "status", "--case", receipt["case"], stdin=receipt["code"] + "\n"
    )
    assert code == 0, err and "received" in out


def test_a_wrong_code_says_so_in_plain_words(
    receipt: dict[str, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    wrong = ("2" if receipt["code"][0] != "2" else "3") + receipt["code"][1:]
    code, out, err = run_cli(
        capsys, monkeypatch, "status", "--case", receipt["case"], "--registry", receipt["url"],
        stdin=wrong + "\n",
    )  # fmt: skip
    assert code == 1 and out == ""
    assert err.strip() == "We couldn't find that case. Check the case number and secret code."


def test_the_code_is_never_taken_from_the_command_line(
    receipt: dict[str, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, out, err = run_cli(
        capsys, monkeypatch, "status", "--case", receipt["case"], "--registry", receipt["url"],
        "--code", receipt["code"],
    )  # fmt: skip
    assert code == 1 and "never taken from the command line" in err and out == ""
    assert receipt["code"] not in err


def test_withdraw_by_case_number_and_a_no_changes_nothing(
    receipt: dict[str, str],
    registry: RunningServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    args = ("withdraw", "--case", receipt["case"], "--registry", receipt["url"])
    code, out, err = run_cli(capsys, monkeypatch, *args, stdin=receipt["code"] + "\nno\n")
    assert code == DECLINED and "Nothing was changed." in err and out == ""
    case = registry.store.case(receipt["case"])
    assert case is not None and case.status == "received"
    code, out, err = run_cli(capsys, monkeypatch, *args, stdin=receipt["code"] + "\nyes\n")
    assert code == 0, err
    assert f"Case number {receipt['case']}: withdrawn" in out


def test_a_no_to_sending_is_its_own_documented_outcome(
    registry: RunningServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    hashes = tmp_path / "hashes.json"
    hashes.write_text(json.dumps({"items": [fp.to_json() for fp in sample_fingerprints()]}))
    code, _, err = run_cli(
        capsys, monkeypatch, "submit", "--registry", registry.url, "--category", "minor",
        str(hashes), stdin="no\n",
    )  # fmt: skip
    assert code == DECLINED and "Nothing was sent." in err
    assert registry.store.counts()["cases"] == 0
    readme = (Path(__file__).parents[2] / "README.md").read_text("utf-8")
    assert "3 you answered no" in readme


@pytest.mark.parametrize("command", ["status", "withdraw"])
def test_a_receipt_path_that_never_existed_says_not_found(
    command: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, _, err = run_cli(capsys, monkeypatch, command, str(tmp_path / "nowhere.json"))
    assert code == 1 and "not found" in err


def test_media_paths_that_never_existed_say_not_found(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = str(tmp_path / "nowhere.jpg")
    code, out, err = run_cli(capsys, monkeypatch, "hash", missing)
    assert code == 1 and "not found" in out + err and "no longer" not in out + err
    code, _, err = run_cli(capsys, monkeypatch, "send", missing, "--registry", "http://127.0.0.1:9")
    assert code == 1 and "not found" in err
