"""'Trying again…' while a registry request retries, instead of a long silence.

The registry client reports each retry on the worker thread that runs it;
``RetryNotice`` lives on the GUI thread, so its signal reaches the page safely.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from .text import fmt


class RetryNotice(QObject):
    retrying = Signal(int, int)  # retry number, retries allowed

    def report(self, retry: int, allowed: int) -> None:
        self.retrying.emit(retry, allowed)


def retry_text(retry: int, allowed: int) -> str:
    text = QCoreApplication.translate("Retries", "No answer yet. Trying again (%1 of %2)…")
    return fmt(text, retry, allowed)
