"""The pipeline: totals per stage (and the probability-weighted total), deals of a stage."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from models.enums import DealStage
from models.errors import DomainError
from models.services import Services
from ui.clients.rows_model import RowsModel, make_table, selected_id
from ui.shell.labels import enum_choices, enum_label
from ui.shell.messages import show_error


class PipelineView(QWidget):
    """Left: one row per stage and currency with totals. Right: that stage's deals."""

    def __init__(
        self,
        services: Services,
        announce: Callable[[set[str]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._s = services
        self._announce = announce
        self._stage_of_row: list[DealStage] = []
        self.totals_label = QLabel(self)
        self.totals_label.setObjectName("sectionTitle")
        self.totals_label.setWordWrap(True)
        self.stages = RowsModel(
            ("stage", "currency", "count", "total", "weighted"),
            self,
            numeric=("count", "total", "weighted"),
        )
        self.stages_view = make_table(self.stages, self, stretch=0)
        self.stages_view.selectionModel().selectionChanged.connect(self._on_stage_selected)
        self.deals = RowsModel(
            ("title", "client", "value", "probability", "weighted", "expected_close"),
            self,
            numeric=("value", "probability", "weighted"),
        )
        self.deals_view = make_table(self.deals, self, stretch=0)
        self.move_combo = QComboBox(self)
        for value, label in enum_choices(DealStage):
            self.move_combo.addItem(label, value)
        self.move_button = QPushButton(self.tr("Move to stage"), self)
        self.move_button.clicked.connect(self._on_move_clicked)
        self.open_button = QPushButton(self.tr("Open client"), self)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.open_requested: Callable[[int], object] | None = None
        self._deal_clients: dict[int, int] = {}

        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.open_button)
        bar.addStretch(1)
        bar.addWidget(self.move_combo)
        bar.addWidget(self.move_button)
        rl.addLayout(bar)
        rl.addWidget(self.deals_view, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.stages_view)
        split.addWidget(right)
        split.setSizes([420, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.totals_label)
        layout.addWidget(split, 1)
        self.refresh()

    def refresh(self) -> None:
        p = self._s.crm.deals.pipeline()
        self._stage_of_row = [t.stage for t in p.stages]
        self.stages.set_rows(
            [
                (
                    i,
                    (
                        enum_label(DealStage, t.stage),
                        t.currency,
                        str(t.count),
                        t.total.format(),
                        t.weighted.format(),
                    ),
                )
                for i, t in enumerate(p.stages)
            ]
        )
        if p.open_total:
            self.totals_label.setText(
                self.tr("Open pipeline: %1 · weighted by probability: %2")
                .replace("%1", " + ".join(m.format() for m in p.open_total))
                .replace("%2", " + ".join(m.format() for m in p.open_weighted))
            )
        else:
            self.totals_label.setText(self.tr("No open deals. Add one from a client's Deals tab."))
        if self._stage_of_row:
            open_rows = [i for i, s in enumerate(self._stage_of_row) if s != DealStage.WON]
            self.stages_view.selectRow(open_rows[0] if open_rows else 0)
        else:
            self.deals.set_rows([])

    def show_stage(self, stage: DealStage) -> None:
        deals = self._s.crm.deals.in_stage(stage)
        self._deal_clients = {d.id: d.client_id for d in deals}
        self.deals.set_rows(
            [
                (
                    d.id,
                    (
                        d.title,
                        d.client_name,
                        d.value.format(),
                        f"{d.probability}%",
                        d.weighted.format(),
                        d.expected_close_on.isoformat() if d.expected_close_on else "",
                    ),
                )
                for d in deals
            ]
        )

    def _on_stage_selected(self, *_args: object) -> None:
        rows = self.stages_view.selectionModel().selectedRows()
        if rows:
            self.show_stage(self._stage_of_row[rows[0].row()])

    def move_selected(self, stage: DealStage, lost_reason: str = "") -> int | None:
        did = selected_id(self.deals_view)
        if did is None:
            return None
        try:
            project_id = self._s.crm.deals.move(did, stage, lost_reason)
        except DomainError as exc:
            show_error(self, exc)
            return None
        self.refresh()
        self._announce({"clients", "deals", "projects"})
        return project_id

    def _on_move_clicked(self) -> None:
        stage = DealStage(self.move_combo.currentData())
        reason = ""
        if stage == DealStage.LOST:
            from PySide6.QtWidgets import QInputDialog

            reason, ok = QInputDialog.getText(
                self, self.tr("Deal lost"), self.tr("Why was the deal lost?")
            )
            if not ok:
                return
        self.move_selected(stage, reason)

    def _on_open_clicked(self) -> None:
        did = selected_id(self.deals_view)
        if did is not None and self.open_requested is not None:
            self.open_requested(self._deal_clients[did])
