"""The desktop wizard (PySide6).

Qt lives only here; the work itself is done by ``takeitdown_client.core``.
Start-up is in ``app.py``, the wizard in ``wizard.py``, one module per page in
``pages/``, long work in ``workers.py`` and every error message in
``messages.py``. Nothing here hashes or talks to a registry on the GUI thread.
"""
