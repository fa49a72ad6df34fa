"""Qt's own button texts, listed so that our translations carry them too.

QWizard and the standard dialog buttons translate their default texts through
Qt's ``qtbase_<lang>.qm``. Qt ships none for several of our languages (Bengali,
Hindi, Urdu, Kurdish, Vietnamese ...), so without these entries those people
would see "< Back", "Finish", "OK" and "Cancel" in English. ``tr()`` looks in
every installed translator, and Qt's own file, installed last, wins where it
exists.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_OWN_TEXTS = (
    # QWizard (classic, Windows "Aero" and macOS styles)
    QT_TRANSLATE_NOOP("QWizard", "< &Back"),
    QT_TRANSLATE_NOOP("QWizard", "&Next >"),
    QT_TRANSLATE_NOOP("QWizard", "&Next"),
    QT_TRANSLATE_NOOP("QWizard", "&Finish"),
    QT_TRANSLATE_NOOP("QWizard", "Cancel"),
    QT_TRANSLATE_NOOP("QWizard", "Go Back"),
    QT_TRANSLATE_NOOP("QWizard", "Continue"),
    QT_TRANSLATE_NOOP("QWizard", "Done"),
    # QDialogButtonBox standard buttons
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    # Qt's file dialog: these labels gained a shortcut letter and lost their translations in
    # qtbase_<lang>.qm.
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
