"""Screenshots of every page and dialog in English and Chinese, for looking at the UI.

Usage: xvfb-run -a .venv/bin/python tools/screenshots.py [--out screenshots] [--lang en zh_CN]
(without a display it falls back to Qt's offscreen platform).
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path

import shots

shots.bootstrap()

from PySide6.QtCore import QSettings  # noqa: E402

from ui.shell.actions import BackupEntry  # noqa: E402

# Three passes of the event loop before each grab, as this script always did.
save = partial(shots.save, rounds=3)
shoot_dialog = partial(shots.shoot_dialog, rounds=3)


class FakeActions:
    """A ShellActions that does nothing, with two sample backups to list."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def new_database(self, path: Path) -> None: ...

    def open_database(self, path: Path) -> None: ...

    def recent_databases(self) -> list[Path]:
        return [self.folder / "studio.sqlite3"]

    def backup_now(self) -> Path:
        return self.folder / "backup.sqlite3"

    def list_backups(self) -> list[BackupEntry]:
        now = datetime.now(UTC)
        return [
            BackupEntry(self.folder / "a.sqlite3", now - timedelta(hours=2), "manual", 2_400_000),
            BackupEntry(self.folder / "b.sqlite3", now - timedelta(days=1), "open", 2_380_000),
            BackupEntry(
                self.folder / "c.sqlite3", now - timedelta(days=3), "pre-migration", 1_900_000
            ),
        ]

    def restore_backup(self, path: Path) -> None: ...

    def data_folder(self) -> Path:
        return self.folder

    def versions(self) -> list[tuple[str, str]]:
        import PySide6
        import sqlalchemy

        return [
            ("Studio Desktop", "0.1.0"),
            ("Python", sys.version.split()[0]),
            ("PySide6", PySide6.__version__),
            ("SQLAlchemy", sqlalchemy.__version__),
        ]

    def set_language(self, code: str) -> None: ...


def shoot(lang: str, out: Path, tmp: Path) -> None:
    from models.errors import ValidationError
    from models.services.studio import StudioService
    from ui.clients.page import ClientsPage
    from ui.shell.about import AboutDialog
    from ui.shell.crash_dialog import CrashDialog
    from ui.shell.first_run import FirstRunDialog
    from ui.shell.main_window import MainWindow
    from ui.shell.restore_dialog import RestoreDialog
    from ui.shell.settings_dialog import SettingsDialog

    services = shots.demo_services(tmp / f"shots-{lang}.sqlite3", lang)
    settings = QSettings(str(tmp / f"shots-{lang}.ini"), QSettings.Format.IniFormat)
    actions = FakeActions(tmp)
    window = MainWindow(services, actions, settings, tmp / "studio.sqlite3", language=lang)
    window.resize(1280, 800)
    window.show()
    for key in window.page_keys():
        window.show_page(key)
        save(window, out / lang / f"{key}.png")
    # The budget page's tabs are shot by tools/screenshots_budget.py.
    window.show_page("clients")
    page = window.page("clients")
    assert isinstance(page, ClientsPage)
    page.search_field().setText("tea" if lang == "en" else "茶")
    page.panel._apply_filter()
    save(window, out / lang / "clients-search.png")
    page.search_field().setText("zzzz")
    page.panel._apply_filter()
    save(window, out / lang / "clients-no-match.png")
    page.search_field().clear()
    page.panel._apply_filter()

    page.new_item()
    editor = page.last_dialog
    editor.name_edit.setText("   ")
    editor._on_save_clicked()
    save(editor, out / lang / "dialog-client-editor-error.png")
    editor.close()

    first = FirstRunDialog(StudioService.defaults_for_locale(lang))
    shoot_dialog(first, out / lang / "dialog-first-run.png")
    first = FirstRunDialog(StudioService.defaults_for_locale(lang))
    first.show()
    first._on_save_clicked()
    save(first, out / lang / "dialog-first-run-error.png")
    first.close()

    dialog = SettingsDialog(services, actions, lang, window)
    shoot_dialog(dialog, out / lang / "dialog-settings.png")
    dialog = SettingsDialog(services, actions, lang, window)
    dialog.show()
    dialog.tabs.setCurrentIndex(1)
    dialog.show_failure(
        ValidationError("week_hours", "Working hours per week must be between 1 and 168.")
    )
    save(dialog, out / lang / "dialog-settings-work.png")
    dialog.close()
    shoot_dialog(AboutDialog(actions.versions(), window), out / lang / "dialog-about.png")
    shoot_dialog(RestoreDialog(actions.list_backups(), window), out / lang / "dialog-restore.png")
    crash = CrashDialog(
        'Traceback (most recent call last):\n  File "ui/x.py", line 1, in <module>\n'
        "ZeroDivisionError: division by zero",
        tmp / "logs" / "studio-desktop.log",
        window,
    )
    shoot_dialog(crash, out / lang / "dialog-crash.png")
    window.close()
    window.deleteLater()


def main() -> int:
    shots.run_per_language(shoot, __doc__, app_name="studio-desktop-screenshots")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
