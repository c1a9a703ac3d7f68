"""What the shell asks of the composition root: a Protocol of plain-data actions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol


@dataclass(frozen=True, slots=True)
class BackupEntry:
    """One backup file the root can restore; ``created_at`` is timezone-aware UTC."""

    path: Path
    created_at: datetime
    reason: str
    size_bytes: int


class ShellActions(Protocol):
    """Implemented by the composition root. Failures raise exceptions with a ``.message``."""

    def new_database(self, path: Path) -> None: ...

    def open_database(self, path: Path) -> None: ...

    def recent_databases(self) -> list[Path]: ...

    def backup_now(self) -> Path: ...

    def list_backups(self) -> list[BackupEntry]: ...

    def restore_backup(self, path: Path) -> None: ...

    def data_folder(self) -> Path: ...

    def versions(self) -> list[tuple[str, str]]: ...

    def set_language(self, code: str) -> None: ...
