"""The Qt binding must not corrupt Python's reference counts.

PySide6 6.12.0 released a reference to None whenever a Qt call returned no
object, and on Python 3.11 the app then aborted after a few thousand calls
("none_dealloc"). pyproject.toml keeps that version out; this test notices a
binding with the same fault.
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtWidgets import QListWidget, QTreeWidget


def test_calls_that_return_no_object_keep_none_alive(qapp: Any) -> None:
    tree, listing = QTreeWidget(), QListWidget()
    before = sys.getrefcount(None)
    for _ in range(500):
        assert tree.currentItem() is None
        assert tree.topLevelItem(3) is None
        assert listing.currentItem() is None
    # Other threads may hold or drop a few references meanwhile; the fault lost 1500.
    assert sys.getrefcount(None) - before > -100
