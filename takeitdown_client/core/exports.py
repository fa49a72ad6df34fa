"""Export and import: payload files, threatexchange signal lists and CSV.

- The payload file holds the canonical payload bytes, so a counselor can send
  it from another machine (``takeitdown-client send FILE``).
- The threatexchange text format is what python-threatexchange's file
  collaboration reads: one ``<signal_type> <signal>`` per line, split at the
  first space (``pdq <hex>``, ``video_md5 <hex>``; ``vpdq <JSON>`` on request).
- CSV has the header ``signal_type,signal_str`` (the first two columns of
  ``threatexchange dataset``'s CSV output).

Nothing is written unless the person asks; files are owner-readable only.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from .errors import TakeItDownError
from .payload import SubmissionPayload, image_pdq_hashes
from .payload_parse import parse_payload
from .registry.hma import vpdq_signal_string
from .safefile import atomic_write_bytes

MAX_IMPORT_BYTES = 64 * 1024 * 1024
SIGNAL_TYPES = ("pdq", "video_md5", "vpdq")
ExportFormat = Literal["json", "te", "csv"]
EXPORT_FORMATS: tuple[ExportFormat, ...] = ("json", "te", "csv")
_SIGNAL_CHECKS = {
    "pdq": re.compile(r"[0-9a-f]{64}"),
    "video_md5": re.compile(r"[0-9a-f]{32}"),
}


class ImportFileError(TakeItDownError):
    default_code = "invalid_signal_file"


@dataclass(frozen=True)
class Signal:
    signal_type: str
    signal: str


def payload_signals(payload: SubmissionPayload, include_vpdq: bool = False) -> list[Signal]:
    """The HMA/threatexchange signals in a payload, in item order, without repeats."""
    signals: list[Signal] = []
    for item in payload.items:
        if item["media"] == "image":
            # Low-quality pictures have no PDQ worth matching, so none here.
            signals.extend(Signal("pdq", value) for value in image_pdq_hashes(item))
        else:
            signals.append(Signal("video_md5", item["md5"]))
            # Each reframe list is a video signal of its own, as the HMA client sends it.
            lists = [item["vpdq"]["frames"]]
            lists += [variant["frames"] for variant in item.get("vpdq_variants", [])]
            for frames in lists:
                if include_vpdq and frames:
                    signals.append(Signal("vpdq", vpdq_signal_string(frames).replace(", ", ",")))
    return list(dict.fromkeys(signals))


# Writers ----------------------------------------------------------------------------------


def threatexchange_text(payload: SubmissionPayload, include_vpdq: bool = False) -> str:
    return "".join(f"{s.signal_type} {s.signal}\n" for s in payload_signals(payload, include_vpdq))


def csv_text(payload: SubmissionPayload, include_vpdq: bool = False) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["signal_type", "signal_str"])
    for signal in payload_signals(payload, include_vpdq):
        writer.writerow([signal.signal_type, signal.signal])
    return out.getvalue()


def export_bytes(
    payload: SubmissionPayload, export_format: ExportFormat = "json", include_vpdq: bool = False
) -> bytes:
    """The file's content: the canonical payload (json), signal lines (te) or CSV."""
    if export_format == "json":
        return payload.to_bytes()
    if export_format == "te":
        return threatexchange_text(payload, include_vpdq).encode("utf-8")
    if export_format == "csv":
        return csv_text(payload, include_vpdq).encode("utf-8")
    raise ValueError(f"unknown export format {export_format!r}")


def write_export(path: Path, data: bytes) -> None:
    """The one writer of exported files (the CLI's and the app's): written whole or not at
    all, owner-readable only. Raises OSError (a full disk, a folder without access)."""
    atomic_write_bytes(Path(path), data)


# Readers ----------------------------------------------------------------------------------


def _read(path: Path) -> bytes:
    try:
        with Path(path).open("rb") as handle:
            raw = handle.read(MAX_IMPORT_BYTES + 1)
    except FileNotFoundError as exc:
        raise ImportFileError("File not found.", "file_unreadable") from exc
    except OSError as exc:
        raise ImportFileError("The file could not be opened.", "file_unreadable") from exc
    if len(raw) > MAX_IMPORT_BYTES:
        raise ImportFileError("The file is too large to import.")
    return raw


def _check_signal(signal_type: str, signal: str, line: int) -> Signal:
    signal_type = signal_type.strip().lower()
    signal = signal.strip()
    if signal_type not in SIGNAL_TYPES:
        raise ImportFileError(f"Line {line} has an unknown kind of hash.")
    if signal_type == "vpdq":
        try:
            entries = json.loads(signal)
            ok = isinstance(entries, list) and all(
                isinstance(e, str) and re.fullmatch(r"[0-9a-f]{64},\d{1,3},[0-9.e+-]+", e)
                for e in entries
            )
        except (ValueError, RecursionError):
            ok = False
        if not ok:
            raise ImportFileError(f"Line {line} has a video hash that is not valid.")
        return Signal(signal_type, signal)
    signal = signal.lower()
    if not _SIGNAL_CHECKS[signal_type].fullmatch(signal):
        raise ImportFileError(f"Line {line} has a hash that is not valid.")
    return Signal(signal_type, signal)


def _text(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFileError("The file is not a text file.") from exc


def parse_threatexchange(text: str) -> list[Signal]:
    signals: list[Signal] = []
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        signal_type, _, signal = stripped.partition(" ")
        if not signal:
            raise ImportFileError(f"Line {number} has no hash.")
        signals.append(_check_signal(signal_type, signal, number))
    return signals


def parse_csv(text: str) -> list[Signal]:
    rows = list(csv.reader(io.StringIO(text)))
    if not rows or [cell.strip() for cell in rows[0][:2]] != ["signal_type", "signal_str"]:
        raise ImportFileError("The file does not start with the header signal_type,signal_str.")
    signals: list[Signal] = []
    for number, row in enumerate(rows[1:], start=2):
        if not row or not any(cell.strip() for cell in row):
            continue
        if len(row) < 2:
            raise ImportFileError(f"Line {number} has no hash.")
        signals.append(_check_signal(row[0], row[1], number))
    return signals


def import_payload(path: Path) -> SubmissionPayload:
    """Read a payload file; refuses anything that is not exactly a submission payload."""
    return parse_payload(_read(path))


def import_threatexchange(path: Path) -> list[Signal]:
    return parse_threatexchange(_text(_read(path)))


def import_csv(path: Path) -> list[Signal]:
    return parse_csv(_text(_read(path)))
