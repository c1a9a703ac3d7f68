"""One writer per studio file: a QLockFile beside it (the hand-over lives in ``instance``)."""

from __future__ import annotations

import socket
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QLockFile

from studio_desktop.db import DatabaseInUse, DatabaseReadOnly
from studio_desktop.processes import pid_alive


@dataclass(frozen=True)
class LockHolder:
    pid: int
    hostname: str
    app_name: str


def lock_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


class DatabaseLock:
    """An exclusive lock file beside the database (``<db>.lock``).

    The stale time is 0, so a live holder is never broken however long it runs; only a lock
    left by a dead process on this machine is cleared. A lock from another machine (a file
    on a network share) is always respected.
    """

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.lock_path = lock_path_for(db_path)
        self._lock = QLockFile(str(self.lock_path))
        self._lock.setStaleLockTime(0)

    def try_acquire(self) -> bool:
        if self._lock.isLocked():
            return True
        if self._lock.tryLock(0):
            return True
        holder = self.holder()
        if (
            holder is not None
            and holder.hostname == socket.gethostname()
            and not pid_alive(holder.pid)
            and self._lock.removeStaleLockFile()
        ):
            return bool(self._lock.tryLock(0))
        return False

    def acquire(self) -> None:
        """Like :meth:`try_acquire`, but says why it failed with a typed error."""
        if self.try_acquire():
            return
        if self._lock.error() == QLockFile.LockError.PermissionError:
            raise DatabaseReadOnly(self.db_path, folder=True)
        raise DatabaseInUse(self.db_path, self.holder())

    def holder(self) -> LockHolder | None:
        """Who holds the lock file now (None when nobody does or it cannot be read)."""
        info = self._lock.getLockInfo()
        if not info or not info[0]:
            return None
        pid, hostname, app_name = info
        return LockHolder(int(pid), str(hostname), str(app_name))

    @property
    def held(self) -> bool:
        return bool(self._lock.isLocked())

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()

    def __enter__(self) -> DatabaseLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
