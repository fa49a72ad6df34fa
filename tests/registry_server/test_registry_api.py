"""Our registry API v1 over real HTTP on 127.0.0.1."""

from __future__ import annotations

import base64
import logging
import socket
from datetime import datetime

import pytest
import requests

from takeitdown_client.registry_server import Limits, RegistryConfig, start_in_thread

from .helpers import (
    DELETE,
    JSON,
    bearer,
    canonical,
    error_code,
    make_payload,
    mutate,
    new_key,
    submit,
)


def test_info(registry):
    response = requests.get(f"{registry.url}/v1/info", timeout=5)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/json"
    assert response.headers["Cache-Control"] == "no-store"
    info = response.json()
    assert info["api_version"] == "1"
    assert info["categories"] == ["minor", "adult"]
    assert set(info["signal_types"]) == {"md5", "sha256", "pdq", "phash", "vpdq"}
    assert info["limits"] == {"max_items": 500, "max_body_bytes": 8388608, "max_vpdq_frames": 20000}
    assert info["privacy_url"] == f"{registry.url}/privacy"
    assert requests.get(info["privacy_url"], timeout=5).status_code == 200
    assert requests.get(info["terms_url"], timeout=5).status_code == 200


def test_submit_status_withdraw_round_trip(registry):
    payload = make_payload(1)
    response = submit(registry.url, payload)
    assert response.status_code == 201
    receipt = response.json()
    assert set(receipt) == {
        "case_id",
        "receipt_token",
        "accepted",
        "duplicates",
        "status",
        "created_at",
    }
    assert receipt["status"] == "received"
    assert (receipt["accepted"], receipt["duplicates"]) == (3, 0)
    datetime.strptime(receipt["created_at"], "%Y-%m-%dT%H:%M:%SZ")

    # The registry kept the request body byte for byte, and only a hash of the token.
    assert registry.store.raw_body(receipt["case_id"]) == canonical(payload)
    case = registry.store.case(receipt["case_id"])
    assert case is not None and case.token_sha256 != receipt["receipt_token"].encode()
    db_bytes = b"".join(p.read_bytes() for p in registry.db_path.parent.glob("registry.sqlite3*"))
    assert receipt["case_id"].encode() in db_bytes  # the files are readable as they are
    assert receipt["receipt_token"].encode() not in db_bytes

    url = f"{registry.url}/v1/submissions/{receipt['case_id']}"
    status = requests.get(url, headers=bearer(receipt["receipt_token"]), timeout=5)
    assert status.status_code == 200
    assert status.json() == {
        "case_id": receipt["case_id"],
        "status": "received",
        "accepted": 3,
        "duplicates": 0,
        "created_at": receipt["created_at"],
        "updated_at": receipt["created_at"],
    }
    withdrawn = requests.delete(url, headers=bearer(receipt["receipt_token"]), timeout=5)
    assert withdrawn.status_code == 200
    assert withdrawn.json()["status"] == "withdrawn"
    # Withdrawing deletes the hashes; a second withdrawal answers the same state.
    assert registry.store.raw_body(receipt["case_id"]) is None
    assert registry.store.counts()["items"] == 0
    again = requests.delete(url, headers=bearer(receipt["receipt_token"]), timeout=5)
    assert again.status_code == 200 and again.json() == withdrawn.json()
    after = requests.get(url, headers=bearer(receipt["receipt_token"]), timeout=5)
    assert after.json()["status"] == "withdrawn"


def test_duplicates_are_counted_across_cases_until_withdrawn(registry):
    payload = make_payload(2)
    first = submit(registry.url, payload).json()
    second = submit(registry.url, payload).json()  # new key: a new case
    assert second["case_id"] != first["case_id"]
    assert (second["accepted"], second["duplicates"]) == (0, 3)
    for receipt in (first, second):
        url = f"{registry.url}/v1/submissions/{receipt['case_id']}"
        requests.delete(url, headers=bearer(receipt["receipt_token"]), timeout=5)
    third = submit(registry.url, payload).json()
    assert (third["accepted"], third["duplicates"]) == (3, 0)


def test_idempotency_replay_and_conflict(registry):
    key = new_key()
    payload = make_payload(3)
    first = submit(registry.url, payload, key)
    assert first.status_code == 201
    replay = submit(registry.url, payload, key)
    assert replay.status_code == 200
    assert replay.json() == first.json()
    assert replay.headers["Idempotent-Replayed"] == "true"
    conflict = submit(registry.url, make_payload(4), key)
    assert conflict.status_code == 409
    assert error_code(conflict) == "idempotency_conflict"
    assert registry.store.counts()["cases"] == 1


def test_replay_survives_a_restart(tmp_path):
    key, payload = new_key(), make_payload(5)
    with start_in_thread(tmp_path / "db.sqlite3") as server:
        first = submit(server.url, payload, key).json()
    with start_in_thread(tmp_path / "db.sqlite3") as server:
        replay = submit(server.url, payload, key)
        assert replay.status_code == 200
        assert replay.json() == first
        status = requests.get(
            f"{server.url}/v1/submissions/{first['case_id']}",
            headers=bearer(first["receipt_token"]),
            timeout=5,
        )
        assert status.status_code == 200


@pytest.mark.parametrize(
    ("headers", "status", "code"),
    [
        ({}, 401, "unauthorized"),
        ({"Authorization": "Basic dXNlcjpwYXNz"}, 401, "unauthorized"),
        ({"Authorization": "Bearer"}, 401, "unauthorized"),
        ({"Authorization": "Bearer " + "x" * 43}, 404, "not_found"),
        ({"Authorization": "Bearer short"}, 404, "not_found"),
        (
            {"Authorization": "Bearer \u00e9\u00e9\u00e9".encode().decode("latin-1")},
            404,
            "not_found",
        ),
    ],
)
def test_status_auth_errors(registry, headers, status, code):
    receipt = submit(registry.url, make_payload(6)).json()
    url = f"{registry.url}/v1/submissions/{receipt['case_id']}"
    for method in (requests.get, requests.delete):
        response = method(url, headers=headers, timeout=5)
        assert response.status_code == status
        assert error_code(response) == code
        if status == 401:
            assert response.headers["WWW-Authenticate"].startswith("Bearer")
    assert registry.store.case(receipt["case_id"]).status == "received"


def test_unknown_case_and_wrong_token_look_the_same(registry):
    first = submit(registry.url, make_payload(7)).json()
    second = submit(registry.url, make_payload(8)).json()
    wrong_token = requests.get(
        f"{registry.url}/v1/submissions/{first['case_id']}",
        headers=bearer(second["receipt_token"]),
        timeout=5,
    )
    unknown = requests.get(
        f"{registry.url}/v1/submissions/TID-AAAA-AAAA-AAAA-AAAA",
        headers=bearer(first["receipt_token"]),
        timeout=5,
    )
    bad_id = requests.get(
        f"{registry.url}/v1/submissions/%2e%2e", headers=bearer(first["receipt_token"]), timeout=5
    )
    assert wrong_token.status_code == unknown.status_code == bad_id.status_code == 404
    assert wrong_token.json() == unknown.json() == bad_id.json()


BASE = make_payload(9)
IMAGE, LOW, VIDEO = 0, 1, 2

INVALID_PAYLOADS = {
    # root
    "extra root field (a file name)": (("file_name",), "holiday.jpg"),
    "missing category": (("category",), DELETE),
    "missing items": (("items",), DELETE),
    "wrong schema": (("schema",), "other"),
    "schema_version 2": (("schema_version",), 2),
    "schema_version true": (("schema_version",), True),
    "schema_version string": (("schema_version",), "1"),
    "category not a string": (("category",), 1),
    "bad submitter": (("submitter",), "parent"),
    "client extra field": (("client", "os"), "linux"),
    "client name empty": (("client", "name"), ""),
    "client version control chars": (("client", "version"), "1\n2"),
    "items empty": (("items",), []),
    "items not a list": (("items",), {}),
    "item not an object": (("items", IMAGE), "x"),
    "unknown media": (("items", IMAGE, "media"), "audio"),
    # hashes
    "md5 uppercase": (("items", IMAGE, "md5"), "A" * 32),
    "md5 short": (("items", IMAGE, "md5"), "a" * 31),
    "md5 number": (("items", IMAGE, "md5"), 12),
    "sha256 long": (("items", IMAGE, "sha256"), "a" * 65),
    "sha256 trailing newline": (("items", IMAGE, "sha256"), "a" * 64 + "\n"),
    "pdq not hex": (("items", IMAGE, "pdq"), "g" * 64),
    "pdq uppercase": (("items", IMAGE, "pdq"), "F" * 64),
    "phash 15 digits": (("items", IMAGE, "phash"), "a" * 15),
    "phash missing": (("items", IMAGE, "phash"), DELETE),
    "pdq_quality 49": (("items", IMAGE, "pdq_quality"), 49),
    "pdq_quality 101": (("items", IMAGE, "pdq_quality"), 101),
    "pdq_quality float": (("items", IMAGE, "pdq_quality"), 99.5),
    "pdq_quality bool": (("items", IMAGE, "pdq_quality"), True),
    "pdq missing": (("items", IMAGE, "pdq"), DELETE),
    "dihedral missing a variant": (("items", IMAGE, "pdq_dihedral", "flipx"), DELETE),
    "dihedral with original": (("items", IMAGE, "pdq_dihedral", "original"), "a" * 64),
    "dihedral bad hash": (("items", IMAGE, "pdq_dihedral", "rotate90"), "z" * 64),
    "image extra field (EXIF)": (("items", IMAGE, "exif_date"), "2020:01:01"),
    "image size": (("items", IMAGE, "size"), 1234),
    "low_quality false": (("items", LOW, "low_quality"), False),
    "low_quality with pdq": (("items", LOW, "pdq"), "a" * 64),
    # video
    "video without vpdq": (("items", VIDEO, "vpdq"), DELETE),
    "video with pdq": (("items", VIDEO, "pdq"), "a" * 64),
    "seconds_per_hash 0": (("items", VIDEO, "vpdq", "seconds_per_hash"), 0),
    "seconds_per_hash string": (("items", VIDEO, "vpdq", "seconds_per_hash"), "1"),
    "frames not a list": (("items", VIDEO, "vpdq", "frames"), {}),
    "frame quality 101": (("items", VIDEO, "vpdq", "frames", 0, "quality"), 101),
    "frame quality -1": (("items", VIDEO, "vpdq", "frames", 0, "quality"), -1),
    "frame timestamp negative": (("items", VIDEO, "vpdq", "frames", 0, "timestamp"), -0.5),
    "frame pdq short": (("items", VIDEO, "vpdq", "frames", 0, "pdq"), "a" * 63),
    "frame extra field": (("items", VIDEO, "vpdq", "frames", 0, "frame"), 0),
    "vpdq extra field": (("items", VIDEO, "vpdq", "path"), "/home/x.mp4"),
    "variants not a list": (("items", VIDEO, "vpdq_variants"), {}),
    "variants empty": (("items", VIDEO, "vpdq_variants"), []),
    "variant label a file name": (
        ("items", VIDEO, "vpdq_variants"),
        [{"label": "holiday.mp4", "frames": []}],
    ),
    "variant extra field": (
        ("items", VIDEO, "vpdq_variants"),
        [{"label": "crop:9x16", "frames": [], "path": "/home/x.mp4"}],
    ),
    "variant frame bad pdq": (
        ("items", VIDEO, "vpdq_variants"),
        [{"label": "crop:9x16", "frames": [{"pdq": "z", "quality": 90, "timestamp": 0.0}]}],
    ),
}


@pytest.mark.parametrize("case", sorted(INVALID_PAYLOADS))
def test_invalid_payloads_are_refused_and_not_stored(registry, case):
    path, value = INVALID_PAYLOADS[case]
    response = submit(registry.url, mutate(BASE, path, value))
    assert response.status_code == 400
    assert error_code(response) == "invalid_payload"
    message = response.json()["error"]["message"]
    # The message names the field, never the value that was sent.
    if isinstance(value, str) and len(value) > 8:
        assert value not in message
    assert registry.store.counts()["cases"] == 0


def test_the_base_payload_is_valid(registry):
    assert submit(registry.url, BASE).status_code == 201


def test_video_variants_are_accepted(registry):
    payload = make_payload(12)
    frame = {"pdq": "a" * 64, "quality": 90, "timestamp": 0.2}
    payload["items"][VIDEO]["vpdq_variants"] = [
        {"label": "crop:9x16", "frames": [frame]},
        {"label": "fill:9x16", "frames": []},
    ]
    assert submit(registry.url, payload).status_code == 201


def test_repeated_sha256_is_refused(registry):
    payload = make_payload(10)
    payload["items"].append(dict(payload["items"][0]))
    response = submit(registry.url, payload)
    assert response.status_code == 400 and error_code(response) == "invalid_payload"


def test_category_and_limits(tmp_path):
    config = RegistryConfig(categories=("adult",), limits=Limits(max_items=2, max_vpdq_frames=2))
    with start_in_thread(tmp_path / "db.sqlite3", config=config) as server:
        assert requests.get(f"{server.url}/v1/info", timeout=5).json()["categories"] == ["adult"]
        response = submit(server.url, make_payload(11))  # minor
        assert response.status_code == 400 and error_code(response) == "unsupported_category"
        adult = make_payload(11)
        adult["category"] = "adult"
        response = submit(server.url, adult)  # 3 items > 2
        assert response.status_code == 400 and error_code(response) == "too_many_items"
        adult["items"] = adult["items"][1:]
        assert submit(server.url, adult).status_code == 400  # video has 3 frames > 2
        adult["items"][1]["vpdq"]["frames"].pop()
        assert submit(server.url, adult).status_code == 201


@pytest.mark.parametrize(
    ("body", "code"),
    [
        (b"", "invalid_json"),
        (b"{", "invalid_json"),
        (b"\xff\xfe{}", "invalid_json"),
        (b'{"a": NaN}', "invalid_json"),
        (b'{"a": Infinity}', "invalid_json"),
        (b'{"a": 1, "a": 2}', "invalid_json"),
        (b"[" * 100_000 + b"]" * 100_000, "invalid_json"),
        (b"1" * 5000, "invalid_json"),
        (b"[]", "invalid_payload"),
        (b"null", "invalid_payload"),
        (b'"text"', "invalid_payload"),
    ],
)
def test_malformed_json(registry, body, code):
    response = submit(registry.url, body)
    assert response.status_code == 400
    assert error_code(response) == code


def test_duplicate_keys_inside_a_valid_payload_are_refused(registry):
    text = canonical(make_payload(12)).decode()
    doubled = text.replace('"category": "minor",', '"category": "minor",\n  "category": "adult",')
    response = submit(registry.url, doubled.encode())
    assert response.status_code == 400 and error_code(response) == "invalid_json"


@pytest.mark.parametrize(
    ("headers", "status", "code"),
    [
        ({"Content-Type": "text/plain"}, 415, "unsupported_media_type"),
        ({"Content-Type": "application/x-www-form-urlencoded"}, 415, "unsupported_media_type"),
        ({"Content-Type": "application/json; charset=latin-1"}, 415, "unsupported_media_type"),
        ({"Idempotency-Key": ""}, 400, "missing_idempotency_key"),
        ({"Idempotency-Key": "short"}, 400, "bad_request"),
        ({"Idempotency-Key": "a" * 129}, 400, "bad_request"),
        ({"Idempotency-Key": "has spaces in the key!!"}, 400, "bad_request"),
    ],
)
def test_header_errors(registry, headers, status, code):
    sent = {**JSON, "Idempotency-Key": new_key(), **headers}
    response = requests.post(
        f"{registry.url}/v1/submissions", data=canonical(make_payload(13)), headers=sent, timeout=5
    )
    assert response.status_code == status
    assert error_code(response) == code


def test_missing_idempotency_key(registry):
    response = requests.post(
        f"{registry.url}/v1/submissions", data=canonical(make_payload(14)), headers=JSON, timeout=5
    )
    assert response.status_code == 400 and error_code(response) == "missing_idempotency_key"


def test_charset_utf8_is_accepted(registry):
    response = submit(
        registry.url, make_payload(15), **{"Content-Type": "application/json; charset=UTF-8"}
    )
    assert response.status_code == 201


def test_oversize_body_gets_json_413(tmp_path):
    config = RegistryConfig(limits=Limits(max_body_bytes=2000))
    with start_in_thread(tmp_path / "db.sqlite3", config=config) as server:
        payload = make_payload(16)
        body = canonical(payload)
        assert len(body) > 2000
        response = submit(server.url, body)
        assert response.status_code == 413
        assert error_code(response) == "payload_too_large"
        assert server.store.counts()["cases"] == 0


def test_huge_declared_body_is_refused_before_it_is_read(registry):
    """A 1 GB Content-Length gets 413 at once, while only the headers were sent."""
    host, port = registry.host, registry.port
    with socket.create_connection((host, port), timeout=5) as sock:
        sock.sendall(
            b"POST /v1/submissions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Idempotency-Key: " + new_key().encode() + b"\r\nContent-Length: 1000000000\r\n\r\n"
        )
        answer = sock.recv(4096)
    assert answer.startswith(b"HTTP/1.1 413 ")


def test_chunked_oversize_body(tmp_path):
    config = RegistryConfig(limits=Limits(max_body_bytes=2000))
    with start_in_thread(tmp_path / "db.sqlite3", config=config) as server:
        chunks = (b"x" * 1000 for _ in range(5))
        response = requests.post(
            f"{server.url}/v1/submissions",
            data=chunks,
            headers={**JSON, "Idempotency-Key": new_key()},
            timeout=5,
        )
        assert response.status_code == 413


def test_method_not_allowed_and_unknown_paths(registry):
    response = requests.put(f"{registry.url}/v1/submissions", timeout=5)
    assert response.status_code == 405 and error_code(response) == "method_not_allowed"
    assert response.headers["Allow"] == "POST"
    response = requests.post(f"{registry.url}/v1/info", timeout=5)
    assert response.status_code == 405 and response.headers["Allow"] == "GET, HEAD"
    response = requests.get(f"{registry.url}/v2/info", timeout=5)
    assert response.status_code == 404 and error_code(response) == "not_found"
    head = requests.head(f"{registry.url}/v1/info", timeout=5)
    assert head.status_code == 200 and head.content == b""


def test_admin_listing_is_off_by_default(registry):
    submit(registry.url, make_payload(17))
    response = requests.get(f"{registry.url}/_admin/submissions", timeout=5)
    assert response.status_code == 404


def test_admin_listing_returns_the_exact_bytes(admin_registry):
    payload = make_payload(18)
    receipt = submit(admin_registry.url, payload).json()
    listing = requests.get(f"{admin_registry.url}/_admin/submissions", timeout=5).json()
    assert listing["submissions"][0]["case_id"] == receipt["case_id"]
    assert base64.b64decode(listing["submissions"][0]["body_base64"]) == canonical(payload)


def test_logs_hold_no_bodies_hashes_ids_or_tokens(registry, caplog):
    caplog.set_level(logging.DEBUG)
    payload = make_payload(19)
    receipt = submit(registry.url, payload).json()
    url = f"{registry.url}/v1/submissions/{receipt['case_id']}"
    requests.get(url, headers=bearer(receipt["receipt_token"]), timeout=5)
    requests.post(f"{registry.url}/c/bank/NOPE/signal", json={"pdq": "a" * 64}, timeout=5)
    requests.get(f"{registry.url}/m/lookup?signal_type=pdq&signal={'b' * 64}", timeout=5)
    # The server's own loggers and waitress's (requests' client-side logs are not ours).
    text = "\n".join(
        record.getMessage()
        for record in caplog.records
        if record.name.startswith(("takeitdown_client.registry_server", "waitress"))
    )
    assert "POST /v1/submissions 201" in text
    assert "GET /v1/submissions/{case_id} 200" in text
    secrets_sent = [receipt["case_id"], receipt["receipt_token"], "a" * 64, "b" * 64, "NOPE"]
    secrets_sent += [item["sha256"] for item in payload["items"]]
    for secret in secrets_sent:
        assert secret not in text
