"""A list of names with tick boxes, for picking several people or tasks."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CheckList(QListView):
    """Items carry an id; ``checked_ids`` returns the ticked ones in list order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkList")
        self.items = QStandardItemModel(self)
        self.setModel(self.items)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformItemSizes(True)

    def set_items(self, items: Iterable[tuple[int, str]], checked: Iterable[int] = ()) -> None:
        ticked = set(checked)
        self.items.clear()
        for item_id, text in items:
            item = QStandardItem(text)
            item.setData(item_id, ID_ROLE)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(
                Qt.CheckState.Checked if item_id in ticked else Qt.CheckState.Unchecked
            )
            self.items.appendRow(item)

    def set_checked(self, item_id: int, on: bool = True) -> None:
        for row in range(self.items.rowCount()):
            item = self.items.item(row)
            if item.data(ID_ROLE) == item_id:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def checked_ids(self) -> tuple[int, ...]:
        return tuple(
            int(self.items.item(row).data(ID_ROLE))
            for row in range(self.items.rowCount())
            if self.items.item(row).checkState() == Qt.CheckState.Checked
        )

    def texts(self) -> list[str]:
        return [self.items.item(row).text() for row in range(self.items.rowCount())]
