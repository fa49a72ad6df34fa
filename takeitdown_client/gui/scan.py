"""Turn picked files and folders into the list shown on the "Choose files" page.

Runs in a worker thread: a big folder can take a while to walk. Uses the same
walk as the hashing engine, so the list shows exactly what will be hashed.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..core.fingerprints import HashedItem
from ..core.sniff import MediaKind, sniff_file
from ..core.walk import expand_paths
from .session import ChosenFile

PROBLEM = "problem"


def scan(paths: Iterable[str]) -> list[ChosenFile]:
    chosen: list[ChosenFile] = []
    for entry in expand_paths(list(paths)):
        if isinstance(entry, HashedItem):
            chosen.append(ChosenFile(entry.path, PROBLEM, 0))
            continue
        try:
            kind = sniff_file(entry).kind
            size = entry.stat().st_size
        except OSError:
            chosen.append(ChosenFile(str(entry), PROBLEM, 0))
            continue
        chosen.append(ChosenFile(str(entry), str(kind if kind else MediaKind.UNKNOWN), size))
    return chosen
