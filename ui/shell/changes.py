"""The one change signal: pages announce which kinds of data changed, others refresh."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

# Kind names match models.services.browse.ListKind values, plus "studio" for the settings.
ALL_KINDS: frozenset[str] = frozenset(
    {
        "studio",
        "clients",
        "projects",
        "people",
        "equipment",
        "invoices",
        "expenses",
        "time_entries",
        "risks",
    }
)


class DataChanges(QObject):
    """A hub created by MainWindow and handed to every page."""

    changed = Signal(frozenset)

    def announce(self, kinds: Iterable[str]) -> None:
        """Tell every page that these kinds of data changed."""
        kinds = frozenset(kinds)
        if kinds:
            self.changed.emit(kinds)

    def announce_all(self) -> None:
        self.changed.emit(ALL_KINDS)
