"""The main window shell and its dialogs: navigation, saved state, menus, errors, languages."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from models import enums
from models.services import Services
from models.services.browse import ListKind
from models.services.studio import StudioService
from ui.i18n import install_translator, remove_translators
from ui.shell import labels
from ui.shell.actions import BackupEntry
from ui.shell.crash_dialog import CrashDialog
from ui.shell.first_run import FirstRunDialog
from ui.shell.main_window import MainWindow
from ui.shell.restore_dialog import RestoreDialog
from ui.shell.settings_dialog import SettingsDialog

ROOT = Path(__file__).resolve().parent.parent


class ActionFailed(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class FakeActions:
    """Records every call; ``fail`` makes backup_now raise like the root does."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.calls: list[tuple[str, object]] = []
        self.fail = False

    def new_database(self, path: Path) -> None:
        self.calls.append(("new_database", path))

    def open_database(self, path: Path) -> None:
        self.calls.append(("open_database", path))

    def recent_databases(self) -> list[Path]:
        return [self.folder / "a.sqlite3"]

    def backup_now(self) -> Path:
        self.calls.append(("backup_now", None))
        if self.fail:
            raise ActionFailed("The disk is full.")
        return self.folder / "backup.sqlite3"

    def list_backups(self) -> list[BackupEntry]:
        now = datetime.now(UTC)
        return [
            BackupEntry(self.folder / "old.sqlite3", now - timedelta(days=2), "open", 2048),
            BackupEntry(self.folder / "new.sqlite3", now, "manual", 4096),
        ]

    def restore_backup(self, path: Path) -> None:
        self.calls.append(("restore_backup", path))

    def data_folder(self) -> Path:
        return self.folder

    def versions(self) -> list[tuple[str, str]]:
        return [("Studio Desktop", "0.1.0")]

    def set_language(self, code: str) -> None:
        self.calls.append(("set_language", code))


@pytest.fixture
def actions(tmp_path: Path) -> FakeActions:
    return FakeActions(tmp_path)


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, studio: Services, actions: FakeActions, qsettings: QSettings, db_path: Path):
    win = MainWindow(studio, actions, qsettings, db_path)
    qtbot.addWidget(win)
    return win


def test_pages_are_built_only_when_first_shown(window: MainWindow):
    assert window.current_page_key() == "dashboard"
    assert window.built_pages() == {"dashboard"}
    for key in window.page_keys():
        window.sidebar.click(key)
        assert window.current_page_key() == key
        assert window.page(key) is not None
        assert window.stack.currentWidget().isAncestorOf(window.page(key))
    assert window.built_pages() == set(window.page_keys())


def test_ctrl_digits_reach_every_page(qtbot, window: MainWindow):
    # Window activation is unreliable under pytest on the offscreen platform, so check the
    # View menu's shortcuts and trigger them rather than sending key events.
    for number, key in enumerate(window.page_keys(), start=1):
        action = window.page_actions[key]
        assert action.shortcut() == QKeySequence(f"Ctrl+{number}")
        assert action in window.view_menu.actions()
        action.trigger()
        assert window.current_page_key() == key
        assert window.sidebar.list.currentRow() == number - 1
        assert action.isChecked()


def test_startup_imports_no_page_module():
    code = (
        "import sys, ui.shell.main_window;"
        "bad = [m for m in sys.modules if m.endswith('.page') or m.startswith('pyqtgraph')];"
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_last_page_and_geometry_are_restored(
    qtbot, studio: Services, actions: FakeActions, qsettings: QSettings, db_path: Path
):
    first = MainWindow(studio, actions, qsettings, db_path)
    qtbot.addWidget(first)
    first.show()
    first.resize(790, 570)  # fits the offscreen platform's 800x600 screen
    first.show_page("risks")
    first.close()

    second = MainWindow(studio, actions, qsettings, db_path)
    qtbot.addWidget(second)
    assert second.current_page_key() == "risks"
    assert second.built_pages() == {"risks"}
    assert (second.width(), second.height()) == (790, 570)


def test_status_bar_shows_the_database(window: MainWindow, db_path: Path):
    assert str(db_path) in window._db_label.text()


def test_find_focuses_search_and_new_item_follows_the_page(qtbot, window: MainWindow):
    window.show()
    qtbot.waitExposed(window)
    assert not window.new_item_action.isEnabled()  # the dashboard has nothing to create
    assert not window.find_action.isEnabled()
    window.show_page("clients")
    assert window.new_item_action.isEnabled()
    window.find_action.trigger()
    search = window.page("clients").search_field()
    assert isinstance(search, QLineEdit)
    qtbot.waitUntil(search.hasFocus, timeout=1000)
    window.show_page("projects")
    assert window.new_item_action.isEnabled()  # Ctrl+N opens the new-project dialog
    assert window.find_action.isEnabled()


def test_failed_action_is_a_message_not_a_crash(monkeypatch, window: MainWindow, actions):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    actions.fail = True
    window.backup_action.trigger()
    assert shown == ["The disk is full."]
    actions.fail = False
    window.backup_action.trigger()
    assert "backup.sqlite3" in window.statusBar().currentMessage()


def test_new_and_open_database_go_to_the_root(monkeypatch, window: MainWindow, actions, tmp_path):
    monkeypatch.setattr(window, "_ask_new_database_path", lambda: tmp_path / "new.sqlite3")
    monkeypatch.setattr(window, "_ask_open_database_path", lambda: tmp_path / "other.sqlite3")
    window.new_db_action.trigger()
    window.open_db_action.trigger()
    assert actions.calls == [
        ("new_database", tmp_path / "new.sqlite3"),
        ("open_database", tmp_path / "other.sqlite3"),
    ]


def test_restore_dialog_lists_newest_first_and_confirms(qtbot, monkeypatch, actions):
    dialog = RestoreDialog(actions.list_backups())
    qtbot.addWidget(dialog)
    assert dialog.model.index(0, 1).data() == "Made by hand"
    assert dialog.model.index(1, 1).data() == "When the file was opened"
    dialog.view.selectRow(0)
    monkeypatch.setattr(dialog, "_confirm", lambda entry: False)
    dialog.restore_button.click()
    assert dialog.selected_path() is None
    monkeypatch.setattr(dialog, "_confirm", lambda entry: True)
    dialog.restore_button.click()
    assert dialog.selected_path() == actions.folder / "new.sqlite3"


def test_first_run_defaults_to_cny_for_chinese(qtbot):
    dialog = FirstRunDialog(StudioService.defaults_for_locale("zh_CN"))
    qtbot.addWidget(dialog)
    assert dialog.currency_combo.currentText() == "CNY"
    assert dialog.language_combo.currentData() == "zh_CN"
    assert dialog.form_settings().base_currency == "CNY"


def test_first_run_refuses_a_blank_name_and_saves_through_the_service(qtbot, services: Services):
    dialog = FirstRunDialog(StudioService.defaults_for_locale("en_US"), services.studio)
    qtbot.addWidget(dialog)
    dialog.save_button.click()
    assert dialog.field_error("name") == "Enter your studio's name."
    assert not services.studio.is_initialised()
    dialog.name_edit.setText("Blue Hour Design")
    dialog.save_button.click()
    assert services.studio.get().name == "Blue Hour Design"
    assert dialog.settings().name == "Blue Hour Design"


def test_settings_dialog_saves_and_asks_for_the_new_language(qtbot, studio: Services, actions):
    dialog = SettingsDialog(studio, actions, "en")
    qtbot.addWidget(dialog)
    dialog.day_boxes[5].setChecked(True)  # Saturday
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("zh_CN"))
    dialog._on_save_clicked()
    assert studio.studio.get().working_days == 31 | (1 << 5)
    qtbot.waitUntil(lambda: ("set_language", "zh_CN") in actions.calls, timeout=1000)


def test_settings_dialog_shows_service_errors_beside_the_field(qtbot, studio: Services, actions):
    dialog = SettingsDialog(studio, actions, "en")
    qtbot.addWidget(dialog)
    for box in dialog.day_boxes:
        box.setChecked(False)
    dialog._on_save_clicked()
    assert dialog.field_error("working_days") == "Choose at least one working day."
    assert studio.studio.get().working_days == 31


def test_crash_dialog_copies_its_details(qtbot, tmp_path: Path):
    log = tmp_path / "logs" / "studio-desktop.log"
    dialog = CrashDialog("Traceback: ZeroDivisionError", log)
    qtbot.addWidget(dialog)
    assert dialog.text.isReadOnly()
    assert str(log) in dialog.log_label.text()
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert "Traceback: ZeroDivisionError" in copied and str(log) in copied


def test_chinese_menu_titles(qtbot, studio: Services, actions, qsettings, db_path: Path):
    app = QApplication.instance()
    translators = install_translator(app, "zh_CN")
    try:
        assert translators, "the zh_CN catalogue did not load"
        win = MainWindow(studio, actions, qsettings, db_path)
        qtbot.addWidget(win)
        titles = [a.text() for a in win.menuBar().actions()]
        assert titles == ["文件(&F)", "编辑(&E)", "视图(&V)", "帮助(&H)"]
        assert win.sidebar.list.item(1).text() == "客户"
    finally:
        remove_translators(app, translators)


def test_every_enum_value_and_list_column_has_a_label(studio: Services):
    all_enums = [
        v
        for v in vars(enums).values()
        if isinstance(v, type) and issubclass(v, StrEnum) and v is not StrEnum
    ]
    assert set(all_enums) == set(labels.labelled_enums())
    for enum_cls in all_enums:
        for member in enum_cls:
            assert labels.enum_label(enum_cls, member) != member.value or member.value in (
                "en",
                "zh",
            ), f"{enum_cls.__name__}.{member.name} has no label"
    for kind in ListKind:
        for spec in studio.browse.columns(kind):
            assert spec.key in labels.known_column_keys(), f"{kind}.{spec.key}"
            if spec.kind == "enum":
                assert labels.enum_for_column(kind.value, spec.key) is not None


def test_file_import_opens_the_page_that_owns_the_import(qtbot, studio, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from ui.clients.import_dialog import ContactImportDialog
    from ui.shell.main_window import MainWindow
    from ui.shell.tasks import InlineTaskRunner

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(
        studio, FakeActions(tmp_path), settings, tmp_path / "db.sqlite3", tasks=InlineTaskRunner()
    )
    qtbot.addWidget(window)
    window.import_contacts_action.trigger()
    assert window.current_page_key() == "clients"
    assert isinstance(window.page("clients").last_dialog, ContactImportDialog)
    window.import_expenses_action.trigger()
    assert window.current_page_key() == "budget"
    budget = window.page("budget")
    assert budget.tabs.currentWidget() is budget.time_entries
