"""The CLI on the HMA path, end to end against the HMA stand-in on 127.0.0.1."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from takeitdown_client.cli import main
from takeitdown_client.core.outbox import Outbox
from takeitdown_client.core.receipts import load_receipt
from takeitdown_client.core.settings import RegistryProfile, Settings, data_dir, save_settings
from takeitdown_client.registry_server import RunningServer, start_in_thread

from .conftest import BANK, sample_fingerprints
from .flaky_server import FlakyServer, Step


def run_cli(capsysbinary: pytest.CaptureFixture[bytes], *argv: str) -> tuple[int, bytes, str]:
    code = main(list(argv))
    out, err = capsysbinary.readouterr()
    return code, out, err.decode()


def hash_file(tmp_path: Path, *which: int) -> Path:
    """Saved ``hash --json`` output of some of the sample fingerprints (image, flat, video)."""
    fingerprints = sample_fingerprints()
    path = tmp_path / f"hashes-{'-'.join(map(str, which))}.json"
    items = [{"path": "x", **fingerprints[i].to_json()} for i in which]
    path.write_text(json.dumps({"items": items}))
    return path


def hma_args(url: str, bank: str = BANK) -> tuple[str, ...]:
    return ("--registry", url, "--kind", "hma", "--bank", bank, "--category", "minor", "--yes")


def test_submit_status_withdraw_round_trip(
    registry: RunningServer, tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    receipt_path = tmp_path / "hma-receipt.json"
    code, _, _ = run_cli(
        capsysbinary, "submit", *hma_args(registry.url), "--receipt-out", str(receipt_path),
        str(hash_file(tmp_path, 0, 1, 2)),
    )  # fmt: skip
    assert code == 0
    assert len(load_receipt(receipt_path).content_ids) == 9
    code, out, err = run_cli(capsysbinary, "status", str(receipt_path))
    assert code == 0, err
    assert b": received" in out and b"Bank entries still listed: 9 of 9" in out
    code, out, err = run_cli(capsysbinary, "withdraw", "--yes", str(receipt_path))
    assert code == 0, err
    assert b": withdrawn" in out and b"still listed: 0 of 9" in out
    assert registry.store.counts()["hma_content"] == 0
    code, out, _ = run_cli(capsysbinary, "status", str(receipt_path))
    assert code == 0 and b"still listed: 0 of 9" in out


def test_the_receipt_says_what_was_not_sent_and_when_it_matches(
    registry: RunningServer, tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    code, out, err = run_cli(
        capsysbinary, "submit", *hma_args(registry.url), str(hash_file(tmp_path, 0, 1))
    )
    assert code == 0, err
    assert "1 picture(s) too plain for a visual match: HMA takes pictures only by PDQ" in err
    assert b"Not sent:      1 picture(s) too plain" in out
    assert b"nothing was sent for them" in out
    assert b"Platforms using this list can match it within a few minutes." in out
    assert b"Exact only" not in out


def test_only_plain_pictures_send_nothing_and_fail(
    registry: RunningServer, tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    code, _, err = run_cli(
        capsysbinary, "submit", *hma_args(registry.url), "--send-later",
        str(hash_file(tmp_path, 1)),
    )  # fmt: skip
    assert code == 1
    assert "Nothing was sent" in err and "[nothing_to_send]" in err
    assert Outbox(data_dir()).list() == []  # it could never be sent there
    assert registry.store.counts()["hma_content"] == 0


def test_a_video_without_vpdq_is_exact_only_on_the_receipt(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    from takeitdown_client.registry_server import RegistryConfig

    config = RegistryConfig(hma_signal_types=("pdq", "video_md5"))
    with start_in_thread(config=config, hma_banks=(BANK,)) as hma:
        code, out, err = run_cli(
            capsysbinary, "submit", *hma_args(hma.url), str(hash_file(tmp_path, 2))
        )
    assert code == 0, err
    assert b"Exact only:    1 video(s) listed by exact fingerprint only" in out
    assert b"re-encoded copies will not match" in out


def test_bank_problems_have_their_own_words(
    registry: RunningServer, tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    hashes = str(hash_file(tmp_path, 0))
    code, _, err = run_cli(capsysbinary, "submit", *hma_args(registry.url, "lower_case"), hashes)
    assert code == 2 and "UPPER_WITH_UNDERSCORE" in err
    code, _, err = run_cli(capsysbinary, "submit", *hma_args(registry.url, "MISSING"), hashes)
    assert code == 1 and "no list called MISSING" in err and "[bank_not_found]" in err
    assert "case" not in err


def test_send_later_keeps_the_kind_and_bank_of_a_url_registry(
    flaky: FlakyServer, tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    flaky.plan([Step(status=503, body=b"{}")] * 2)
    code, _, err = run_cli(
        capsysbinary, "submit", *hma_args(flaky.url), "--send-later", "--retries", "1",
        str(hash_file(tmp_path, 0, 2)),
    )  # fmt: skip
    assert code == 1 and "outbox" in err
    [entry] = Outbox(data_dir()).list()
    assert entry.registry is not None
    assert (entry.registry.kind, entry.registry.bank) == ("hma", BANK)
    stored = json.loads(entry.to_bytes())["registry"]
    assert stored["base_url"] == flaky.url and stored["has_token"] is False
    assert not {"token", "api_token"} & set(stored)  # only whether one is kept, never a token
    code, out, err = run_cli(capsysbinary, "send", "--outbox", "--yes")
    assert code == 0, err
    assert b"Bank entries:  9 in TEST_BANK" in out
    assert not flaky.requests_to("/v1/")  # not re-sent as our API
    assert len(flaky.requests_to(f"/c/bank/{BANK}/signal")) == 2 + 9  # 2 tries got 503
    assert Outbox(data_dir()).list() == []


def test_each_outbox_entry_goes_to_its_own_registry(
    registry: RunningServer, tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    with start_in_thread() as ours:
        save_settings(Settings().with_profile(RegistryProfile("Centre", "takeitdown", ours.url)))
        outbox = Outbox(data_dir())
        from takeitdown_client.core.payload import build_payload

        payload = build_payload(sample_fingerprints(), "minor", "self").to_bytes()
        outbox.add(payload, "Centre", "k" * 20)
        hma = RegistryProfile(registry.url, "hma", registry.url, bank=BANK)
        outbox.add(payload, registry.url, "h" * 20, registry=hma)
        code, out, err = run_cli(capsysbinary, "send", "--outbox", "--yes")
        assert code == 0, err
        assert "Entry 1/2, to Centre:" in err and f"Entry 2/2, to {registry.url}:" in err
        assert len(ours.store.raw_bodies()) == 1
        assert registry.store.counts()["hma_content"] == 9
        assert registry.store.raw_bodies() == {}
        assert out.count(b"Receipt\n") == 2


def test_status_and_withdraw_send_the_api_token(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    from takeitdown_client.registry_server import RegistryConfig

    monkeypatch.setenv("HMA_TOKEN", "proxy-token-1234")
    with start_in_thread(
        config=RegistryConfig(hma_token="proxy-token-1234"), hma_banks=(BANK,)
    ) as hma:
        receipt = tmp_path / "r.json"
        code, _, err = run_cli(
            capsysbinary, "submit", *hma_args(hma.url), "--token-env", "HMA_TOKEN",
            "--receipt-out", str(receipt), str(hash_file(tmp_path, 0)),
        )  # fmt: skip
        assert code == 0, err
        code, _, err = run_cli(capsysbinary, "status", str(receipt))
        assert code == 1 and "[unauthorized]" in err
        code, out, err = run_cli(capsysbinary, "status", "--token-env", "HMA_TOKEN", str(receipt))
        assert code == 0 and b"still listed: 8 of 8" in out, err
        code, out, err = run_cli(
            capsysbinary, "withdraw", "--yes", "--token-env", "HMA_TOKEN", str(receipt)
        )
        assert code == 0 and b"still listed: 0 of 8" in out, err
        assert hma.store.counts()["hma_content"] == 0
