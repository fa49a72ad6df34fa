"""The submit, send, status, withdraw and export commands, end to end on 127.0.0.1."""

from __future__ import annotations

import io
import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from takeitdown_client.cli import main
from takeitdown_client.core.outbox import Outbox
from takeitdown_client.core.payload import SubmissionPayload
from takeitdown_client.core.payload_parse import parse_payload
from takeitdown_client.core.receipts import load_receipt
from takeitdown_client.core.settings import RegistryProfile, Settings, data_dir, save_settings
from takeitdown_client.registry_server import RunningServer

from .conftest import sample_fingerprints
from .flaky_server import FlakyServer, Step


@pytest.fixture
def pictures(tmp_path: Path) -> list[Path]:
    rng = np.random.default_rng(3)
    paths = []
    for number in range(2):
        path = tmp_path / f"picture{number}.png"
        Image.fromarray(rng.integers(0, 256, (64, 80, 3), dtype=np.uint8)).save(path)
        paths.append(path)
    return paths


@pytest.fixture
def hash_json(tmp_path: Path) -> Path:
    path = tmp_path / "hashes.json"
    items = [{"path": "x", **fp.to_json()} for fp in sample_fingerprints()]
    items.append({"path": "broken.jpg", "error": {"code": "corrupt", "message": "damaged"}})
    path.write_text(json.dumps({"items": items}))
    return path


def stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(text))


def run_cli(capsysbinary: pytest.CaptureFixture[bytes], *argv: str) -> tuple[int, bytes, str]:
    code = main(list(argv))
    out, err = capsysbinary.readouterr()
    return code, out, err.decode()


def test_submit_prints_the_exact_bytes_it_sends(
    registry: RunningServer,
    pictures: list[Path],
    tmp_path: Path,
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    receipt_path = tmp_path / "receipt.json"
    code, out, err = run_cli(
        capsysbinary,
        "submit", "--registry", registry.url, "--category", "minor", "--as", "counselor",
        "--yes", "--jobs", "1", "--receipt-out", str(receipt_path), *map(str, pictures),
    )  # fmt: skip
    assert code == 0, err
    [stored] = registry.store.raw_bodies().values()
    assert out.startswith(stored)  # the payload printed is the payload stored
    assert parse_payload(stored).submitter == "counselor"
    receipt = load_receipt(receipt_path)
    assert receipt.case_id.encode() in out and receipt.token.encode() in out
    assert str(tmp_path).encode() not in stored

    code, out, err = run_cli(capsysbinary, "status", str(receipt_path))
    assert code == 0, err
    assert b"received" in out
    code, out, err = run_cli(capsysbinary, "withdraw", "--yes", str(receipt_path))
    assert code == 0 and b"withdrawn" in out


def test_submit_asks_first_and_sends_nothing_without_a_yes(
    registry: RunningServer,
    hash_json: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    stdin(monkeypatch, "no\n")
    args = ("submit", "--registry", registry.url, "--category", "adult", str(hash_json))
    code, out, err = run_cli(capsysbinary, *args)
    assert code == 3 and "Nothing was sent" in err  # a "no" is its own outcome
    assert registry.store.counts()["cases"] == 0
    assert json.loads(out)["category"] == "adult"
    stdin(monkeypatch, "yes\n")
    code, out, err = run_cli(capsysbinary, *args)
    # One item of the hash file was an error: sent the rest, and exit 1 says so.
    assert code == 1 and registry.store.counts()["cases"] == 1
    assert "Case number" in out.decode() and "Secret code" in out.decode()


def test_submit_needs_a_category_when_it_cannot_ask(
    registry: RunningServer, hash_json: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    code, _, err = run_cli(
        capsysbinary, "submit", "--registry", registry.url, "--yes", str(hash_json)
    )
    assert code == 2 and "--category" in err


def test_submit_refuses_plain_http_elsewhere(
    hash_json: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    code, _, err = run_cli(
        capsysbinary, "submit", "--registry", "http://registry.example.org", "--category",
        "minor", "--yes", str(hash_json),
    )  # fmt: skip
    assert code == 1 and "insecure_url" in err


def test_unknown_profile_is_a_usage_error(
    hash_json: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    code, _, err = run_cli(
        capsysbinary, "submit", "--registry", "Nowhere", "--category", "minor", str(hash_json)
    )
    assert code == 2 and "Nowhere" in err


def test_send_later_then_send_the_outbox(
    registry: RunningServer,
    bare_flaky: FlakyServer,
    hash_json: Path,
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    bare_flaky.default = Step(status=503, body=b"{}")
    save_settings(Settings().with_profile(RegistryProfile("Centre", "takeitdown", bare_flaky.url)))
    code, out, err = run_cli(
        capsysbinary, "submit", "--registry", "Centre", "--category", "minor", "--yes",
        "--send-later", "--retries", "1", str(hash_json),
    )  # fmt: skip
    assert code == 1 and "outbox" in err
    [entry] = Outbox(data_dir()).list()
    assert out.startswith(entry.payload_bytes)
    # The registry is back (the profile now points at it); the outbox goes with the same key.
    save_settings(Settings().with_profile(RegistryProfile("Centre", "takeitdown", registry.url)))
    code, out, err = run_cli(capsysbinary, "send", "--outbox", "--yes")
    assert code == 0, err
    assert Outbox(data_dir()).list() == []
    assert list(registry.store.raw_bodies().values()) == [entry.payload_bytes]


def test_export_then_send_the_payload_file(
    registry: RunningServer,
    hash_json: Path,
    tmp_path: Path,
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    payload_file = tmp_path / "payload.json"
    code, _, err = run_cli(
        capsysbinary, "export", "--format", "json", "--category", "adult", "--out",
        str(payload_file), str(hash_json),
    )  # fmt: skip
    assert code == 1  # one item in the hash file was an error
    payload = parse_payload(payload_file.read_bytes())
    assert payload.to_bytes() == payload_file.read_bytes()
    code, _out, err = run_cli(
        capsysbinary, "send", str(payload_file), "--registry", registry.url, "--yes"
    )
    assert code == 0, err
    assert list(registry.store.raw_bodies().values()) == [payload_file.read_bytes()]


@pytest.mark.parametrize("fmt", ["te", "csv"])
def test_export_signal_lists(
    fmt: str,
    hash_json: Path,
    payload: SubmissionPayload,
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    code, out, _ = run_cli(capsysbinary, "export", "--format", fmt, str(hash_json))
    assert code == 1
    text = out.decode()
    assert payload.items[0]["pdq"] in text and payload.items[2]["md5"] in text
    if fmt == "csv":
        assert text.startswith("signal_type,signal_str\n")
    else:
        assert text.startswith(f"pdq {payload.items[0]['pdq']}\n")


def test_bad_receipt_file(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    path = tmp_path / "r.json"
    path.write_text("{}")
    code, _, err = run_cli(capsysbinary, "status", str(path))
    assert code == 1 and "receipt" in err.lower()
