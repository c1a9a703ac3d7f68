"""The composition root: open, lock, back up, refuse bad files, hand over to a running window."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from studio_desktop.app import Application, StartupAborted, parse_args
from studio_desktop.backup import list_backups, make_backup
from studio_desktop.cli import main as cli
from studio_desktop.lock import DatabaseLock

pytestmark = pytest.mark.usefixtures("private_dirs")


@pytest.fixture
def ready_db(tmp_path: Path) -> Path:
    db = tmp_path / "studio.sqlite3"
    assert cli(["--db", str(db), "init", "--name", "Lantern Studio", "--currency", "CNY"]) == 0
    return db


def _app(qapp: QApplication, tmp_path: Path, *extra: str) -> Application:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    args = parse_args(["--lang", "en", *extra])
    return Application(qapp, args, tmp_path / "log.txt", settings)


def test_window_opens_over_the_file_and_closing_backs_up(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, ready_db: Path
) -> None:
    app = _app(qapp, tmp_path)
    app.start(ready_db)
    try:
        assert app.window is not None and app.window.isVisible()
        from PySide6.QtWidgets import QLabel

        shown = app.window.statusBar().findChild(QLabel, "dbPath")
        assert shown is not None and str(ready_db) in shown.text()
        assert not DatabaseLock(ready_db).try_acquire()  # the window holds the lock
        qtbot.waitUntil(
            lambda: any(b.reason == "open" for b in list_backups(ready_db)), timeout=10000
        )
    finally:
        app.shutdown()
    reasons = [b.reason for b in list_backups(ready_db)]
    assert "close" in reasons
    lock = DatabaseLock(ready_db)
    assert lock.try_acquire()
    lock.release()


def test_a_second_launch_brings_the_first_window_forward(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, ready_db: Path
) -> None:
    app = _app(qapp, tmp_path, "--no-backup")
    app.start(ready_db)
    raised: list[bool] = []
    assert app.window is not None
    app.window.raise_ = lambda: raised.append(True)  # type: ignore[method-assign]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    second = subprocess.Popen(
        [sys.executable, "-m", "studio_desktop", "--db", str(ready_db)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        while second.poll() is None and time.monotonic() < deadline:
            qapp.processEvents()
            time.sleep(0.01)
        assert second.returncode == 0, second.stderr.read() if second.stderr else ""
        qtbot.waitUntil(lambda: raised == [True], timeout=5000)
    finally:
        if second.poll() is None:
            second.kill()
        app.shutdown()


def test_a_damaged_file_offers_the_latest_backup(
    qapp: QApplication, tmp_path: Path, ready_db: Path
) -> None:
    good = make_backup(ready_db, reason="manual")
    ready_db.write_bytes(b"SQLite format 3\x00" + os.urandom(8192))
    for suffix in ("-wal", "-shm"):
        Path(str(ready_db) + suffix).unlink(missing_ok=True)
    app = _app(qapp, tmp_path, "--no-backup")
    offered: list[Path] = []
    app._ask_restore = lambda text, backup: offered.append(backup) or True  # type: ignore[method-assign]
    app.start(ready_db)
    try:
        assert offered == [good]
        with sqlite3.connect(ready_db) as con:
            assert con.execute("SELECT name FROM studio").fetchone()[0] == "Lantern Studio"
        assert any("before-restore" in b.reason for b in list_backups(ready_db))
    finally:
        app.shutdown()


def test_a_newer_schema_is_refused_and_left_untouched(
    qapp: QApplication, tmp_path: Path, ready_db: Path
) -> None:
    with sqlite3.connect(ready_db) as con:
        con.execute("UPDATE alembic_version SET version_num = 'fromthefuture'")
    before = ready_db.read_bytes()
    app = _app(qapp, tmp_path, "--no-backup")
    errors: list[str] = []
    app._error = lambda title, text: errors.append(text)  # type: ignore[method-assign]
    with pytest.raises(StartupAborted):
        app.start(ready_db)
    assert errors and "newer version" in errors[0]
    assert ready_db.read_bytes() == before
    lock = DatabaseLock(ready_db)
    assert lock.try_acquire()  # nothing left locked
    lock.release()


def test_a_read_only_file_gets_a_clear_message(
    qapp: QApplication, tmp_path: Path, ready_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ready_db.chmod(0o444)
    if os.geteuid() == 0:  # root ignores mode bits; make access() follow them as a user's would
        real = os.access
        monkeypatch.setattr(
            os,
            "access",
            lambda p, mode, *a, **k: not (mode & os.W_OK and Path(p) == ready_db) and real(p, mode),
        )
    app = _app(qapp, tmp_path, "--no-backup")
    errors: list[str] = []
    app._error = lambda title, text: errors.append(text)  # type: ignore[method-assign]
    try:
        with pytest.raises(StartupAborted):
            app.start(ready_db)
    finally:
        ready_db.chmod(0o644)
    assert errors and "read-only" in errors[0]


def test_damage_found_after_the_window_opened_offers_the_backup(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, ready_db: Path, monkeypatch
) -> None:
    from studio_desktop.db import DatabaseCorrupt

    make_backup(ready_db, reason="manual")

    def damaged(path, *, deep=True, cancel=None):  # type: ignore[no-untyped-def]
        if deep:
            raise DatabaseCorrupt(path, None, "*** in database main *** Page 7: btreeInitPage()")

    monkeypatch.setattr("studio_desktop.store.quick_check", damaged)
    app = _app(qapp, tmp_path, "--no-backup")
    offered: list[str] = []
    app._ask_restore = lambda text, backup: offered.append(text) and False  # type: ignore[method-assign]
    app.start(ready_db)
    try:
        qtbot.waitUntil(lambda: offered != [], timeout=60000)
        assert "damaged" in offered[0]
    finally:
        app.shutdown()


def test_a_launch_starts_in_the_fusion_style_without_setting_it_again(tmp_path: Path) -> None:
    code = (
        "from studio_desktop.app import create_qapplication\n"
        "from ui.theme import FUSION_READY, ensure_theme\n"
        "app = create_qapplication()\n"
        "style = app.style().name()\n"
        "ensure_theme('en')\n"
        "print(style, app.property(FUSION_READY), app.applicationName(), bool(app.styleSheet()))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["fusion", "True", "studio-desktop", "True"]


def test_an_old_file_is_upgraded_behind_a_progress_dialog(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressDialog

    from models.services import build_services
    from models.services.studio import StudioSettings
    from studio_desktop import migrations
    from studio_desktop.db import make_engine, make_session_factory

    db = tmp_path / "old.sqlite3"
    engine = make_engine(db)
    migrations.upgrade(engine, "0001")  # a file written by the first release
    build_services(make_session_factory(engine)).studio.initialise(
        StudioSettings(name="Old Studio", base_currency="CNY")
    )
    engine.dispose()
    upgrade = migrations.upgrade

    def slow_upgrade(*args: object, **kwargs: object) -> None:
        time.sleep(0.5)  # as on a large studio: long enough to be seen
        upgrade(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(migrations, "upgrade", slow_upgrade)
    seen: list[str] = []

    def look() -> None:  # runs only while the GUI thread's event loop keeps turning
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QProgressDialog):
            seen.append(dialog.labelText())

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(20)
    app = _app(qapp, tmp_path, "--no-backup")
    try:
        app.start(db)
        timer.stop()
        assert app.store is not None and app.store.migrated
        assert app.store.revision == migrations.HEAD_REVISION
        assert any("Upgrading the file" in text for text in seen)
        assert any(b.reason == "pre-migration" for b in list_backups(db))
        assert app.window is not None and app.window.isVisible()
    finally:
        timer.stop()
        app.shutdown()


FIRST_PAINT_PROBE = """
import json, os, sys
from PySide6.QtCore import QEvent, QObject
import ui.shell.main_window as shell
from studio_desktop.app import main

WATCH = ("pyqtgraph", "reportlab", "numpy", "sqlalchemy", "alembic", "PySide6.QtNetwork")

class Probe(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(json.dumps([m for m in WATCH if m in sys.modules]), flush=True)
            os._exit(0)
        return False

probe = Probe()
build = shell.MainWindow.__init__
def watched(self, *args, **kwargs):
    build(self, *args, **kwargs)
    self.installEventFilter(probe)
shell.MainWindow.__init__ = watched
main(["--db", sys.argv[1], "--lang", "en"])
"""


def test_the_first_paint_loads_no_heavy_module(tmp_path: Path, ready_db: Path) -> None:
    """Charts, PDFs, the ORM, migrations and the hand-over socket all load after the paint."""
    home = str(tmp_path / "home")
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=home,
        XDG_DATA_HOME=home,
        XDG_STATE_HOME=home,
    )
    out = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT_PROBE, str(ready_db)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = [ln for ln in out.stdout.splitlines() if ln.startswith("[")]
    assert lines, out.stderr
    assert lines[-1] == "[]"
