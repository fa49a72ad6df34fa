"""Exports (payload file, threatexchange text, CSV), their importers, and receipts."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from takeitdown_client.core.exports import (
    ImportFileError,
    Signal,
    csv_text,
    export_bytes,
    import_csv,
    import_payload,
    import_threatexchange,
    parse_csv,
    parse_threatexchange,
    payload_signals,
    threatexchange_text,
    write_export,
)
from takeitdown_client.core.payload import PayloadError, SubmissionPayload
from takeitdown_client.core.receipts import Receipt, ReceiptError, load_receipt, save_receipt


def test_payload_file_round_trip(tmp_path: Path, payload: SubmissionPayload) -> None:
    path = tmp_path / "submission.json"
    write_export(path, export_bytes(payload))
    assert path.read_bytes() == payload.to_bytes()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert import_payload(path).to_bytes() == payload.to_bytes()
    path.write_text(json.dumps({**json.loads(payload.to_bytes()), "owner": "someone"}))
    with pytest.raises(PayloadError):
        import_payload(path)


def test_threatexchange_text(payload: SubmissionPayload) -> None:
    image, _flat, video = payload.items
    text = threatexchange_text(payload)
    lines = text.splitlines()
    # python-threatexchange's file collaboration: "<type> <signal>", split at the first space.
    assert lines[0] == f"pdq {image['pdq']}"
    assert lines[1:8] == [f"pdq {v}" for v in image["pdq_dihedral"].values()]
    assert lines[8] == f"video_md5 {video['md5']}"
    assert len(lines) == 9 and text.endswith("\n")
    for line in lines:
        signal_type, _, signal = line.strip().partition(" ")
        assert signal_type in ("pdq", "video_md5") and " " not in signal
    assert parse_threatexchange(text) == payload_signals(payload)


def test_vpdq_lines_on_request(payload: SubmissionPayload) -> None:
    text = threatexchange_text(payload, include_vpdq=True)
    last = text.splitlines()[-1]
    signal_type, _, signal = last.partition(" ")
    assert signal_type == "vpdq" and " " not in signal
    assert len(json.loads(signal)) == 4
    assert parse_threatexchange(text)[-1] == Signal("vpdq", signal)


def test_csv(payload: SubmissionPayload, tmp_path: Path) -> None:
    text = csv_text(payload, include_vpdq=True)
    assert text.startswith("signal_type,signal_str\n")
    assert parse_csv(text) == payload_signals(payload, include_vpdq=True)
    write_export(tmp_path / "s.csv", export_bytes(payload, "csv"))
    assert import_csv(tmp_path / "s.csv") == payload_signals(payload)
    write_export(tmp_path / "s.te", export_bytes(payload, "te"))
    assert import_threatexchange(tmp_path / "s.te") == payload_signals(payload)


@pytest.mark.parametrize(
    "text",
    ["pdq nothex", "md5 " + "a" * 32, "pdq", "video_md5 " + "a" * 31, "vpdq [1, 2]", "\x00\x01"],
)
def test_bad_signal_lines(text: str) -> None:
    with pytest.raises(ImportFileError):
        parse_threatexchange(text)


def test_signal_files_tolerate_comments_blank_lines_and_case() -> None:
    text = "# exported\n\nPDQ " + "A" * 64 + "\r\nvideo_md5 " + "b" * 32 + "\n"
    assert parse_threatexchange(text) == [Signal("pdq", "a" * 64), Signal("video_md5", "b" * 32)]
    with pytest.raises(ImportFileError):
        parse_csv("type,value\npdq," + "a" * 64)


def test_import_errors_for_files(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError) as caught:
        import_threatexchange(tmp_path / "missing.te")
    assert caught.value.code == "file_unreadable"
    (tmp_path / "binary.te").write_bytes(b"\xff\xfe\x00pdq")
    with pytest.raises(ImportFileError):
        import_threatexchange(tmp_path / "binary.te")


RECEIPT = Receipt(
    case_id="TID-ABCD-EFGH",
    token="tok_0123456789abcdef",
    registry_name="Demo registry (this computer)",
    registry_url="http://127.0.0.1:8080",
    kind="takeitdown",
    created_at="2026-01-02T03:04:05Z",
    accepted=3,
    duplicates=1,
)


def test_receipt_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "receipt.json"
    save_receipt(RECEIPT, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_receipt(path) == RECEIPT
    hma = Receipt(
        "local-1", "", "HMA", "https://h.example", "hma", "", 2, 0, ("1", "2"), "BANK", 1, 1
    )
    save_receipt(hma, path)
    assert load_receipt(path) == hma and hma.supports_status  # by its bank and content ids
    assert not Receipt("local-2", "", "HMA", "https://h.example", "hma", "", 0).supports_status


@pytest.mark.parametrize(
    "content",
    [b"", b"{}", b"[]", b"not json", b'{"schema": "takeitdown-receipt"}'],
)
def test_bad_receipts(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "r.json"
    path.write_bytes(content)
    with pytest.raises(ReceiptError):
        load_receipt(path)


def test_receipt_text_is_sanitized(tmp_path: Path) -> None:
    data = RECEIPT.to_json()
    data["registry_name"] = "Evil\u202e\x1b[2J name"
    path = tmp_path / "r.json"
    path.write_text(json.dumps(data))
    assert load_receipt(path).registry_name == "Evil [2J name"
