"""A searchable, lazily loaded list of one ListKind: the building block of every list page."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.services.browse import ListFilter, ListKind
from ui.shell.assets import icon
from ui.shell.lazy_table import ROW_ID_ROLE, BrowseSource, LazyTableModel

SEARCH_DELAY_MS = 200

# Lists whose service hides some rows unless asked: what the "show hidden" box is called.
_HIDDEN_ROWS_LABELS: dict[ListKind, str] = {
    ListKind.CLIENTS: QT_TRANSLATE_NOOP("ListPanel", "Show archived"),
    ListKind.PROJECTS: QT_TRANSLATE_NOOP("ListPanel", "Show archived"),
    ListKind.PEOPLE: QT_TRANSLATE_NOOP("ListPanel", "Show people who left"),
    ListKind.EQUIPMENT: QT_TRANSLATE_NOOP("ListPanel", "Show retired equipment"),
    ListKind.RISKS: QT_TRANSLATE_NOOP("ListPanel", "Show closed risks"),
}


class ListPanel(QWidget):
    """Search box (debounced), a lazy table, a row count and a friendly empty state."""

    row_activated = Signal(int)  # the row id

    def __init__(
        self,
        browse: BrowseSource,
        kind: ListKind,
        *,
        empty_text: str,
        stretch_column: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._kind = kind
        self._empty_text = empty_text
        self.model = LazyTableModel(browse, kind, self)

        self._search = QLineEdit(self)
        self._search.setObjectName("searchField")
        self._search.setPlaceholderText(self.tr("Search…"))
        self._search.setClearButtonEnabled(True)
        self._search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self._search.setMinimumWidth(260)
        self._search.textChanged.connect(self._on_search_edited)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._apply_filter)

        self._hidden_rows: QCheckBox | None = None
        if kind in _HIDDEN_ROWS_LABELS:
            text = QCoreApplication.translate("ListPanel", _HIDDEN_ROWS_LABELS[kind])
            self._hidden_rows = QCheckBox(text, self)
            self._hidden_rows.toggled.connect(self._apply_filter)

        self._count = QLabel(self)
        self._count.setObjectName("rowCount")

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self._search)
        if self._hidden_rows is not None:
            bar.addSpacing(8)
            bar.addWidget(self._hidden_rows)
        bar.addStretch(1)
        bar.addWidget(self._count)

        self.view = QTableView(self)
        self.view.setObjectName("listView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(30)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.doubleClicked.connect(self._on_row_double_clicked)
        self._stretch_column = stretch_column

        self._empty = QLabel(self)
        self._empty.setObjectName("emptyState")
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)

        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.view)
        self._stack.addWidget(self._empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(bar)
        layout.addWidget(self._stack, 1)

        self.model.modelReset.connect(self._on_model_reset)
        self.model.rowsInserted.connect(self._update_count)
        self._on_model_reset()
        self._size_columns()

    @property
    def kind(self) -> ListKind:
        return self._kind

    def search_field(self) -> QLineEdit:
        return self._search

    def reload(self) -> None:
        self.model.refresh()

    def _on_search_edited(self, _text: str) -> None:
        self._timer.start()

    def _apply_filter(self) -> None:
        self._timer.stop()
        archived = self._hidden_rows.isChecked() if self._hidden_rows is not None else False
        self.model.set_filter(ListFilter(self._search.text().strip(), archived))

    def _on_model_reset(self) -> None:
        self._update_count()
        if self.model.total() == 0:
            search = self._search.text().strip()
            if search:
                self._empty.setText(self.tr("Nothing matches “%1”.").replace("%1", search))
            else:
                self._empty.setText(self._empty_text)
            self._stack.setCurrentWidget(self._empty)
        else:
            self._stack.setCurrentWidget(self.view)

    def _update_count(self) -> None:
        total = self.model.total()
        # Two strings rather than %n: the English source needs no plural catalogue.
        if total == 1:
            self._count.setText(self.tr("1 row"))
        else:
            self._count.setText(self.tr("%1 rows").replace("%1", f"{total:,}"))

    def _size_columns(self) -> None:
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        for col in range(self.model.columnCount()):
            width = header.sectionSize(col)
            header.resizeSection(col, max(80, min(width + 16, 280)))
        header.setStretchLastSection(True)
        if self._stretch_column is not None:
            try:
                col = self.model.column_of(self._stretch_column)
            except KeyError:
                return
            header.resizeSection(col, max(header.sectionSize(col), 240))

    def _on_row_double_clicked(self, index: QModelIndex) -> None:
        row_id = index.data(ROW_ID_ROLE)
        if row_id is not None:
            self.row_activated.emit(int(row_id))
