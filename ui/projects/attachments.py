"""The attachments tab of a project: files and links, opened with the system's own program."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.enums import AttachmentKind
from models.errors import DomainError, ValidationError
from models.services.projects import ProjectService
from models.services.projects_data import ProjectAttachment
from ui.projects.errors import error_text, worded
from ui.projects.rows import RowsModel
from ui.shell.field_error import FieldWithError
from ui.shell.messages import confirm, show_error


def attachment_url(a: ProjectAttachment) -> QUrl:
    if a.kind == AttachmentKind.URL:
        return QUrl(a.target)
    return QUrl.fromLocalFile(str(Path(a.target).expanduser()))


class AttachmentsTab(QWidget):
    """Add a path or a link, open the selected one, remove it; ``changed`` after each edit."""

    changed = Signal()

    def __init__(self, projects: ProjectService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._projects = projects
        self._project_id: int | None = None
        self.opened: list[QUrl] = []  # what was handed to the desktop, for tests
        self.model: RowsModel[ProjectAttachment] = RowsModel(
            [
                (self.tr("Name"), lambda a: a.label),
                (
                    self.tr("Kind"),
                    lambda a: self.tr("Link") if a.kind == AttachmentKind.URL else self.tr("File"),
                ),
                (self.tr("Added"), lambda a: a.added_at.astimezone().strftime("%Y-%m-%d")),
                (self.tr("Where"), lambda a: a.target),
            ],
            None,
            self,
        )
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda _i: self.open_selected())

        self.target = QLineEdit(self)
        self.target.setPlaceholderText(self.tr("A link (https://…) or a file's full path"))
        self.label = QLineEdit(self)
        self.label.setPlaceholderText(self.tr("Name (optional)"))
        self.fields = {
            "target": FieldWithError(self.target, self),
            "label": FieldWithError(self.label, self),
        }
        browse = QPushButton(self.tr("Choose file…"), self)
        browse.clicked.connect(self._on_browse_clicked)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.clicked.connect(self.add_target)
        self.target.returnPressed.connect(self.add_target)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button = QPushButton(self.tr("Remove…"), self)
        self.remove_button.clicked.connect(self._on_remove_clicked)

        # Top-aligned, so a message under a field does not push the buttons out of line.
        top = Qt.AlignmentFlag.AlignTop
        form = QHBoxLayout()
        form.addWidget(self.fields["target"], 3, top)
        form.addWidget(browse, 0, top)
        form.addWidget(self.fields["label"], 1, top)
        form.addWidget(self.add_button, 0, top)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def show_project(self, project_id: int | None) -> None:
        self._project_id = project_id
        self.model.set_rows(self._projects.attachments(project_id) if project_id else [])

    def selected(self) -> ProjectAttachment | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def add_target(self) -> None:
        if self._project_id is None:
            return
        for f in self.fields.values():
            f.clear_error()
        try:
            self._projects.add_attachment(self._project_id, self.target.text(), self.label.text())
        except ValidationError as exc:
            self.fields.get(exc.field, self.fields["target"]).show_error(error_text(exc))
            return
        except DomainError as exc:
            show_error(self, worded(exc))
            return
        self.target.clear()
        self.label.clear()
        self.changed.emit()

    def open_selected(self) -> None:
        a = self.selected()
        if a is None:
            return
        url = attachment_url(a)
        self.opened.append(url)
        QDesktopServices.openUrl(url)

    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file"))
        if path:
            self.target.setText(path)

    def _on_remove_clicked(self) -> None:
        a = self.selected()
        if a is None:
            return
        question = self.tr("Remove “%1” from this project? The file itself is not touched.")
        if not confirm(
            self, self.tr("Remove attachment"), question.replace("%1", a.label), self.tr("Remove")
        ):
            return
        try:
            self._projects.remove_attachment(a.id)
        except DomainError as exc:
            show_error(self, worded(exc))
            return
        self.changed.emit()
