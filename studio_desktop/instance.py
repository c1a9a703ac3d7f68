"""A second launch on the same file brings the first window forward (QLocalServer/QLocalSocket).

Kept apart from the lock so QtNetwork loads only after the first window has painted (the
first instance starts listening then) or when a launch finds the file already locked.
"""

from __future__ import annotations

import getpass
import hashlib
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

ACTIVATE = b"activate\n"
ACK = b"ok\n"


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
