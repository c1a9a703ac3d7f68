"""One writer per studio file (QLockFile) and the hand-over from a second launch (QLocalServer)."""

from __future__ import annotations

import getpass
import hashlib
import os
import socket
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QLockFile, QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from studio_desktop.db import DatabaseInUse, DatabaseReadOnly

ACTIVATE = b"activate\n"
ACK = b"ok\n"


@dataclass(frozen=True)
class LockHolder:
    pid: int
    hostname: str
    app_name: str


def lock_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name != "posix":
        return True  # no cheap check; Qt's own stale detection covers Windows
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's live process
    return True


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
            and not _pid_alive(holder.pid)
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


def server_name_for(db_path: Path) -> str:
    """A local socket name per user and database file (sockets are shared across users)."""
    key = f"{getpass.getuser()}\0{os.path.normcase(db_path.resolve())}"
    return "studio-desktop-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


class InstanceChannel(QObject):
    """The first instance listens; a second launch asks it to bring its window forward."""

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name_for(db_path)
        self._server = QLocalServer(self)
        self._on_activate: Callable[[], None] | None = None
        self._server.newConnection.connect(self._on_new_connection)

    def listen(self, on_activate: Callable[[], None]) -> bool:
        """Start listening. Call it only while holding the :class:`DatabaseLock`."""
        self._on_activate = on_activate
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if self._server.listen(self.name):
            return True
        # A crashed instance can leave its socket file behind; holding the database lock
        # proves nobody live owns it, so it is safe to remove.
        QLocalServer.removeServer(self.name)
        return bool(self._server.listen(self.name))

    def close(self) -> None:
        self._server.close()

    def _on_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            conn = self._server.nextPendingConnection()
            conn.readyRead.connect(lambda c=conn: self._on_ready_read(c))
            conn.disconnected.connect(conn.deleteLater)
            if conn.bytesAvailable():
                self._on_ready_read(conn)

    def _on_ready_read(self, conn: QLocalSocket) -> None:
        if not conn.canReadLine():
            return
        line = bytes(conn.readLine().data())
        if line == ACTIVATE:
            conn.write(ACK)
            conn.flush()
            if self._on_activate is not None:
                self._on_activate()
        conn.disconnectFromServer()

    @staticmethod
    def notify_running(db_path: Path, timeout_ms: int = 3000) -> bool:
        """Ask the instance that has ``db_path`` open to come forward; True if it answered."""
        sock = QLocalSocket()
        sock.connectToServer(server_name_for(db_path))
        if not sock.waitForConnected(timeout_ms):
            return False
        sock.write(ACTIVATE)
        if not sock.waitForBytesWritten(timeout_ms):
            return False
        answered = False
        while sock.waitForReadyRead(timeout_ms):
            if sock.canReadLine():
                answered = bytes(sock.readLine().data()) == ACK
                break
        sock.disconnectFromServer()
        return answered
