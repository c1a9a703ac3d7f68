"""MainWindow: sidebar, lazily built pages, menus, status bar and saved window state."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from models.services import Services
from ui.shell.actions import ShellActions
from ui.shell.assets import icon
from ui.shell.changes import DataChanges
from ui.shell.messages import message_of, show_error
from ui.shell.pages import PAGE_KEYS, PAGES, PageSpec
from ui.shell.sidebar import Sidebar
from ui.shell.tasks import TaskRunner
from ui.theme import ensure_theme

log = logging.getLogger(__name__)
T = TypeVar("T")

GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"
LAST_PAGE_KEY = "main_window/last_page"
LANGUAGE_KEY = "ui/language"
DB_SUFFIX = ".sqlite3"


class MainWindow(QMainWindow):
    """The shell. Pages are built the first time they are shown, from PAGES' factories."""

    #: Once, just after the window's first paint: work that can wait starts here.
    painted = Signal()

    def __init__(
        self,
        services: Services,
        actions: ShellActions,
        settings: QSettings,
        db_path: Path,
        *,
        language: str | None = None,
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__()
        self._services = services
        self._held_tasks: TaskRunner | None = None
        if tasks is None:
            tasks = TaskRunner()
            tasks.hold()  # background work starts once the window has painted (eventFilter)
            self._held_tasks = tasks
        self.installEventFilter(self)  # for the first paint: see eventFilter
        self.tasks = tasks
        self._actions = actions
        self._settings = settings
        self._db_path = Path(db_path)
        # The UI language lives in QSettings (the root writes "ui/language"); it is only
        # needed here to preselect it in the Settings dialog.
        self._language = language or str(settings.value(LANGUAGE_KEY, "") or "en")
        self.changes = DataChanges(self)
        self._specs: dict[str, PageSpec] = {p.key: p for p in PAGES}
        self._pages: dict[str, QWidget] = {}
        self._current = ""

        ensure_theme(self._language)
        self.setWindowIcon(icon("studio-desktop"))
        self.setMinimumSize(760, 520)
        self._update_title()

        self.sidebar = Sidebar(PAGES, self)
        self.sidebar.page_selected.connect(self.show_page)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("pageStack")
        self._placeholders: dict[str, QWidget] = {}
        for spec in PAGES:
            holder = QWidget()  # swapped for the real page when first shown
            holder.setLayout(QVBoxLayout())
            holder.layout().setContentsMargins(0, 0, 0, 0)
            self._placeholders[spec.key] = holder
            self.stack.addWidget(holder)

        central = QWidget(self)
        central.setObjectName("central")
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._db_label = QLabel(self)
        self._db_label.setObjectName("dbPath")
        self._db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self._db_label, 1)
        self.set_db_path(self._db_path)

        self._build_menus()
        self.changes.changed.connect(self._on_data_changed)
        self._restore_state()

    # --- public API ---------------------------------------------------------------------
    def page_keys(self) -> tuple[str, ...]:
        return PAGE_KEYS

    def current_page_key(self) -> str:
        return self._current

    def page(self, key: str) -> QWidget | None:
        """The page widget when it has been built, else None."""
        return self._pages.get(key)

    def built_pages(self) -> frozenset[str]:
        return frozenset(self._pages)

    def show_page(self, key: str) -> QWidget:
        """Show (building on first use) the page ``key``; the sidebar and menu follow."""
        if key not in self._specs:
            key = PAGE_KEYS[0]
        page = self._pages.get(key) or self._build_page(key)
        self.stack.setCurrentWidget(self._placeholders[key])
        self._current = key
        self.sidebar.select(key)
        self.page_actions[key].setChecked(True)
        self._update_edit_actions()
        return page

    def set_db_path(self, path: Path) -> None:
        self._db_path = Path(path)
        self._db_label.setText(self.tr("Database: %1").replace("%1", str(self._db_path)))
        self._db_label.setToolTip(str(self._db_path))

    def db_path(self) -> Path:
        return self._db_path

    # --- pages --------------------------------------------------------------------------
    def _build_page(self, key: str) -> QWidget:
        spec = self._specs[key]
        try:
            page = spec.build(self._services, self.changes, self.tasks)
        except Exception as exc:  # a broken page must not take the whole window down
            log.exception("Could not build the %s page", key)
            page = QLabel(
                self.tr("This page could not be opened: %1").replace("%1", message_of(exc))
            )
            page.setObjectName("emptyState")
            page.setAlignment(Qt.AlignmentFlag.AlignCenter)
            page.setWordWrap(True)
        page.setObjectName(f"page_{key}")
        self._placeholders[key].layout().addWidget(page)
        self._pages[key] = page
        return page

    def _current_page(self) -> QWidget | None:
        return self._pages.get(self._current)

    def _update_edit_actions(self) -> None:
        page = self._current_page()
        self.new_item_action.setEnabled(callable(getattr(page, "new_item", None)))
        self.find_action.setEnabled(self._search_field_of(page) is not None)
        self.refresh_action.setEnabled(callable(getattr(page, "reload", None)))

    @staticmethod
    def _search_field_of(page: QWidget | None) -> QLineEdit | None:
        getter = getattr(page, "search_field", None)
        field = getter() if callable(getter) else None
        return field if isinstance(field, QLineEdit) else None

    def _on_data_changed(self, _kinds: frozenset[str]) -> None:
        self._update_title()

    # --- menus --------------------------------------------------------------------------
    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], Any],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _import_into(self, key: str, method: str, *args: object) -> object:
        """Show page ``key`` and call its import method (each page owns its import dialog)."""
        self.show_page(key)
        handler = getattr(self.page(key), method, None)
        return handler(*args) if callable(handler) else None

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.new_db_action = self._action(
            self.file_menu, self.tr("&New database…"), self._on_new_database_triggered
        )
        self.open_db_action = self._action(
            self.file_menu,
            self.tr("&Open…"),
            self._on_open_database_triggered,
            QKeySequence.StandardKey.Open,
        )
        self.recent_menu = self.file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addSeparator()
        self.backup_action = self._action(
            self.file_menu, self.tr("&Backup now"), self._on_backup_now_triggered
        )
        self.restore_action = self._action(
            self.file_menu, self.tr("Re&store from backup…"), self._on_restore_triggered
        )
        self.file_menu.addSeparator()
        # Imports belong to their pages; the menu opens the page and hands over.
        self.import_menu = self.file_menu.addMenu(self.tr("&Import"))
        self.import_contacts_action = self._action(
            self.import_menu,
            self.tr("&Contacts (CSV, vCard)…"),
            lambda: self._import_into("clients", "import_contacts"),
        )
        self.import_time_action = self._action(
            self.import_menu,
            self.tr("&Time entries (Toggl, Harvest, Kimai, CSV)…"),
            lambda: self._import_into("budget", "import_file", "toggl"),
        )
        self.import_expenses_action = self._action(
            self.import_menu,
            self.tr("&Expenses (CSV)…"),
            lambda: self._import_into("budget", "import_file", "expenses"),
        )
        self.file_menu.addSeparator()
        self.settings_action = self._action(
            self.file_menu,
            self.tr("S&ettings…"),
            self._on_settings_triggered,
            QKeySequence.StandardKey.Preferences,
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.file_menu.addSeparator()
        self.quit_action = self._action(
            self.file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.find_action = self._action(
            self.edit_menu, self.tr("&Find"), self._on_find_triggered, "Ctrl+F"
        )
        self.new_item_action = self._action(
            self.edit_menu, self.tr("&New item"), self._on_new_item_triggered, "Ctrl+N"
        )
        self.refresh_action = self._action(
            self.edit_menu, self.tr("&Refresh"), self._on_refresh_triggered, "F5"
        )

        self.view_menu = bar.addMenu(self.tr("&View"))
        self.page_actions: dict[str, QAction] = {}
        for number, spec in enumerate(PAGES, start=1):
            action = self._action(
                self.view_menu,
                spec.title(),
                lambda key=spec.key: self.show_page(key),
                f"Ctrl+{number}",
            )
            action.setCheckable(True)
            action.setIcon(icon(spec.icon))
            self.page_actions[spec.key] = action
        group = QActionGroup(self)
        for action in self.page_actions.values():
            group.addAction(action)

        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.about_action = self._action(
            self.help_menu, self.tr("&About Studio Desktop"), self._on_about_triggered
        )
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.data_folder_action = self._action(
            self.help_menu, self.tr("Open &data folder"), self._on_open_data_folder_triggered
        )

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = self._call(self._actions.recent_databases) or []
        for path in paths:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(
                lambda _checked=False, p=Path(path): self._call(self._actions.open_database, p)
            )
        if not paths:
            empty = self.recent_menu.addAction(self.tr("No recent databases"))
            empty.setEnabled(False)

    # --- slots --------------------------------------------------------------------------
    def _call(self, fn: Callable[..., T], *args: Any) -> T | None:
        """Run one root action; a failure becomes a message box, never a crash."""
        try:
            return fn(*args)
        except Exception as exc:
            show_error(self, exc)
            return None

    def _ask_new_database_path(self) -> Path | None:
        start = self._call(self._actions.data_folder) or Path.home()
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New database"),
            str(Path(start) / f"studio{DB_SUFFIX}"),
            self.tr("Studio database (*.sqlite3)"),
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(DB_SUFFIX)

    def _ask_open_database_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open database"),
            str(self._db_path.parent),
            self.tr("Studio database (*.sqlite3);;All files (*)"),
        )
        return Path(name) if name else None

    def _on_new_database_triggered(self) -> None:
        path = self._ask_new_database_path()
        if path is not None:
            self._call(self._actions.new_database, path)

    def _on_open_database_triggered(self) -> None:
        path = self._ask_open_database_path()
        if path is not None:
            self._call(self._actions.open_database, path)

    def _on_backup_now_triggered(self) -> None:
        path = self._call(self._actions.backup_now)
        if path is not None:
            self.statusBar().showMessage(
                self.tr("Backup saved to %1").replace("%1", str(path)), 8000
            )

    def _on_restore_triggered(self) -> None:
        from ui.shell.restore_dialog import RestoreDialog

        backups = self._call(self._actions.list_backups)
        if backups is None:
            return
        dialog = RestoreDialog(backups, self)
        if dialog.exec() and dialog.selected_path() is not None:
            self._call(self._actions.restore_backup, dialog.selected_path())
            self.changes.announce_all()

    def _on_settings_triggered(self) -> None:
        from ui.shell.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self._services, self._actions, self._language, self)
        if dialog.exec():
            self.changes.announce({"studio"})

    def _on_find_triggered(self) -> None:
        field = self._search_field_of(self._current_page())
        if field is not None:
            field.setFocus(Qt.FocusReason.ShortcutFocusReason)
            field.selectAll()

    def _on_new_item_triggered(self) -> None:
        new_item = getattr(self._current_page(), "new_item", None)
        if callable(new_item):
            new_item()

    def _on_refresh_triggered(self) -> None:
        reload = getattr(self._current_page(), "reload", None)
        if callable(reload):
            self._call(reload)

    def _on_about_triggered(self) -> None:
        from ui.shell.about import AboutDialog

        versions = self._call(self._actions.versions) or []
        AboutDialog(versions, self).exec()

    def _on_open_data_folder_triggered(self) -> None:
        folder = self._call(self._actions.data_folder)
        if folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # --- state --------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.Paint:
            self.removeEventFilter(self)
            QTimer.singleShot(0, self._on_first_paint)
        return super().eventFilter(watched, event)

    def _on_first_paint(self) -> None:
        if self._held_tasks is not None:
            self._held_tasks.release()
        self.painted.emit()

    def _update_title(self) -> None:
        """The studio's name in the title, read in the background (no query before paint)."""
        self._set_title("")

        def studio_name(_progress: object) -> str:
            return self._services.studio.get().name

        handle = self.tasks.run(studio_name)
        handle.finished.connect(self._set_title)
        # Not set up yet, or the file went away: the plain title stays (logged by the runner).

    def _set_title(self, name: str) -> None:
        app = self.tr("Studio Desktop")
        self.setWindowTitle(f"{name} — {app}" if name else app)

    def _restore_state(self) -> None:
        geometry = self._settings.value(GEOMETRY_KEY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1240, 780)
        state = self._settings.value(STATE_KEY)
        if state is not None:
            self.restoreState(state)
        last = self._settings.value(LAST_PAGE_KEY, PAGE_KEYS[0])
        self.show_page(str(last) if str(last) in self._specs else PAGE_KEYS[0])

    def save_state(self) -> None:
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self._settings.setValue(STATE_KEY, self.saveState())
        self._settings.setValue(LAST_PAGE_KEY, self._current)
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
