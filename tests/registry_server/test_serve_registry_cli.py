"""``takeitdown-client serve-registry`` as a real process."""

from __future__ import annotations

import re
import signal
import subprocess
import sys

import requests

from takeitdown_client.cli import main


def test_refuses_non_loopback_without_allow_remote(capsys):
    assert main(["serve-registry", "--host", "0.0.0.0", "--port", "0"]) == 2
    assert "--allow-remote" in capsys.readouterr().err


def test_refuses_bad_bank_names(capsys):
    assert main(["serve-registry", "--port", "0", "--bank", "lower"]) == 2


def test_serves_until_interrupted(tmp_path):
    db = tmp_path / "sub" / "registry.sqlite3"
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "takeitdown_client",
            "serve-registry",
            "--port",
            "0",
            "--db",
            str(db),
            "--bank",
            "DEMO",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = process.stdout.readline()
        found = re.search(r"http://127\.0\.0\.1:\d+", line)
        assert found, line
        url = found.group(0)
        assert requests.get(f"{url}/status", timeout=5).text == "I-AM-ALIVE"
        assert requests.get(f"{url}/c/bank/DEMO", timeout=5).status_code == 200
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=15)
    assert db.exists()
