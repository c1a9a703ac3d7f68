"""Labels of the invoices catalogue (filled as the invoices views are built)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TITLE = QT_TRANSLATE_NOOP("Invoices", "Invoices")
