"""Receivables aging, the cash book and the margins tabs (read-only figures from SQL)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.money import format_minor
from models.services.invoicing_reports import AgingRow, AgingTotal, Basis, Explained, MarginRow
from ui.budget.invoices.dialogs import ExplainDialog
from ui.budget.invoices.editor import date_edit, pydate
from ui.budget.invoices.models import (
    CashBookModel,
    Col,
    RowsModel,
    money_col,
    money_text,
    pct_text,
)
from ui.shell.changes import DataChanges
from ui.shell.messages import show_error
from ui.shell.tasks import TaskRunner

MONEY_KINDS = frozenset({"invoices", "expenses", "time_entries", "clients", "projects", "studio"})


def _table(parent: QWidget, model: Any, stretch: int = 0) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(28)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def _run(tasks: TaskRunner | None, fn: Callable[[], Any], done: Callable[[Any], None], parent):
    """Slow figures go off the GUI thread when a runner is given."""
    if tasks is None:
        done(fn())
        return
    handle = tasks.run(lambda _progress: fn())
    handle.finished.connect(done)
    handle.failed.connect(lambda exc: show_error(parent, exc))


class _LazyTab(QWidget):
    """Adds up only when first shown, and again on a change only while it is on screen."""

    def __init__(self, changes: DataChanges) -> None:
        super().__init__()
        self._dirty = True
        changes.changed.connect(self._on_data_changed)

    def reload(self, *_args: object) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def ensure_loaded(self) -> None:
        if self._dirty:
            self._dirty = False
            self.reload()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.ensure_loaded()

    def _on_data_changed(self, kinds: frozenset[str]) -> None:
        if kinds & MONEY_KINDS:
            self._dirty = True
            if self.isVisible():
                self.ensure_loaded()


def _aging_cols() -> list[Col]:
    cur = lambda r: r.currency  # noqa: E731
    return [
        Col("client", lambda r: r.client_name),
        Col("currency", lambda r: r.currency),
        money_col("not_due", lambda r: r.not_due, cur),
        money_col("d0_30", lambda r: r.d0_30, cur),
        money_col("d31_60", lambda r: r.d31_60, cur),
        money_col("d61_90", lambda r: r.d61_90, cur),
        money_col("d90_plus", lambda r: r.d90_plus, cur),
        money_col("total", lambda r: r.total, cur),
        Col("invoices", lambda r: r.invoices, numeric=True),
    ]


class ReceivablesTab(_LazyTab):
    """What clients owe, by days past due (0-30, 31-60, 61-90, 90+)."""

    def __init__(self, services: Any, changes: DataChanges, tasks: TaskRunner | None = None):
        super().__init__(changes)
        self._reports = services.invoice_reports
        self._tasks = tasks
        self.as_of = date_edit(date.today(), self)
        self.as_of.dateChanged.connect(self.reload)
        self.model = RowsModel(_aging_cols(), self)
        self.view = _table(self, self.model)
        self.totals = QLabel(self)
        self.totals.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("As of"), self))
        bar.addWidget(self.as_of)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.totals)

    def reload(self, *_args: object) -> None:
        as_of = pydate(self.as_of.date())
        _run(
            self._tasks,
            lambda: (self._reports.aging(as_of), self._reports.aging_total(as_of)),
            self._show,
            self,
        )

    def _show(self, found: tuple[list[AgingRow], AgingTotal]) -> None:
        rows, in_base = found
        self.model.set_rows(rows)
        sums: dict[str, list[int]] = {}
        for r in rows:
            acc = sums.setdefault(r.currency, [0] * 6)
            for i, v in enumerate((r.not_due, r.d0_30, r.d31_60, r.d61_90, r.d90_plus, r.total)):
                acc[i] += v
        if not rows:
            self.totals.setText(self.tr("Nothing is owed."))
            return
        parts = [self._base_text(in_base)]
        for cur, v in sums.items():
            text = self.tr("%1 owed: %2 (of which past due %3, more than 90 days %4)")
            text = text.replace("%1", cur).replace("%2", format_minor(v[5], cur))
            text = text.replace("%3", format_minor(v[5] - v[0], cur))
            parts.append(text.replace("%4", format_minor(v[4], cur)))
        self.totals.setText("\n".join(p for p in parts if p))

    def _base_text(self, t: AgingTotal) -> str:
        """Every currency together in the base one, each invoice at its own rate."""
        text = self.tr("All currencies in %1: %2 owed (of which past due %3)")
        text = text.replace("%1", t.currency).replace("%2", format_minor(t.total, t.currency))
        text = text.replace("%3", format_minor(t.total - t.buckets[0], t.currency))
        if t.missing_rates:
            more = self.tr("; %1 invoice(s) in %2 left out: no exchange rate")
            text += more.replace("%1", str(t.missing_rates)).replace(
                "%2", ", ".join(t.missing_currencies)
            )
        return text


class CashBookTab(_LazyTab):
    """Every payment in and expense out with a running balance; cash or accrual basis."""

    def __init__(self, services: Any, changes: DataChanges, tasks: TaskRunner | None = None):
        super().__init__(changes)
        self._reports = services.invoice_reports
        self.currency = QComboBox(self)
        self.currency.addItems(self._reports.currencies())
        today = date.today()
        self.start = date_edit(date(today.year, 1, 1), self)
        self.end = date_edit(today, self)
        self.cash = QRadioButton(self.tr("Cash: money received and paid"), self)
        self.accrual = QRadioButton(self.tr("Accrual: invoiced (earned) and spent"), self)
        self.cash.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.cash)
        group.addButton(self.accrual)
        self.model = CashBookModel(self._reports, self)
        self.view = _table(self, self.model, stretch=3)
        self.summary = QLabel(self)
        self.summary.setObjectName("cashSummary")
        bar = QHBoxLayout()
        for label, w in (
            (self.tr("Currency"), self.currency),
            (self.tr("From"), self.start),
            (self.tr("To"), self.end),
        ):
            bar.addWidget(QLabel(label, self))
            bar.addWidget(w)
        bar.addSpacing(16)
        bar.addWidget(self.cash)
        bar.addWidget(self.accrual)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        for signal in (
            self.currency.currentIndexChanged,
            self.start.dateChanged,
            self.end.dateChanged,
            self.cash.toggled,
        ):
            signal.connect(self.reload)

    def basis(self) -> Basis:
        return Basis.CASH if self.cash.isChecked() else Basis.ACCRUAL

    def reload(self, *_args: object) -> None:
        cur = self.currency.currentText() or self._reports.base_currency()
        start, end = pydate(self.start.date()), pydate(self.end.date())
        if end < start:
            self.summary.setText(self.tr("The end date is before the start date."))
            return
        basis = self.basis()
        self.model.load(cur, start, end, basis)
        s = self._reports.cash_summary(cur, start, end, basis)
        text = self.tr("Opening %1 · in %2 · out %3 · closing %4")
        for n, v in enumerate(
            (s.opening_minor, s.money_in_minor, s.money_out_minor, s.closing_minor), start=1
        ):
            text = text.replace(f"%{n}", format_minor(v, cur))
        self.summary.setText(text + "\n" + self._base_text(start, end, basis))

    def _base_text(self, start: date, end: date, basis: Basis) -> str:
        """The books of every currency together: payments at their rate, invoices at theirs."""
        t = self._reports.cash_summary_base(start, end, basis)
        s, base = t.summary, t.summary.currency
        text = self.tr("All currencies in %1: opening %2 · in %3 · out %4 · closing %5")
        text = text.replace("%1", base)
        for n, v in enumerate(
            (s.opening_minor, s.money_in_minor, s.money_out_minor, s.closing_minor), start=2
        ):
            text = text.replace(f"%{n}", format_minor(v, base))
        if t.missing_rates:
            more = self.tr("; %1 document(s) in %2 left out: no exchange rate")
            text += more.replace("%1", str(t.missing_rates)).replace(
                "%2", ", ".join(t.missing_currencies)
            )
        return text


# The figure each column explains when clicked (None: not a figure).
_FIGURE_COLS: tuple[str | None, ...] = (
    None,
    "invoiced",
    "received",
    "margin_invoiced",  # revenue in the base currency: its margin shows how it was converted
    "labour",
    "expenses",
    "cost",
    "margin_invoiced",
    "margin_earned",
    None,
)


def missing_rate_text(r: Any) -> str:
    """Why a margin is "—": revenue in another currency whose exchange rate is not known."""
    if not r.missing_rates:
        return ""
    text = QCoreApplication.translate(
        "MarginsTab", "No rate to %1 on %2 invoice(s) in %3: enter it on the invoice"
    )
    return (
        text.replace("%1", r.base_currency)
        .replace("%2", str(r.missing_rates))
        .replace("%3", ", ".join(r.missing_currencies))
    )


def _margin_cols() -> list[Col]:
    own = lambda r: r.currency  # noqa: E731
    base = lambda r: r.base_currency or r.currency  # noqa: E731  (costs are in the base currency)
    return [
        Col("project", lambda r: r.code, lambda r, raw: f"{raw} · {r.name}" if raw else r.name),
        money_col("invoiced", lambda r: r.invoiced_minor, own),
        money_col("received", lambda r: r.received_minor, own),
        Col(
            "invoiced_base",
            lambda r: r.invoiced_base_minor if r.comparable else None,
            lambda r, raw: "—" if raw is None else money_text(raw, base(r)),
            True,
        ),
        money_col("labour", lambda r: r.labour_minor, base),
        money_col("expenses", lambda r: r.expenses_minor, base),
        money_col("cost", lambda r: r.cost_minor, base),
        Col("margin_invoiced", lambda r: r.margin_invoiced, lambda _r, v: pct_text(v), True),
        Col("margin_earned", lambda r: r.margin_earned, lambda _r, v: pct_text(v), True),
        Col("note", missing_rate_text),
    ]


class MarginsTab(_LazyTab):
    """Per project and for the studio; click a figure to see its rows and formula."""

    def __init__(self, services: Any, changes: DataChanges, tasks: TaskRunner | None = None):
        super().__init__(changes)
        self._reports = services.invoice_reports
        self._tasks = tasks
        note = QLabel(
            self.tr(
                "Revenue is without tax. Earned = received. Cost = labour at the cost rate of "
                "the day + expenses. Margin = (revenue - cost) / revenue. Click a figure to "
                "see the rows it was summed from and its formula."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setObjectName("pageSubtitle")
        self.model = RowsModel(_margin_cols(), self, bold=lambda r: r.project_id is None)
        self.view = _table(self, self.model)
        # Ten figure columns would squeeze the project's name to a few letters: it keeps a
        # readable width and the table scrolls sideways instead; the note column takes the rest.
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.setColumnWidth(0, 280)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.clicked.connect(self._on_cell_clicked)
        self.view.setCursor(Qt.CursorShape.PointingHandCursor)
        self.status = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(note)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)

    def reload(self, *_args: object) -> None:
        self.status.setText(self.tr("Adding up…"))

        def work() -> list[MarginRow]:
            studio = self._reports.studio_margin()
            return [studio, *self._reports.project_margins()]

        _run(self._tasks, work, self._show, self)

    def _show(self, rows: list[MarginRow]) -> None:
        studio_name = self.tr("Whole studio (base currency, overhead included)")
        named = [replace(r, name=studio_name) if r.project_id is None else r for r in rows]
        self.model.set_rows(named)
        self._count_text = self.tr("%1 projects").replace("%1", f"{max(0, len(rows) - 1):,}")
        self.status.setText(self._count_text)

    def explain_dialog(self, row: int, key: str) -> ExplainDialog:
        r: MarginRow = self.model.row(row)
        return ExplainDialog(key, self._reports.explain(key, r.project_id), r.code or r.name, self)

    def _on_cell_clicked(self, index: QModelIndex) -> None:
        key = _FIGURE_COLS[index.column()] if 0 <= index.column() < len(_FIGURE_COLS) else None
        if key is None:
            return
        r: MarginRow = self.model.row(index.row())
        self.status.setText(self.tr("Adding up…"))

        def opened(explained: Explained) -> None:
            self.status.setText(getattr(self, "_count_text", ""))
            ExplainDialog(key, explained, r.code or r.name, self).exec()

        # The studio's labour sums every time entry: off the GUI thread.
        _run(self._tasks, lambda: self._reports.explain(key, r.project_id), opened, self)
