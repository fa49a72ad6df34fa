"""HMA's bank subset over real HTTP: banks, signals, lookups (shapes of HMA 1.1.7)."""

from __future__ import annotations

import json
import random

import pytest
import requests

from takeitdown_client.registry_server import DEMO_BANK, start_demo_registry

from .helpers import random_hex

# A PDQ from python-threatexchange's PdqSignal.get_examples() (pdq/data/bridge-mods).
PDQ = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22"


def flip_bits(hex_hash: str, count: int) -> str:
    value = int(hex_hash, 16)
    for bit in range(count):
        value ^= 1 << (bit * 7 % 256)
    flipped = f"{value:064x}"
    assert bin(int(flipped, 16) ^ int(hex_hash, 16)).count("1") == count
    return flipped


def make_bank(url: str, name: str = "TEST_BANK") -> None:
    response = requests.post(f"{url}/c/banks", json={"name": name}, timeout=5)
    assert response.status_code == 201
    assert response.json() == {"name": name, "matching_enabled_ratio": 1.0}


def add(url: str, bank: str, signals: dict[str, str]) -> requests.Response:
    return requests.post(f"{url}/c/bank/{bank}/signal", json=signals, timeout=5)


def lookup(url: str, signal_type: str, signal: str, **extra: str) -> requests.Response:
    params = {"signal_type": signal_type, "signal": signal, **extra}
    return requests.get(f"{url}/m/lookup", params=params, timeout=5)


def test_status(registry):
    for path in ("/status", "/status/live"):
        response = requests.get(registry.url + path, timeout=5)
        assert response.status_code == 200
        assert response.text == "I-AM-ALIVE"


def test_banks(registry):
    make_bank(registry.url, "BANK_B")
    make_bank(registry.url, "BANK_A")
    assert requests.get(f"{registry.url}/c/banks", timeout=5).json() == [
        {"name": "BANK_A", "matching_enabled_ratio": 1.0},
        {"name": "BANK_B", "matching_enabled_ratio": 1.0},
    ]
    assert requests.get(f"{registry.url}/c/bank/BANK_A", timeout=5).status_code == 200
    again = requests.post(f"{registry.url}/c/banks", json={"name": "BANK_A"}, timeout=5)
    assert again.status_code == 403 and again.json() == {"message": "Bank already exists"}
    off = requests.post(
        f"{registry.url}/c/banks", json={"name": "OFF", "enabled": False}, timeout=5
    )
    assert off.json() == {"name": "OFF", "matching_enabled_ratio": 0.0}


@pytest.mark.parametrize(
    "name", ["lower", "1STARTS_WITH_DIGIT", "HAS-DASH", "HAS SPACE", "", "A" * 256]
)
def test_bad_bank_names(registry, name):
    response = requests.post(f"{registry.url}/c/banks", json={"name": name}, timeout=5)
    assert response.status_code == 400
    assert response.json() == {"message": "Bank names must be UPPER_WITH_UNDERSCORE"}


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({}, 422),
        ({"name": 5}, 422),
        ([], 422),
        ({"name": "OK", "enabled_ratio": "x"}, 422),
        ({"name": "OK", "enabled_ratio": 2}, 400),
        ({"name": "OK", "enabled": "yes"}, 422),
    ],
)
def test_bank_create_validation(registry, body, status):
    response = requests.post(f"{registry.url}/c/banks", json=body, timeout=5)
    assert response.status_code == status
    assert requests.get(f"{registry.url}/c/banks", timeout=5).json() == []


def test_posts_need_json_content_type(registry):
    make_bank(registry.url)
    for path, body in (
        ("/c/banks", '{"name": "X"}'),
        ("/c/bank/TEST_BANK/signal", json.dumps({"pdq": PDQ})),
    ):
        response = requests.post(registry.url + path, data=body, timeout=5)  # no Content-Type
        assert response.status_code == 415
        assert "message" in response.json()
        broken = requests.post(
            registry.url + path, data="{", headers={"Content-Type": "application/json"}, timeout=5
        )
        assert broken.status_code == 400 and "message" in broken.json()
    assert registry.store.counts()["hma_content"] == 0


def test_add_pdq_and_lookup_by_distance(registry):
    make_bank(registry.url)
    response = add(registry.url, "TEST_BANK", {"pdq": PDQ})
    assert response.status_code == 200
    added = response.json()
    assert added == {"id": added["id"], "signals": {"pdq": PDQ}}
    assert isinstance(added["id"], int)

    exact = lookup(registry.url, "pdq", PDQ)
    assert exact.status_code == 200
    assert exact.json() == {"TEST_BANK": [{"bank_content_id": added["id"], "distance": "0"}]}
    near = lookup(registry.url, "pdq", flip_bits(PDQ, 31)).json()
    assert near == {"TEST_BANK": [{"bank_content_id": added["id"], "distance": "31"}]}
    assert lookup(registry.url, "pdq", flip_bits(PDQ, 32)).json() == {}


def test_retried_add_creates_a_second_content(registry):
    """HMA has no idempotency; both content ids match."""
    make_bank(registry.url)
    first = add(registry.url, "TEST_BANK", {"pdq": PDQ}).json()["id"]
    second = add(registry.url, "TEST_BANK", {"pdq": PDQ}).json()["id"]
    assert first != second
    matches = lookup(registry.url, "pdq", PDQ).json()["TEST_BANK"]
    assert [m["bank_content_id"] for m in matches] == [first, second]


@pytest.mark.parametrize(
    ("signals", "message"),
    [
        ({"pdq": PDQ.upper()}, "Invalid pdq signal: invalid PDQ hash"),
        ({"pdq": PDQ + "\n"}, "Invalid pdq signal: invalid PDQ hash"),
        ({"pdq": PDQ[:-1]}, "Invalid pdq signal: invalid PDQ hash"),
        ({"pdq": 5}, None),
        ({"video_md5": "xyz"}, None),
        ({"vpdq": [f"{PDQ},100,0.0"]}, None),  # a JSON list, not a string of one
        ({"vpdq": json.dumps([f"{PDQ},101,0.0"])}, None),
        ({"vpdq": json.dumps([f"{PDQ},100"])}, None),
        ({"vpdq": json.dumps([f"{PDQ},100,-1.0"])}, None),
        ({"vpdq": json.dumps([f"{PDQ.upper()},100,0.0"])}, None),
        ({"vpdq": "not json"}, None),
        ({"tmk": "abc"}, "No such signal type tmk"),
        ({}, "No signals given"),
        ({"note": "only a note"}, "No signals given"),
        ({"pdq": PDQ, "note": "x" * 256}, None),
    ],
)
def test_malformed_signals(registry, signals, message):
    make_bank(registry.url)
    response = add(registry.url, "TEST_BANK", signals)
    assert response.status_code == 400
    body = response.json()
    assert set(body) == {"message"}
    if message:
        assert body["message"] == message
    assert registry.store.counts()["hma_content"] == 0


def test_unknown_bank(registry):
    response = add(registry.url, "NO_SUCH_BANK", {"pdq": PDQ})
    assert response.status_code == 404
    assert response.json() == {"message": "bank 'NO_SUCH_BANK' not found"}
    assert requests.get(f"{registry.url}/c/bank/NO_SUCH_BANK", timeout=5).status_code == 404


def test_video_md5_is_normalised_and_matched_exactly(registry):
    make_bank(registry.url)
    md5 = "D41D8CD98F00B204E9800998ECF8427E"
    added = add(registry.url, "TEST_BANK", {"video_md5": f" {md5} "}).json()
    assert added["signals"] == {"video_md5": md5.lower()}
    found = lookup(registry.url, "video_md5", md5.lower()).json()
    assert found == {"TEST_BANK": [{"bank_content_id": added["id"], "distance": "-"}]}
    assert lookup(registry.url, "video_md5", "0" * 32).json() == {}


def test_vpdq_signal_is_a_json_string_and_matches(registry):
    make_bank(registry.url)
    rng = random.Random(4)
    frames = [random_hex(rng, 64) for _ in range(5)]
    signal = json.dumps([f"{pdq},100,{float(i):.3f}" for i, pdq in enumerate(frames)])
    added = add(registry.url, "TEST_BANK", {"vpdq": signal, "video_md5": "a" * 32}).json()
    assert added["signals"] == {"vpdq": signal, "video_md5": "a" * 32}
    # 4 of 5 query frames within distance 31 -> 80 % -> a match.
    query = [flip_bits(pdq, 10) for pdq in frames[:4]] + [random_hex(rng, 64)]
    query_signal = json.dumps([f"{pdq},100,{float(i):.3f}" for i, pdq in enumerate(query)])
    found = lookup(registry.url, "vpdq", query_signal).json()
    assert found == {"TEST_BANK": [{"bank_content_id": added["id"], "distance": "80%[80%]"}]}
    # 3 of 5 -> 60 % -> no match.
    query[3] = random_hex(rng, 64)
    query_signal = json.dumps([f"{pdq},100,{float(i):.3f}" for i, pdq in enumerate(query)])
    assert lookup(registry.url, "vpdq", query_signal).json() == {}


def test_lookup_errors(registry):
    assert lookup(registry.url, "pdq", PDQ.upper()).status_code == 400
    assert lookup(registry.url, "tmk", PDQ).json() == {"message": "No such SignalType 'tmk'"}
    missing = requests.get(f"{registry.url}/m/lookup", params={"signal": PDQ}, timeout=5)
    assert missing.status_code == 400
    by_url = requests.get(f"{registry.url}/m/lookup", params={"url": "http://x/y.jpg"}, timeout=5)
    assert by_url.status_code == 403


def test_lookup_bank_filter_and_disabled_banks(registry):
    make_bank(registry.url, "BANK_A")
    make_bank(registry.url, "BANK_B")
    requests.post(
        f"{registry.url}/c/banks", json={"name": "BANK_OFF", "enabled_ratio": 0.0}, timeout=5
    )
    ids = {
        bank: add(registry.url, bank, {"pdq": PDQ}).json()["id"]
        for bank in ("BANK_A", "BANK_B", "BANK_OFF")
    }
    assert set(lookup(registry.url, "pdq", PDQ).json()) == {"BANK_A", "BANK_B"}
    assert set(lookup(registry.url, "pdq", PDQ, banks="BANK_B").json()) == {"BANK_B"}
    bypass = lookup(registry.url, "pdq", PDQ, bypass_coinflip="true").json()
    assert bypass["BANK_OFF"] == [{"bank_content_id": ids["BANK_OFF"], "distance": "0"}]


def test_content_get_and_delete(registry):
    make_bank(registry.url)
    content_id = add(registry.url, "TEST_BANK", {"pdq": PDQ}).json()["id"]
    url = f"{registry.url}/c/bank/TEST_BANK/content/{content_id}"
    shown = requests.get(url, timeout=5).json()
    assert shown == {
        "id": content_id,
        "disable_until_ts": 1,
        "original_media_uri": None,
        "bank": {"name": "TEST_BANK", "matching_enabled_ratio": 1.0},
    }
    with_signals = requests.get(url, params={"include_signals": "true"}, timeout=5).json()
    assert with_signals["signals"] == {"pdq": PDQ}
    assert requests.delete(url, timeout=5).json() == {"deleted": 1}
    assert requests.get(url, timeout=5).status_code == 404
    assert lookup(registry.url, "pdq", PDQ).json() == {}
    assert (
        requests.get(f"{registry.url}/c/bank/TEST_BANK/content/abc", timeout=5).status_code == 404
    )


def test_wrong_methods_answer_hma_style(registry):
    response = requests.delete(f"{registry.url}/c/banks", timeout=5)
    assert response.status_code == 405 and set(response.json()) == {"message"}
    response = requests.get(f"{registry.url}/c/nothing", timeout=5)
    assert response.status_code == 404 and set(response.json()) == {"message"}


def test_demo_registry_has_its_bank():
    with start_demo_registry() as server:
        assert server.url.startswith("http://127.0.0.1:")
        assert add(server.url, DEMO_BANK, {"pdq": PDQ}).status_code == 200
        temp_dir = server.db_path.parent
        assert temp_dir.exists()
    assert not temp_dir.exists()


def test_signal_types_are_those_installed(tmp_path):
    from takeitdown_client.registry_server import RegistryConfig, start_in_thread

    with start_in_thread(hma_banks=("TEST_BANK",)) as full:
        listed = requests.get(f"{full.url}/c/signal_type", timeout=5).json()
        assert listed == [
            {"name": name, "enabled_ratio": 1.0} for name in ("pdq", "video_md5", "vpdq")
        ]
    config = RegistryConfig(hma_signal_types=("pdq", "video_md5"))
    with start_in_thread(tmp_path / "r.sqlite3", config=config, hma_banks=("TEST_BANK",)) as hma:
        assert [t["name"] for t in requests.get(f"{hma.url}/c/signal_type", timeout=5).json()] == [
            "pdq",
            "video_md5",
        ]
        vpdq = json.dumps([f"{PDQ},100,0.0"])
        both = add(hma.url, "TEST_BANK", {"video_md5": "a" * 32, "vpdq": vpdq})
        assert both.status_code == 400 and both.json() == {"message": "No such signal type vpdq"}
        assert hma.store.counts()["hma_content"] == 0  # checked before anything is added
        found = lookup(hma.url, "vpdq", vpdq)
        assert found.json() == {"message": "No such SignalType 'vpdq'"}


def test_deleting_what_is_not_there_answers_deleted_zero(registry):
    make_bank(registry.url, "BANK_A")
    make_bank(registry.url, "BANK_B")
    content_id = add(registry.url, "BANK_A", {"pdq": PDQ}).json()["id"]
    # Through another bank's path nothing is deleted (HMA itself would delete it).
    other = requests.delete(f"{registry.url}/c/bank/BANK_B/content/{content_id}", timeout=5)
    assert other.status_code == 200 and other.json() == {"deleted": 0}
    url = f"{registry.url}/c/bank/BANK_A/content/{content_id}"
    assert requests.delete(url, timeout=5).json() == {"deleted": 1}
    again = requests.delete(url, timeout=5)  # a retry after a lost answer
    assert again.status_code == 200 and again.json() == {"deleted": 0}
    gone_bank = requests.delete(f"{registry.url}/c/bank/NO_BANK/content/1", timeout=5)
    assert gone_bank.status_code == 404
    assert gone_bank.json() == {"message": "bank 'NO_BANK' not found"}


def test_a_token_in_front_of_hma(tmp_path):
    from takeitdown_client.registry_server import RegistryConfig, start_in_thread

    config = RegistryConfig(hma_token="s3cret-token")
    with start_in_thread(tmp_path / "r.sqlite3", config=config, hma_banks=("TEST_BANK",)) as hma:
        assert requests.get(f"{hma.url}/status", timeout=5).status_code == 200  # liveness
        for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "s3cret-token"}):
            answer = requests.get(f"{hma.url}/c/bank/TEST_BANK", headers=headers, timeout=5)
            assert answer.status_code == 401 and set(answer.json()) == {"message"}
        right = {"Authorization": "Bearer s3cret-token"}
        assert requests.get(f"{hma.url}/c/bank/TEST_BANK", headers=right, timeout=5).ok
        assert requests.get(f"{hma.url}/v1/info", timeout=5).ok  # our API is not behind it
