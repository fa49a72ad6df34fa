"""Hypothesis fuzzing over real HTTP: never a 5xx, and refused requests store nothing."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from takeitdown_client.registry_server import RunningServer, start_in_thread
from takeitdown_client.registry_server.validation import CLIENT_TEXT_RE, HEX_RE

from .helpers import DELETE, canonical, make_payload, mutate, new_key

FUZZ = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
BANK = "FUZZ_BANK"
BASE = make_payload(42)

# Every key name the schema knows; an added key outside this set is always unknown.
KNOWN_KEYS = {
    "category", "client", "items", "schema", "schema_version", "submitter", "name", "version",
    "media", "md5", "sha256", "phash", "pdq", "pdq_quality", "pdq_dihedral", "low_quality",
    "vpdq", "seconds_per_hash", "frames", "quality", "timestamp", "rotate90", "rotate180",
    "rotate270", "flipx", "flipy", "flipplus1", "flipminus1",
}  # fmt: skip
HASH_KEYS = {"md5": "md5", "sha256": "sha256", "pdq": "pdq", "phash": "phash"}
HASH_KEYS.update({name: "pdq" for name in KNOWN_KEYS if name.startswith(("rotate", "flip"))})
CHOICES = {
    "category": {"minor", "adult"},
    "submitter": {"self", "trusted_adult", "counselor"},
    "schema": {"takeitdown-submission"},
    "media": {"image", "video"},
}


def all_paths(node: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield (*prefix, key)
            yield from all_paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield (*prefix, index)
            yield from all_paths(value, (*prefix, index))


PATHS = list(all_paths(BASE))


def value_at(path: tuple[Any, ...]) -> Any:
    node: Any = BASE
    for step in path:
        node = node[step]
    return node


DICT_PATHS = [()] + [p for p in PATHS if isinstance(value_at(p), dict)]
json_scalars = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20)
)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def wrong_string(key: Any) -> st.SearchStrategy[str]:
    """A string that is never valid at this key."""
    text = st.text(max_size=70)
    if key in HASH_KEYS:
        return text.filter(lambda s: not HEX_RE[HASH_KEYS[key]].fullmatch(s))
    if key in CHOICES:
        return text.filter(lambda s: s not in CHOICES[key])
    if key in ("name", "version"):
        return text.filter(lambda s: not CLIENT_TEXT_RE.fullmatch(s))
    return text


@st.composite
def invalid_payloads(draw: st.DrawFn) -> dict[str, Any]:
    """The valid base payload with one change that always makes it invalid."""
    kind = draw(st.sampled_from(["delete", "retype", "add_key", "bad_string"]))
    if kind == "add_key":
        where = draw(st.sampled_from(DICT_PATHS))
        key = draw(st.text(max_size=20).filter(lambda k: k not in KNOWN_KEYS))
        return (
            mutate(BASE, (*where, key), draw(json_values))
            if where
            else {**BASE, key: draw(json_values)}
        )
    if kind == "delete":
        path = draw(
            st.sampled_from(
                [p for p in PATHS if isinstance(p[-1], str) and p[-1] != "pdq_dihedral"]
            )
        )
        return mutate(BASE, path, DELETE)
    if kind == "bad_string":
        path = draw(st.sampled_from([p for p in PATHS if isinstance(value_at(p), str)]))
        return mutate(BASE, path, draw(wrong_string(path[-1])))
    path = draw(st.sampled_from(PATHS))
    old = value_at(path)
    if isinstance(old, bool):
        new = draw(json_values.filter(lambda v: v is not True))
    elif isinstance(old, int | float):
        new = draw(
            json_values.filter(lambda v: isinstance(v, bool) or not isinstance(v, int | float))
        )
    else:
        new = draw(json_values.filter(lambda v: type(v) is not type(old)))
    return mutate(BASE, path, new)


header_text = st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E), max_size=60)
content_types = (
    st.sampled_from(
        [
            "application/json",
            "application/json; charset=utf-8",
            "text/plain",
            "",
            "application/JSON",
            "multipart/form-data",
        ]
    )
    | header_text
)
bodies = (
    st.binary(max_size=300)
    | json_values.map(lambda v: json.dumps(v).encode())
    | invalid_payloads().map(canonical)
    | invalid_payloads().map(lambda p: json.dumps(p).encode())
)
segments = st.text(max_size=20).map(lambda s: quote(s, safe=""))


ALL_METHODS = ["GET", "POST", "DELETE", "PUT", "PATCH", "OPTIONS", "HEAD"]
ROUTES = {
    "/v1/info": ["GET"],
    "/v1/submissions": ["POST"],
    "/v1/submissions/{x}": ["GET", "DELETE"],
    "/status": ["GET"],
    "/c/banks": ["GET", "POST"],
    "/c/bank/{bank}": ["GET"],
    "/c/bank/{bank}/signal": ["POST"],
    "/c/bank/{bank}/content/{x}": ["GET", "DELETE"],
    "/m/lookup": ["GET"],
    "/_admin/submissions": ["GET"],
    "/{x}": ALL_METHODS,
    "/v1/{x}/{x}": ALL_METHODS,
}


@st.composite
def requests_anywhere(draw: st.DrawFn) -> tuple[str, str, dict[str, str], bytes]:
    template = draw(st.sampled_from(sorted(ROUTES)))
    path = template.replace("{bank}", draw(st.sampled_from([BANK, "NOPE"]) | segments))
    path = path.replace("{x}", draw(segments | st.integers(0, 5).map(str)))
    query = draw(
        st.dictionaries(
            st.sampled_from(
                ["signal_type", "signal", "banks", "url", "seed", "include_signals", "x"]
            ),
            st.text(max_size=70),
            max_size=4,
        )
    )
    headers = {"Content-Type": draw(st.just("application/json") | content_types)}
    if draw(st.booleans()):
        headers["Idempotency-Key"] = draw(header_text | st.just(new_key()))
    if draw(st.booleans()):
        headers["Authorization"] = draw(header_text.map(lambda t: "Bearer " + t) | header_text)
    # Half the time a method the path serves, so that most requests reach a handler.
    method = draw(st.sampled_from(ROUTES[template]) | st.sampled_from(ALL_METHODS))
    suffix = "?" + urlencode(query) if query else ""
    return method, path + suffix, headers, draw(bodies)


@pytest.fixture(scope="module")
def fuzz_registry(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    db = Path(tmp_path_factory.mktemp("fuzz")) / "registry.sqlite3"
    with start_in_thread(db, hma_banks=(BANK,)) as server:
        receipt = requests.post(
            f"{server.url}/v1/submissions",
            data=canonical(make_payload(1)),
            headers={"Content-Type": "application/json", "Idempotency-Key": new_key()},
            timeout=5,
        )
        assert receipt.status_code == 201
        yield server


@pytest.fixture(scope="module")
def session() -> Iterator[requests.Session]:
    with requests.Session() as http:
        yield http


@FUZZ
@given(
    payload=invalid_payloads(),
    content_type=st.sampled_from(["application/json", "application/json; charset=utf-8"]),
)
def test_invalid_submissions_get_4xx_and_store_nothing(
    fuzz_registry, session, payload, content_type
):
    before = fuzz_registry.store.counts()
    response = session.post(
        f"{fuzz_registry.url}/v1/submissions",
        data=canonical(payload),
        headers={"Content-Type": content_type, "Idempotency-Key": new_key()},
        timeout=10,
    )
    assert 400 <= response.status_code < 500, response.text
    assert set(response.json()) == {"error"}
    assert fuzz_registry.store.counts() == before


@FUZZ
@given(request=requests_anywhere())
def test_random_requests_never_get_5xx(fuzz_registry, session, request):
    method, path, headers, body = request
    before = fuzz_registry.store.counts()
    response = session.request(
        method, fuzz_registry.url + path, data=body, headers=headers, timeout=10
    )
    assert response.status_code < 500, (method, path, response.status_code, response.text[:200])
    after = fuzz_registry.store.counts()
    if response.status_code >= 400:
        assert after == before
    elif after != before:
        # Only HMA adds can succeed by chance (e.g. {"vpdq": "[]"} or a bank called "A").
        assert method == "POST" and re.fullmatch(r"/c/(banks|bank/[^/]+/signal)(\?.*)?", path)
