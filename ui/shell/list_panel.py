"""A searchable, lazily loaded list over a LazyTableModel: the building block of every list page."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

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
from ui.shell.lazy_table import ROW_ID_ROLE, BrowseSource, BrowseTableModel, LazyTableModel

SEARCH_DELAY_MS = 200

# Lists whose service hides some rows unless asked: what the "show hidden" box is called.
_HIDDEN_ROWS_LABELS: dict[ListKind, str] = {
    ListKind.CLIENTS: QT_TRANSLATE_NOOP("ListPanel", "Show archived"),
    ListKind.PROJECTS: QT_TRANSLATE_NOOP("ListPanel", "Show archived"),
    ListKind.PEOPLE: QT_TRANSLATE_NOOP("ListPanel", "Show people who left"),
    ListKind.EQUIPMENT: QT_TRANSLATE_NOOP("ListPanel", "Show retired equipment"),
    ListKind.RISKS: QT_TRANSLATE_NOOP("ListPanel", "Show closed risks"),
}


def list_view(model: Any, parent: QWidget, *, row_height: int = 30) -> QTableView:
    """A read-only, row-selecting table sorted by clicking its headers (the model sorts in SQL)."""
    view = QTableView(parent)
    view.setObjectName("listView")
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(row_height)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSortIndicatorClearable(True)
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)
    return view


class ListPanel(QWidget):
    """Search box (debounced), a lazy table, a row count and a friendly empty state.

    Give ``browse`` and ``kind`` for a browse list, or a ready ``model`` with its own filter;
    a subclass then overrides current_filter(), count_text() and empty_message(), and makes
    its filter widgets in filter_widgets() (the bar is then full: the count moves to a row of
    its own). The selected row survives every refresh of the model while it is still loaded.
    """

    row_activated = Signal(int)  # the row id

    def __init__(
        self,
        browse: BrowseSource | None = None,
        kind: ListKind | None = None,
        *,
        model: LazyTableModel | None = None,
        empty_text: str,
        stretch_column: str | None = None,
        placeholder: str | None = None,
        search_width: int = 260,
        column_widths: Mapping[str, int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._kind = kind
        self._empty_text = empty_text
        if model is None:
            assert browse is not None and kind is not None, "a browse list needs browse and kind"
            model = BrowseTableModel(browse, kind, self)
        else:
            model.setParent(self)
        self.model = model
        self._keep_id: Any = None

        self._search = QLineEdit(self)
        self._search.setObjectName("searchField")
        self._search.setPlaceholderText(placeholder or self.tr("Search…"))
        self._search.setClearButtonEnabled(True)
        self._search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self._search.setMinimumWidth(search_width)
        self._search.textChanged.connect(self._on_search_edited)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)

        self._hidden_rows: QCheckBox | None = None
        if kind in _HIDDEN_ROWS_LABELS:
            text = QCoreApplication.translate("ListPanel", _HIDDEN_ROWS_LABELS[kind])
            self._hidden_rows = QCheckBox(text, self)
            self._hidden_rows.toggled.connect(self.apply_filter)

        self._count = QLabel(self)
        self._count.setObjectName("rowCount")

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        filters = self.filter_widgets()
        if filters:
            bar.addWidget(self._search, 1)
            for widget in filters:
                bar.addWidget(widget)
            count_row = QHBoxLayout()
            count_row.addStretch(1)
            count_row.addWidget(self._count)
            layout.setSpacing(8)
            layout.addLayout(count_row)
        else:
            bar.addWidget(self._search)
            if self._hidden_rows is not None:
                bar.addSpacing(8)
                bar.addWidget(self._hidden_rows)
            bar.addStretch(1)
            bar.addWidget(self._count)
            layout.setSpacing(10)

        self.view = list_view(self.model, self)
        self.view.horizontalHeader().setHighlightSections(False)
        self.view.doubleClicked.connect(self._on_row_double_clicked)
        self._stretch_column = stretch_column

        self._empty = QLabel(self)
        self._empty.setObjectName("emptyState")
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)

        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.view)
        self._stack.addWidget(self._empty)
        layout.addWidget(self._stack, 1)

        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._on_model_reset)
        self.model.rowsInserted.connect(self._update_count)
        self._on_model_reset()
        if column_widths is None:
            self._size_columns()
        else:
            header = self.view.horizontalHeader()
            header.setStretchLastSection(True)
            for i, col in enumerate(self.model.columns):
                header.resizeSection(i, column_widths.get(col.key, 100))

    # --- what the page uses -------------------------------------------------------------
    @property
    def kind(self) -> ListKind | None:
        return self._kind

    def search_field(self) -> QLineEdit:
        return self._search

    def reload(self) -> None:
        """Load the first page again; the selected row stays selected if it is still there."""
        self.model.refresh()

    def selected_id(self) -> Any:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ROW_ID_ROLE) if rows else None

    def select_id(self, row_id: Any) -> bool:
        """Select the row showing ``row_id`` if it is loaded; False if it is not."""
        row = self.model.row_of(row_id)
        if row >= 0:
            self.view.selectRow(row)
        return row >= 0

    def apply_filter(self) -> None:
        self._timer.stop()
        self.model.set_filter(self.current_filter())

    # The screenshot tools drive this name.
    _apply_filter = apply_filter

    # --- hooks a subclass overrides -----------------------------------------------------
    def filter_widgets(self) -> Sequence[QWidget]:
        """Widgets beside the search box (combos, check boxes), made with this panel as parent."""
        return ()

    def current_filter(self) -> Any:
        archived = self._hidden_rows.isChecked() if self._hidden_rows is not None else False
        return ListFilter(self._search.text().strip(), archived)

    def count_text(self, total: int) -> str:
        # Two strings rather than %n: the English source needs no plural catalogue.
        if total == 1:
            return self.tr("1 row")
        return self.tr("%1 rows").replace("%1", f"{total:,}")

    def empty_message(self) -> str:
        search = self._search.text().strip()
        if search:
            return self.tr("Nothing matches “%1”.").replace("%1", search)
        return self._empty_text

    # --- internals ----------------------------------------------------------------------
    def _on_search_edited(self, _text: str) -> None:
        self._timer.start()

    def _remember_selection(self) -> None:
        self._keep_id = self.selected_id()

    def _on_model_reset(self) -> None:
        self._update_count()
        if self.model.total() == 0:
            self._empty.setText(self.empty_message())
            self._stack.setCurrentWidget(self._empty)
        else:
            self._stack.setCurrentWidget(self.view)
        keep, self._keep_id = self._keep_id, None
        if keep is not None:
            self.select_id(keep)

    def _update_count(self) -> None:
        self._count.setText(self.count_text(self.model.total()))

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
