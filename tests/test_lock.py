"""Single writer per studio file, and a second launch handing over to the first window."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from studio_desktop.db import DatabaseInUse
from studio_desktop.instance import InstanceChannel, server_name_for
from studio_desktop.lock import DatabaseLock, lock_path_for

HOLD_LOCK = """
import sys, time
from pathlib import Path
from studio_desktop.lock import DatabaseLock
lock = DatabaseLock(Path(sys.argv[1]))
print("locked" if lock.try_acquire() else "refused", flush=True)
time.sleep(30)
"""

NOTIFY = """
import sys
from pathlib import Path
from studio_desktop.instance import InstanceChannel
sys.exit(0 if InstanceChannel.notify_running(Path(sys.argv[1]), timeout_ms=20000) else 1)
"""


def _python(code: str, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    return subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=env
    )


def test_second_lock_is_refused_and_names_the_holder(tmp_path: Path) -> None:
    db = tmp_path / "studio.sqlite3"
    first, second = DatabaseLock(db), DatabaseLock(db)

    assert first.try_acquire()
    assert lock_path_for(db).exists()
    assert not second.try_acquire()
    holder = second.holder()
    assert holder is not None and holder.pid == os.getpid()
    with pytest.raises(DatabaseInUse) as err:
        second.acquire()
    assert err.value.holder == holder and str(os.getpid()) in err.value.message

    first.release()
    assert second.try_acquire()
    second.release()
    assert not lock_path_for(db).exists()


def test_context_manager_releases(tmp_path: Path) -> None:
    db = tmp_path / "studio.sqlite3"
    with DatabaseLock(db) as lock:
        assert lock.held
    assert DatabaseLock(db).try_acquire()


def test_lock_held_by_another_process_is_refused_until_it_dies(tmp_path: Path) -> None:
    db = tmp_path / "studio.sqlite3"
    proc = _python(HOLD_LOCK, str(db))
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "locked"
        lock = DatabaseLock(db)
        assert not lock.try_acquire()  # a live holder is never broken, however old the lock
        holder = lock.holder()
        assert holder is not None and holder.pid == proc.pid
    finally:
        proc.kill()
        proc.wait()  # reaped, so the pid is really gone

    # The lock file is still there, left by a dead process: it is stale and may be taken.
    assert lock_path_for(db).exists()
    assert lock.try_acquire()
    assert lock.holder() is not None and lock.holder().pid == os.getpid()
    lock.release()


def test_server_name_is_per_file(tmp_path: Path) -> None:
    a = tmp_path / "a.sqlite3"
    assert server_name_for(a) == server_name_for(tmp_path / "x" / ".." / "a.sqlite3")
    assert server_name_for(a) != server_name_for(tmp_path / "b.sqlite3")


def test_notify_without_a_running_instance_is_false(tmp_path: Path, qapp: QCoreApplication) -> None:
    assert not InstanceChannel.notify_running(tmp_path / "studio.sqlite3", timeout_ms=200)


def test_second_launch_activates_the_first(tmp_path: Path, qtbot: QtBot) -> None:
    db = tmp_path / "studio.sqlite3"
    activated: list[bool] = []
    channel = InstanceChannel(db)
    assert channel.listen(lambda: activated.append(True))
    try:
        proc = _python(NOTIFY, str(db))  # a real second launch: another process
        # The event loop keeps running here, so the first instance can answer.
        qtbot.waitUntil(lambda: bool(activated) and proc.poll() is not None, timeout=60000)
        assert proc.returncode == 0  # it got the acknowledgement
        assert activated == [True]
    finally:
        channel.close()
