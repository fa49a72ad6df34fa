"""The outbox: atomic, private, keeps the key and the bytes, survives a crash mid-write."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from takeitdown_client.core.outbox import Outbox
from takeitdown_client.core.payload import SubmissionPayload
from takeitdown_client.core.registry import (
    RegistryError,
    TakeItDownClient,
    new_idempotency_key,
)
from takeitdown_client.registry_server import RunningServer

from .conftest import FAST
from .flaky_server import FlakyServer, Step


def test_nothing_is_written_until_asked(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path)
    assert outbox.list() == []
    outbox.clear()
    assert not (tmp_path / "outbox").exists()


def test_add_list_remove(tmp_path: Path, payload: SubmissionPayload) -> None:
    outbox = Outbox(tmp_path)
    key = new_idempotency_key()
    entry = outbox.add(payload.to_bytes(), "Demo", key)
    [again] = Outbox(tmp_path).list()
    assert again == entry
    assert again.payload_bytes == payload.to_bytes() and again.idempotency_key == key
    path = tmp_path / "outbox" / f"{entry.entry_id}.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "outbox").stat().st_mode) == 0o700
    second = outbox.add(b"{}", "Other", new_idempotency_key())
    assert [e.entry_id for e in outbox.list()] == [entry.entry_id, second.entry_id]
    outbox.remove(entry.entry_id)
    assert [e.entry_id for e in outbox.list()] == [second.entry_id]
    outbox.clear()
    assert outbox.list() == []
    with pytest.raises(ValueError):
        outbox.remove("../../etc/passwd")
    with pytest.raises(ValueError):
        outbox.add(b"{}", "Demo", "short")


def test_damaged_entries_are_skipped_and_counted(
    tmp_path: Path, payload: SubmissionPayload
) -> None:
    outbox = Outbox(tmp_path)
    good = outbox.add(payload.to_bytes(), "Demo", new_idempotency_key())
    (tmp_path / "outbox" / ("0" * 32 + ".json")).write_text("{half an entr")
    raw = (tmp_path / "outbox" / f"{good.entry_id}.json").read_text()
    (tmp_path / "outbox" / ("1" * 32 + ".json")).write_text(
        raw.replace('"payload_sha256": "', '"payload_sha256": "0')
    )
    assert outbox.list() == [good]
    assert outbox.damaged == 2


def test_send_later_keeps_the_key_so_nothing_is_doubled(
    tmp_path: Path, registry: RunningServer, flaky: FlakyServer, payload: SubmissionPayload
) -> None:
    # First try: the registry made the case but the answer never arrived, every time.
    flaky.plan([Step(forward=True, action="reset")] * 5)
    client = TakeItDownClient(flaky.url, options=FAST)
    key = new_idempotency_key()
    with pytest.raises(RegistryError):
        client.submit(payload.to_bytes(), key)
    outbox = Outbox(tmp_path)
    entry = outbox.add(payload.to_bytes(), "Demo", key)  # the person chose "send later"
    # Later, from a fresh start.
    [later] = Outbox(tmp_path).list()
    receipt = Outbox(tmp_path).send(later, TakeItDownClient(registry.url, options=FAST))
    assert registry.store.counts()["cases"] == 1
    assert registry.store.raw_body(receipt.case_id) == payload.to_bytes()
    assert outbox.list() == []
    # Sent twice (say the app died before removing it): still the same case.
    again = TakeItDownClient(registry.url, options=FAST).submit(entry.payload_bytes, key)
    assert again.case_id == receipt.case_id
    assert registry.store.counts()["cases"] == 1


def test_failed_send_keeps_the_entry(
    tmp_path: Path, bare_flaky: FlakyServer, payload: SubmissionPayload
) -> None:
    bare_flaky.default = Step(status=503, body=b"{}")
    outbox = Outbox(tmp_path)
    entry = outbox.add(payload.to_bytes(), "Demo", new_idempotency_key())
    with pytest.raises(RegistryError):
        outbox.send(entry, TakeItDownClient(bare_flaky.url, options=FAST))
    assert outbox.list() == [entry]


CHILD = textwrap.dedent(
    """
    import os, sys, time
    from pathlib import Path
    from takeitdown_client.core import safefile
    from takeitdown_client.core.outbox import Outbox

    real_write = os.write
    def slow_write(fd, data):
        time.sleep(0.01)  # a slow disk: the write takes a few hundred milliseconds
        return real_write(fd, data)
    safefile.os.write = slow_write

    payload = Path(sys.argv[2]).read_bytes()
    print("ready", flush=True)
    Outbox(Path(sys.argv[1])).add(payload, "Crash test", "k" * 32)
    print("done", flush=True)
    time.sleep(30)
    """
)


def _run_and_kill(data_dir: Path, payload_file: Path, when: str | float) -> bool:
    """Start a child writing an entry, SIGKILL it at ``when``. True if a temp file was left."""
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data_dir), str(payload_file)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        folder = data_dir / "outbox"
        if when == "mid-write":
            deadline = time.monotonic() + 20
            while not any(p.name.startswith(".tmp-") for p in folder.iterdir()):
                assert time.monotonic() < deadline
                time.sleep(0.005)
            time.sleep(0.05)
        elif when == "after":
            assert child.stdout.readline().strip() == "done"
        else:
            time.sleep(float(when))
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
        if child.stdout:
            child.stdout.close()
    return any(p.name.startswith(".tmp-") for p in (data_dir / "outbox").iterdir())


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_outbox_survives_a_crash_mid_write(tmp_path: Path, payload: SubmissionPayload) -> None:
    big = os.urandom(1024 * 1024)  # about 1.4 MB once stored: 20+ slow chunks
    payload_file = tmp_path / "payload.bin"
    payload_file.write_bytes(big)
    outcomes = []
    for number, when in enumerate(["mid-write", "after", 0.0, 0.15, 0.3]):
        data_dir = tmp_path / f"run{number}"
        old = Outbox(data_dir).add(payload.to_bytes(), "Earlier", new_idempotency_key())
        left_temp = _run_and_kill(data_dir, payload_file, when)
        reopened = Outbox(data_dir)
        entries = reopened.list()
        assert reopened.damaged == 0
        assert entries[0] == old
        if len(entries) == 2:
            assert entries[1].payload_bytes == big
            assert entries[1].idempotency_key == "k" * 32
        else:
            assert len(entries) == 1
        outcomes.append((when, len(entries), left_temp))
        reopened.cleanup(max_age=0)
        assert not [p for p in (data_dir / "outbox").iterdir() if p.name.startswith(".tmp-")]
        assert reopened.list() == entries
    by_when = {when: (count, temp) for when, count, temp in outcomes}
    assert by_when["mid-write"] == (1, True)  # old state, a stray temp file ignored
    assert by_when["after"][0] == 2  # new state
