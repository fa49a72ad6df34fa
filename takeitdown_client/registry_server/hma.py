"""The subset of Hasher-Matcher-Actioner's (HMA 1.1.7) bank API that clients use.

Shapes and status codes follow HMA's ``curation`` and ``matching`` blueprints:
errors are ``{"message": ...}``; adding a signal answers 200 ``{"id", "signals"}``;
lookups answer ``{BANK: [{"bank_content_id", "distance"}]}`` with the distance as
a string. Only the configured signal types exist (``GET /c/signal_type`` lists
them; any other is "No such signal type"). Deleting a content id that is not
there answers 200 ``{"deleted": 0}``, as HMA does. Differences, all on the strict
side: hashes are matched with ``fullmatch`` (HMA's ``re.match`` lets a trailing
newline through), vPDQ frame hashes must be lowercase, a content id is found
(and deleted) only through its own bank (HMA ignores the bank in the path), and
a new signal is matchable at once (HMA waits for its next index refresh, up to
about 90 s).
"""

from __future__ import annotations

import hmac
import json
import math
import random
import re
from collections.abc import Mapping
from typing import Any

from .config import RegistryConfig
from .errors import HmaError
from .http import BadLength, BadQuery, BodyTooLarge, Request, Response
from .store import Store

BANK_NAME_RE = re.compile(r"[A-Z_][A-Z0-9_]*")
PDQ_RE = re.compile(r"[0-9a-f]{64}")
MD5_RE = re.compile(r"[0-9a-f]{32}")
VPDQ_ENTRY_RE = re.compile(r"([0-9a-f]{64}),([0-9]{1,3}),([0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)")
PDQ_MATCH_DISTANCE = 31  # PDQ_CONFIDENT_MATCH_THRESHOLD: distance <= 31 is a match
VPDQ_QUALITY_THRESHOLD = 50
VPDQ_QUERY_MATCH_PERCENT = 80.0
MAX_BANK_NAME = 255
MAX_NOTE = 255
SIGNAL_TYPES = ("pdq", "video_md5", "vpdq")  # the ones this stand-in can validate
ENABLED = 1  # HMA's BankContentConfig.ENABLED


def _bank_json(name: str, ratio: float) -> dict[str, Any]:
    return {"name": name, "matching_enabled_ratio": ratio}


def parse_vpdq(signal: str, max_frames: int) -> list[tuple[str, int, float]]:
    """Parse HMA's vPDQ signal string: JSON text of a list of ``"<pdq>,<quality>,<seconds>"``."""
    try:
        entries = json.loads(signal or "[]")
    except (ValueError, RecursionError) as exc:
        raise ValueError("not a JSON list of strings") from exc
    if not isinstance(entries, list) or not all(isinstance(e, str) for e in entries):
        raise ValueError("not a JSON list of strings")
    if len(entries) > max_frames:
        raise ValueError(f"more than {max_frames} frames")
    frames = []
    for entry in entries:
        found = VPDQ_ENTRY_RE.fullmatch(entry)
        if not found:
            raise ValueError("invalid VpdqCompactFeature serialization")
        quality, seconds = int(found.group(2)), float(found.group(3))
        if quality > 100 or not math.isfinite(seconds):
            raise ValueError("invalid VpdqCompactFeature serialization")
        frames.append((found.group(1), quality, seconds))
    return frames


def validate_signal(signal_type: str, value: Any, max_frames: int) -> str:
    """HMA's ``SignalType.validate_signal_str``: the stored form, or ValueError."""
    if not isinstance(value, str):
        raise ValueError("signal must be a string")
    if signal_type == "pdq":
        if not PDQ_RE.fullmatch(value):
            raise ValueError("invalid PDQ hash")
        return value
    if signal_type == "video_md5":
        normalized = value.strip().lower()
        if not MD5_RE.fullmatch(normalized):
            raise ValueError("not a valid MD5 hash")
        return normalized
    parse_vpdq(value, max_frames)
    return value


def _usable_frames(frames: list[tuple[str, int, float]]) -> list[int]:
    """vPDQ matching input: frames of quality >= 50, each distinct hash once."""
    seen: dict[str, int] = {}
    for pdq, quality, _ in frames:
        if quality >= VPDQ_QUALITY_THRESHOLD and pdq not in seen:
            seen[pdq] = int(pdq, 16)
    return list(seen.values())


def _share_matched(these: list[int], others: list[int]) -> float:
    hits = sum(1 for a in these if any((a ^ b).bit_count() <= PDQ_MATCH_DISTANCE for b in others))
    return hits * 100 / len(these)


class HmaApi:
    def __init__(self, store: Store, config: RegistryConfig) -> None:
        self.store = store
        self.config = config

    # -- helpers

    def _json_body(self, request: Request) -> Any:
        if request.media_type() != "application/json":
            raise HmaError(
                415,
                "Did not attempt to load JSON data because the request Content-Type was not "
                "'application/json'.",
            )
        try:
            body = request.read_body(self.config.limits.max_body_bytes)
        except BodyTooLarge as exc:
            raise HmaError(413, "The data value transmitted exceeds the capacity limit.") from exc
        except BadLength as exc:
            raise HmaError(400, "Invalid Content-Length") from exc
        try:
            return json.loads(body.decode("utf-8"), parse_constant=_no_constants)
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            raise HmaError(
                400, "The browser (or proxy) sent a request that this server could not understand."
            ) from exc

    def _bank(self, name: str) -> tuple[str, float]:
        rows = self.store.read("SELECT name, enabled_ratio FROM hma_banks WHERE name = ?", (name,))
        if not rows:
            shown = name if BANK_NAME_RE.fullmatch(name) and len(name) <= 64 else "?"
            raise HmaError(404, f"bank '{shown}' not found")
        return str(rows[0][0]), float(rows[0][1])

    def check_token(self, request: Request) -> None:
        """The authenticating proxy's check, when ``hma_token`` is configured."""
        expected = self.config.hma_token
        if not expected:
            return
        scheme, _, token = (request.header("Authorization") or "").strip().partition(" ")
        given = token.strip().encode("utf-8", "replace")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given, expected.encode()):
            raise HmaError(401, "Unauthorized")

    def _signal_type(self, name: str, message: str) -> None:
        if name not in self.config.hma_signal_types or name not in SIGNAL_TYPES:
            shown = name if re.fullmatch(r"[a-z0-9_]{1,32}", name) else "?"
            raise HmaError(400, message.format(shown))

    def _query(self, request: Request) -> dict[str, str]:
        try:
            return request.query()
        except BadQuery as exc:
            raise HmaError(400, "invalid query string") from exc

    # -- status

    def status(self, request: Request) -> Response:
        return Response.text(200, "I-AM-ALIVE")

    # -- banks

    def banks_index(self, request: Request) -> Response:
        rows = self.store.read("SELECT name, enabled_ratio FROM hma_banks ORDER BY name")
        return Response.json(200, [_bank_json(str(n), float(r)) for n, r in rows])

    def bank_show(self, request: Request) -> Response:
        return Response.json(200, _bank_json(*self._bank(request.params["bank"])))

    def bank_create(self, request: Request) -> Response:
        body = self._json_body(request)
        if not isinstance(body, dict):
            raise HmaError(422, "invalid request body", [_field_error([], "dict_type")])
        name = body.get("name")
        if not isinstance(name, str):
            raise HmaError(422, "invalid request body", [_field_error(["name"], "string_type")])
        ratio = self._enabled_ratio(body)
        if not BANK_NAME_RE.fullmatch(name) or len(name) > MAX_BANK_NAME:
            raise HmaError(400, "Bank names must be UPPER_WITH_UNDERSCORE")
        with self.store.write() as conn:
            if conn.execute("SELECT 1 FROM hma_banks WHERE name = ?", (name,)).fetchone():
                raise HmaError(403, "Bank already exists")
            conn.execute("INSERT INTO hma_banks (name, enabled_ratio) VALUES (?, ?)", (name, ratio))
        return Response.json(201, _bank_json(name, ratio))

    @staticmethod
    def _enabled_ratio(body: Mapping[str, Any]) -> float:
        ratio, enabled = body.get("enabled_ratio"), body.get("enabled")
        if ratio is not None:
            if isinstance(ratio, bool) or not isinstance(ratio, int | float):
                raise HmaError(
                    422, "invalid request body", [_field_error(["enabled_ratio"], "float_type")]
                )
            if not 0.0 <= float(ratio) <= 1.0:
                raise HmaError(400, "enabled_ratio must be between 0.0 and 1.0")
            return float(ratio)
        if enabled is not None:
            if not isinstance(enabled, bool):
                raise HmaError(
                    422, "invalid request body", [_field_error(["enabled"], "bool_type")]
                )
            return 1.0 if enabled else 0.0
        return 1.0

    # -- bank content

    def add_signals(self, request: Request) -> Response:
        bank, _ = self._bank(request.params["bank"])
        data = self._json_body(request)
        if not isinstance(data, dict):
            raise HmaError(400, "this endpoint expects a json object payload")
        note = data.pop("note", None)
        if note and (not isinstance(note, str) or len(note) > MAX_NOTE):
            raise HmaError(400, "note should be a string of at most 255 characters")
        if not data:
            raise HmaError(400, "No signals given")
        signals: dict[str, str] = {}
        for name, value in data.items():
            self._signal_type(name, "No such signal type {}")
            try:
                signals[name] = validate_signal(name, value, self.config.limits.max_vpdq_frames)
            except ValueError as exc:
                raise HmaError(400, f"Invalid {name} signal: {exc}") from exc
        # The note is checked as HMA does but not kept: nothing but hashes is stored.
        with self.store.write() as conn:
            cursor = conn.execute("INSERT INTO hma_content (bank) VALUES (?)", (bank,))
            content_id = int(cursor.lastrowid or 0)
            conn.executemany(
                "INSERT INTO hma_signals (content_id, signal_type, signal) VALUES (?, ?, ?)",
                [(content_id, name, value) for name, value in signals.items()],
            )
        return Response.json(200, {"id": content_id, "signals": signals})

    def _content_id(self, request: Request, bank: str) -> int:
        raw = request.params["content_id"]
        if not raw.isdigit() or len(raw) > 18:
            raise HmaError(404, "content not found")
        content_id = int(raw)
        rows = self.store.read("SELECT bank FROM hma_content WHERE id = ?", (content_id,))
        if not rows or rows[0][0] != bank:
            raise HmaError(404, f"content '{content_id}' not found")
        return content_id

    def get_content(self, request: Request) -> Response:
        bank, ratio = self._bank(request.params["bank"])
        content_id = self._content_id(request, bank)
        answer: dict[str, Any] = {
            "id": content_id,
            "disable_until_ts": ENABLED,
            "original_media_uri": None,
            "bank": _bank_json(bank, ratio),
        }
        if self._query(request).get("include_signals", "false").lower() == "true":
            rows = self.store.read(
                "SELECT signal_type, signal FROM hma_signals WHERE content_id = ?", (content_id,)
            )
            answer["signals"] = {str(t): str(s) for t, s in rows}
        return Response.json(200, answer)

    def delete_content(self, request: Request) -> Response:
        """HMA answers ``{"deleted": 0}`` for an id that is not there, so a retry is safe."""
        bank, _ = self._bank(request.params["bank"])
        raw = request.params["content_id"]
        if not raw.isdigit() or len(raw) > 18:
            raise HmaError(404, "content not found")
        with self.store.write() as conn:
            ours = (int(raw), bank)
            conn.execute(
                "DELETE FROM hma_signals WHERE content_id IN"
                " (SELECT id FROM hma_content WHERE id = ? AND bank = ?)",
                ours,
            )
            deleted = conn.execute(
                "DELETE FROM hma_content WHERE id = ? AND bank = ?", ours
            ).rowcount
        return Response.json(200, {"deleted": deleted})

    # -- configuration

    def signal_types(self, request: Request) -> Response:
        """``GET /c/signal_type``: the installed signal types and their enabled ratios."""
        types = [name for name in self.config.hma_signal_types if name in SIGNAL_TYPES]
        return Response.json(200, [{"name": name, "enabled_ratio": 1.0} for name in types])

    # -- matching

    def lookup(self, request: Request) -> Response:
        query = self._query(request)
        if query.get("url"):
            raise HmaError(403, "Hashing is disabled, missing role")
        signal_type, signal = query.get("signal_type"), query.get("signal")
        if not signal or not signal_type:
            raise HmaError(400, "Either url or both signal and signal_type are required")
        self._signal_type(signal_type, "No such SignalType '{}'")
        max_frames = self.config.limits.max_vpdq_frames
        try:
            signal = validate_signal(signal_type, signal, max_frames)
        except ValueError as exc:
            raise HmaError(400, f"invalid signal: {exc}") from exc
        matches = self._matches(signal_type, signal)
        wanted = set(query["banks"].split(",")) if query.get("banks") else None
        bypass = query.get("bypass_coinflip", "false") == "true"
        coinflip = 0.0 if bypass else random.Random(query.get("seed")).random()  # noqa: S311
        result: dict[str, list[dict[str, Any]]] = {}
        for content_id, bank, ratio, distance in matches:
            if ratio >= coinflip and (wanted is None or bank in wanted):
                result.setdefault(bank, []).append(
                    {"bank_content_id": content_id, "distance": distance}
                )
        return Response.json(200, result)

    def _matches(self, signal_type: str, signal: str) -> list[tuple[int, str, float, str]]:
        sql = (
            "SELECT s.content_id, c.bank, b.enabled_ratio, s.signal FROM hma_signals s"
            " JOIN hma_content c ON c.id = s.content_id JOIN hma_banks b ON b.name = c.bank"
            " WHERE s.signal_type = ?"
        )
        if signal_type == "video_md5":
            rows = self.store.read(
                sql + " AND s.signal = ? ORDER BY s.content_id", (signal_type, signal)
            )
            return [(int(i), str(b), float(r), "-") for i, b, r, _ in rows]
        rows = self.store.read(sql + " ORDER BY s.content_id", (signal_type,))
        found: list[tuple[int, str, float, str]] = []
        if signal_type == "pdq":
            query = int(signal, 16)
            for content_id, bank, ratio, stored in rows:
                distance = (query ^ int(stored, 16)).bit_count()
                if distance <= PDQ_MATCH_DISTANCE:
                    found.append((int(content_id), str(bank), float(ratio), str(distance)))
            return found
        max_frames = self.config.limits.max_vpdq_frames
        query_frames = _usable_frames(parse_vpdq(signal, max_frames))
        if not query_frames:
            return found
        for content_id, bank, ratio, stored in rows:
            stored_frames = _usable_frames(parse_vpdq(stored, max_frames))
            if not stored_frames:
                continue
            query_pct = _share_matched(query_frames, stored_frames)
            if query_pct >= VPDQ_QUERY_MATCH_PERCENT:
                stored_pct = _share_matched(stored_frames, query_frames)
                found.append(
                    (
                        int(content_id),
                        str(bank),
                        float(ratio),
                        f"{query_pct:.0f}%[{stored_pct:.0f}%]",
                    )
                )
        return found


def _no_constants(name: str) -> Any:
    raise ValueError("NaN and Infinity are not JSON")


def _field_error(location: list[str], kind: str) -> dict[str, Any]:
    # The shape of one entry of pydantic's error list, which HMA answers with on 422.
    return {"loc": location, "msg": "Input should be valid", "type": kind}
