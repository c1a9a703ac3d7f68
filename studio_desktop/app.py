"""The composition root: arguments -> logging -> hooks -> lock -> migrate -> services -> window."""

from __future__ import annotations

import argparse
import logging
import sys
import threading
import traceback
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QSettings,
    QThread,
    QThreadPool,
    QTimer,
    QUrl,
)
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from studio_desktop import APP_ID, APP_NAME, ORG_NAME, __version__
from studio_desktop.paths import resolve_db

if TYPE_CHECKING:
    from studio_desktop.instance import InstanceChannel
    from studio_desktop.lock import DatabaseLock
    from studio_desktop.store import OpenedStore
    from ui.shell.actions import BackupEntry
    from ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)
MAX_RECENT = 8


class StartupAborted(Exception):
    """The user chose not to go on (or could not): quit quietly with this exit code."""

    def __init__(self, code: int = 1) -> None:
        super().__init__(code)
        self.code = code


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="studio-desktop", description=APP_NAME)
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--db", help="database file (default: studio.sqlite3 in the user data folder)"
    )
    parser.add_argument("--lang", choices=["en", "zh_CN"], help="interface language for this run")
    parser.add_argument("--no-backup", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug details")
    args, _qt_args = parser.parse_known_args(list(argv))
    return args


def _hand_over(db: Path, attempts: int = 5, pause_ms: int = 400) -> bool:
    """Ask the instance holding ``db`` to come forward; True when it answered.

    The first instance listens only once its window has painted, so a launch in the moment
    before that retries for about two seconds before saying the file is in use.
    """
    from studio_desktop.instance import InstanceChannel

    for attempt in range(attempts):
        if InstanceChannel.notify_running(db):
            return True
        if attempt + 1 < attempts:
            QThread.msleep(pause_ms)
    return False


class Application:
    """Owns the open database (lock + store), the services and the main window."""

    def __init__(
        self,
        qapp: QApplication,
        args: argparse.Namespace,
        log_path: Path,
        settings: QSettings | None = None,
    ) -> None:
        self.qapp = qapp
        self.args = args
        self.log_path = log_path
        self.settings = settings if settings is not None else QSettings(ORG_NAME, APP_ID)
        self.store: OpenedStore | None = None
        self.lock: DatabaseLock | None = None
        self.channel: InstanceChannel | None = None
        self.window: MainWindow | None = None
        self.translators: list[object] = []
        self._closing: threading.Event | None = None
        self.language = args.lang or str(self.settings.value("ui/language", "") or "")

    # -- start and stop ----------------------------------------------------------------

    def start(self, db: Path) -> None:
        if not self.language:
            self.language = "zh_CN" if QLocale.system().name().startswith("zh") else "en"
        self._install_translators(self.language)
        self._open(db)
        self._build_window()

    def shutdown(self) -> None:
        self._close_current(backup=not self.args.no_backup)

    def _install_translators(self, code: str) -> None:
        from ui.i18n import install_translator

        for old in self.translators:
            self.qapp.removeTranslator(old)  # type: ignore[arg-type]
        self.translators = list(install_translator(self.qapp, code))

    def _open(self, db: Path) -> None:
        """Lock, migrate and open ``db``; on failure explain and ask what to do."""
        from studio_desktop.lock import DatabaseLock

        db.parent.mkdir(parents=True, exist_ok=True)
        lock = DatabaseLock(db)
        if not lock.try_acquire():
            if _hand_over(db):
                log.info("%s is open in another window; asked it to come forward", db)
                raise StartupAborted(0)
            holder = lock.holder()
            who = (
                QCoreApplication.translate("App", "process %1 on %2")
                .replace("%1", str(holder.pid))
                .replace("%2", holder.hostname)
                if holder
                else QCoreApplication.translate("App", "another program")
            )
            self._error(
                QCoreApplication.translate("App", "Database in use"),
                QCoreApplication.translate("App", "%1 is already open in %2. Close it there first.")
                .replace("%1", str(db))
                .replace("%2", who),
            )
            raise StartupAborted(1)
        try:
            store = self._open_store_interactively(db)
        except BaseException:
            lock.release()
            raise
        self.lock, self.store = lock, store
        self._remember_recent(db)

    def _open_store_interactively(self, db: Path) -> OpenedStore:
        from studio_desktop.backup import latest_backup, restore_backup
        from studio_desktop.store import (
            DatabaseCorrupt,
            DatabaseReadOnly,
            NotADatabase,
            SchemaTooNew,
            StoreError,
            UnrecognisedDatabase,
        )

        while True:
            try:
                return self._open_or_upgrade(db)
            except (DatabaseCorrupt, NotADatabase, UnrecognisedDatabase) as exc:
                backup = latest_backup(db)
                text = QCoreApplication.translate(
                    "App",
                    "%1 is damaged or is not a Studio Desktop database, so it was not opened.",
                ).replace("%1", str(db))
                if backup is None:
                    self._error(
                        QCoreApplication.translate("App", "Cannot open database"),
                        text + "\n\n" + QCoreApplication.translate("App", "No backup was found."),
                    )
                    raise StartupAborted(1) from exc
                if not self._ask_restore(text, backup):
                    raise StartupAborted(1) from exc
                try:
                    restore_backup(db, backup)
                except StoreError as failed:
                    self._error(QCoreApplication.translate("App", "Restore failed"), failed.message)
                    raise StartupAborted(1) from failed
            except SchemaTooNew as exc:
                self._error(
                    QCoreApplication.translate("App", "Newer database"),
                    QCoreApplication.translate(
                        "App",
                        "%1 was written by a newer version of Studio Desktop. Install the newer version to open it; nothing was changed.",
                    ).replace("%1", str(db)),
                )
                raise StartupAborted(1) from exc
            except DatabaseReadOnly as exc:
                self._error(
                    QCoreApplication.translate("App", "Read-only database"),
                    QCoreApplication.translate(
                        "App",
                        "%1 (or its folder) is read-only, so Studio Desktop cannot save your work there. Change the permissions or copy the file to a folder you can write to.",
                    ).replace("%1", str(db)),
                )
                raise StartupAborted(1) from exc
            except StoreError as exc:
                self._error(QCoreApplication.translate("App", "Cannot open database"), exc.message)
                raise StartupAborted(1) from exc

    def _open_or_upgrade(self, db: Path) -> OpenedStore:
        """Open ``db``; a file that needs upgrading is upgraded behind a progress dialog.

        The full page-by-page check and the routine backup run after the window shows
        (_check_and_back_up): on a large studio they take seconds. A shallow probe runs
        here. A file about to be migrated gets the full check, a backup and the migration
        first, which take about a minute on a studio with a million time entries: that runs
        on a worker thread while the dialog says which step it is on.
        """
        from studio_desktop.store import needs_upgrade, open_store

        def open_it(on_stage: Callable[[str], None] | None = None) -> OpenedStore:
            return open_store(
                db, create=True, backup_on_open=False, deep_check=False, on_stage=on_stage
            )

        if not needs_upgrade(db):
            return open_it()
        from ui.shell.busy import run_busy

        log.info("upgrading %s to the current schema", db)
        return run_busy(
            QCoreApplication.translate("App", "Upgrading %1").replace("%1", db.name),
            {
                "check": QCoreApplication.translate("App", "Checking the file before the upgrade…"),
                "backup": QCoreApplication.translate("App", "Making a backup copy first…"),
                "upgrade": QCoreApplication.translate(
                    "App", "Upgrading the file for this version of Studio Desktop…"
                ),
            },
            open_it,
        )

    def _ask_restore(self, text: str, backup: Path) -> bool:
        """Offer the latest backup for a file that cannot be opened; True to restore it."""
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("App", "Cannot open database"),
            text,
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "App",
                "The latest backup is %1. Restore it? The damaged file is kept as a backup too.",
            ).replace("%1", backup.name)
        )
        restore = box.addButton(
            QCoreApplication.translate("App", "Restore latest backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is restore

    def _close_current(self, *, backup: bool) -> None:
        from studio_desktop.backup import thin_backups
        from studio_desktop.store import StoreError, close_store

        if self.window is not None:
            self._retire_window()
        if self.channel is not None:
            self.channel.close()
            self.channel = None
        if self._closing is not None:
            self._closing.set()  # stop a running integrity check; a backup finishes
        QThreadPool.globalInstance().waitForDone()
        if self.store is not None:
            path = self.store.path
            try:
                close_store(self.store, backup=backup)
                thin_backups(path)
            except (StoreError, OSError):
                # Closing must go on (the engine is disposed inside close_store either way).
                log.exception("backup on close failed for %s", path)
            self.store = None
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    # -- the window ----------------------------------------------------------------------

    def _build_window(self) -> None:
        from models.services import build_services
        from studio_desktop.store import studio_is_set_up
        from ui.shell.main_window import MainWindow

        store = self.store
        assert store is not None
        # The services get the session factory on first use, so SQLAlchemy loads with the
        # first query (in a page's background task), not before the first paint.
        services = build_services(lambda: store.session_factory)
        if not studio_is_set_up(store.path):
            self._first_run(services)
        window = MainWindow(services, _Actions(self), self.settings, self.store.path)
        self.window = window
        window.painted.connect(self._after_first_paint)
        window.show()

    def _after_first_paint(self) -> None:
        self._listen_for_second_launch()
        self._check_and_back_up()

    def _listen_for_second_launch(self) -> None:
        """Answer later launches on this file (QtNetwork loads here, after the first paint)."""
        from studio_desktop.instance import InstanceChannel

        if self.channel is not None or self.store is None:
            return
        channel = InstanceChannel(self.store.path)
        channel.listen(self._bring_forward)
        self.channel = channel

    def _check_and_back_up(self) -> None:
        """Integrity check, then the backup on open, off the GUI thread after the first paint.

        A damaged file is reported here with the offer to restore the latest backup; the
        damaged file itself is never backed up over a good copy (the backup would fail its own
        integrity check anyway).
        """
        if self.store is None or self.window is None:
            return
        path = self.store.path
        backup = not self.args.no_backup
        closing = self._closing = threading.Event()

        def work(progress: object) -> None:
            from studio_desktop.backup import make_backup, thin_backups
            from studio_desktop.store import quick_check

            quick_check(path, deep=True, cancel=closing.is_set)
            if backup:
                make_backup(path, reason="open")
                thin_backups(path)

        handle = self.window.tasks.run(work)
        handle.failed.connect(lambda exc: self._on_open_check_failed(path, exc))

    def _on_open_check_failed(self, path: Path, exc: BaseException) -> None:
        from studio_desktop.backup import latest_backup
        from studio_desktop.store import CheckInterrupted, DatabaseCorrupt

        if isinstance(exc, CheckInterrupted):
            return
        if not isinstance(exc, DatabaseCorrupt):
            log.error("backup on open failed for %s: %s", path, exc)
            return
        log.error("integrity check failed for %s: %s", path, exc)
        text = QCoreApplication.translate(
            "App", "%1 is damaged: SQLite's integrity check found problems."
        ).replace("%1", str(path))
        backup = latest_backup(path)
        if backup is None:
            self._error(QCoreApplication.translate("App", "Damaged database"), text)
            return
        if self._ask_restore(text, backup) and self.window is not None:
            _Actions(self).restore_backup(backup)

    def _first_run(self, services) -> None:  # type: ignore[no-untyped-def]
        from models.services.studio import StudioService
        from ui.shell.first_run import FirstRunDialog

        defaults = StudioService.defaults_for_locale(
            "zh_CN" if self.language == "zh_CN" else QLocale.system().name()
        )
        dialog = FirstRunDialog(defaults, services.studio)
        if not dialog.exec():
            raise StartupAborted(0)
        chosen = dialog.settings()
        if chosen.language != self.language:
            self.language = chosen.language
            self.settings.setValue("ui/language", chosen.language)
            self._install_translators(chosen.language)

    def _bring_forward(self) -> None:
        if self.window is not None:
            self.window.showNormal()
            self.window.raise_()
            self.window.activateWindow()

    def switch_to(self, db: Path) -> None:
        """Close the current database (with its backup) and open ``db`` in a new window."""
        previous = self.store.path if self.store else None
        self._close_current(backup=not self.args.no_backup)
        try:
            self._open(db)
        except StartupAborted:
            if previous is None:
                raise
            self._open(previous)  # go back to where the user was
        self._build_window()

    def rebuild_window(self) -> None:
        if self.window is not None:
            self._retire_window()
        self._build_window()

    def _retire_window(self) -> None:
        """Close and delete the window once nothing in flight can still report to its pages."""
        window = self.window
        assert window is not None
        window.tasks.shutdown()
        QCoreApplication.processEvents()  # results already on their way arrive while alive
        window.close()
        window.deleteLater()
        self.window = None

    # -- helpers ---------------------------------------------------------------------------

    def _remember_recent(self, db: Path) -> None:
        recent = [str(db)] + [p for p in self.recent() if p != str(db)]
        self.settings.setValue("recent/databases", recent[:MAX_RECENT])

    def recent(self) -> list[str]:
        value = self.settings.value("recent/databases", []) or []
        return [value] if isinstance(value, str) else [str(v) for v in value]

    def _error(self, title: str, text: str) -> None:
        log.error("%s: %s", title, text)
        QMessageBox.critical(self.window, title, text)


class _Actions:
    """What the window asks of the composition root (implements ui.shell.actions.ShellActions)."""

    def __init__(self, app: Application) -> None:
        self._app = app

    def new_database(self, path: Path) -> None:
        if path.exists():
            raise _ActionError(
                QCoreApplication.translate("App", "%1 already exists; open it instead.").replace(
                    "%1", str(path)
                )
            )
        QTimer.singleShot(0, lambda: self._switch(path))

    def open_database(self, path: Path) -> None:
        QTimer.singleShot(0, lambda: self._switch(path))

    def _switch(self, path: Path) -> None:
        try:
            self._app.switch_to(path.resolve())
        except StartupAborted:
            self._app.qapp.quit()

    def recent_databases(self) -> list[Path]:
        return [Path(p) for p in self._app.recent()]

    def backup_now(self) -> Path:
        from studio_desktop.backup import make_backup, thin_backups
        from studio_desktop.store import StoreError

        assert self._app.store is not None
        try:
            path = make_backup(self._app.store.path, reason="manual")
        except (StoreError, OSError) as exc:
            raise _ActionError(
                QCoreApplication.translate("App", "The backup could not be written: %1").replace(
                    "%1", getattr(exc, "message", str(exc))
                )
            ) from exc
        thin_backups(self._app.store.path)
        return path

    def list_backups(self) -> list[BackupEntry]:
        from studio_desktop.backup import list_backups
        from ui.shell.actions import BackupEntry

        assert self._app.store is not None
        return [
            BackupEntry(b.path, b.created_at, b.reason, b.size_bytes)
            for b in list_backups(self._app.store.path)
        ]

    def restore_backup(self, path: Path) -> None:
        QTimer.singleShot(0, lambda: self._restore(path))

    def _restore(self, backup: Path) -> None:
        from studio_desktop.backup import restore_backup
        from studio_desktop.store import StoreError

        app = self._app
        assert app.store is not None and app.lock is not None
        db = app.store.path
        # Keep the lock while the file is swapped so no second window can open it meanwhile.
        lock, app.lock = app.lock, None
        app._close_current(backup=False)
        try:
            restore_backup(db, backup)
        except (StoreError, OSError) as exc:
            QMessageBox.critical(
                None,
                QCoreApplication.translate("App", "Restore failed"),
                getattr(exc, "message", str(exc)),
            )
        finally:
            lock.release()
        try:
            app._open(db)
            app._build_window()
        except StartupAborted:
            app.qapp.quit()

    def data_folder(self) -> Path:
        assert self._app.store is not None
        return self._app.store.path.parent

    def versions(self) -> list[tuple[str, str]]:
        import platform
        import sqlite3

        import PySide6
        import sqlalchemy
        from PySide6.QtCore import qVersion

        store = self._app.store
        return [
            (APP_NAME, __version__),
            ("Schema", (store.revision if store else "") or "-"),
            ("Python", platform.python_version()),
            ("Qt", qVersion()),
            ("PySide6", PySide6.__version__),
            ("SQLAlchemy", sqlalchemy.__version__),
            ("SQLite", sqlite3.sqlite_version),
            ("Database", str(store.path) if store else "-"),
            ("Log", str(self._app.log_path)),
        ]

    def set_language(self, code: str) -> None:
        app = self._app
        app.settings.setValue("ui/language", code)
        app.language = code
        app._install_translators(code)
        QTimer.singleShot(0, app.rebuild_window)


class _ActionError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _app_icon() -> QIcon:
    from importlib import resources

    path = resources.files("resources").joinpath("icons/studio-desktop.svg")
    return QIcon(str(path))


def install_exception_hook(log_path: Path) -> None:
    """Unexpected errors: logged with the traceback, then a dialog with a copy button."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.critical("unexpected error\n%s", details)
        message = getattr(exc, "message", None)
        if message and type(exc).__module__.startswith("models"):
            QMessageBox.warning(None, APP_NAME, str(message))
            return
        if QApplication.instance() is None:
            sys.__excepthook__(exc_type, exc, tb)
            return
        import platform

        from ui.shell.crash_dialog import CrashDialog

        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        header = f"{APP_NAME} {__version__} · {platform.platform()} · {stamp}\n\n"
        CrashDialog(header + details, log_path).exec()

    sys.excepthook = hook


def choose_database_when_missing_parent(db: Path, parent: QWidget | None = None) -> Path | None:
    """Ask for another file when the chosen folder cannot be created."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("App", "Choose a database file"),
        str(Path.home() / db.name),
        QCoreApplication.translate("App", "Studio databases (*.sqlite3)"),
    )
    return Path(name) if name else None


def create_qapplication() -> QApplication:
    """The process's QApplication, named for settings and the desktop, in the Fusion style."""
    from ui.theme import FUSION_ARGS, FUSION_READY

    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_ID)
    QApplication.setApplicationDisplayName(APP_NAME)
    QApplication.setDesktopFileName(APP_ID)
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    qapp = QApplication([sys.argv[0], *FUSION_ARGS])
    qapp.setProperty(FUSION_READY, True)
    return qapp


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from studio_desktop.logs import setup_logging

    log_path = setup_logging(verbose=args.verbose)
    qapp = create_qapplication()
    qapp.setWindowIcon(_app_icon())
    install_exception_hook(log_path)
    db = resolve_db(args.db)
    app = Application(qapp, args, log_path)
    try:
        try:
            app.start(db)
        except PermissionError:
            other = choose_database_when_missing_parent(db)
            if other is None:
                return 1
            app.start(other)
    except StartupAborted as stop:
        app.shutdown()
        return stop.code
    qapp.aboutToQuit.connect(app.shutdown)
    code = qapp.exec()
    return int(code)


def open_folder(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
