"""Payload builders and HTTP helpers for the reference registry tests."""

from __future__ import annotations

import copy
import json
import random
import secrets
from typing import Any

import requests

JSON = {"Content-Type": "application/json"}
DIHEDRAL = ("rotate90", "rotate180", "rotate270", "flipx", "flipy", "flipplus1", "flipminus1")


def random_hex(rng: random.Random, length: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(length))


def image_item(rng: random.Random, *, dihedral: bool = True) -> dict[str, Any]:
    item: dict[str, Any] = {
        "media": "image",
        "md5": random_hex(rng, 32),
        "sha256": random_hex(rng, 64),
        "phash": random_hex(rng, 16),
        "pdq": random_hex(rng, 64),
        "pdq_quality": rng.randint(50, 100),
    }
    if dihedral:
        item["pdq_dihedral"] = {name: random_hex(rng, 64) for name in DIHEDRAL}
    return item


def low_quality_item(rng: random.Random) -> dict[str, Any]:
    return {
        "media": "image",
        "md5": random_hex(rng, 32),
        "sha256": random_hex(rng, 64),
        "phash": random_hex(rng, 16),
        "low_quality": True,
    }


def video_item(rng: random.Random, frames: int = 3) -> dict[str, Any]:
    return {
        "media": "video",
        "md5": random_hex(rng, 32),
        "sha256": random_hex(rng, 64),
        "vpdq": {
            "seconds_per_hash": 1.0,
            "frames": [
                {"pdq": random_hex(rng, 64), "quality": rng.randint(0, 100), "timestamp": float(i)}
                for i in range(frames)
            ],
        },
    }


def make_payload(seed: int = 0, items: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    rng = random.Random(seed)
    return {
        "category": "minor",
        "client": {"name": "takeitdown-client", "version": "0.1.0"},
        "items": items
        if items is not None
        else [image_item(rng), low_quality_item(rng), video_item(rng)],
        "schema": "takeitdown-submission",
        "schema_version": 1,
        "submitter": "self",
    }


def canonical(obj: Any) -> bytes:
    """The canonical payload bytes of docs/interfaces.md."""
    return (json.dumps(obj, sort_keys=True, indent=2, ensure_ascii=True) + "\n").encode("utf-8")


def new_key() -> str:
    return secrets.token_urlsafe(24)


def submit(
    url: str, body: bytes | dict[str, Any], key: str | None = None, **headers: str
) -> requests.Response:
    data = body if isinstance(body, bytes) else canonical(body)
    sent = {**JSON, "Idempotency-Key": key or new_key(), **headers}
    return requests.post(f"{url}/v1/submissions", data=data, headers=sent, timeout=10)


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def error_code(response: requests.Response) -> str:
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message"}
    return str(body["error"]["code"])


def mutate(payload: dict[str, Any], path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    """A deep copy of ``payload`` with the value at ``path`` replaced (or deleted when
    ``value`` is the DELETE marker)."""
    result = copy.deepcopy(payload)
    target = result
    for step in path[:-1]:
        target = target[step]
    if value is DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return result


DELETE = object()
