"""What the Reports page asks for, and the work of making it (run off the GUI thread)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

KINDS: tuple[tuple[str, str], ...] = (
    ("client", QT_TRANSLATE_NOOP("ReportKinds", "Client report")),
    ("project", QT_TRANSLATE_NOOP("ReportKinds", "Project status report")),
    ("acceptance", QT_TRANSLATE_NOOP("ReportKinds", "Acceptance certificate")),
    ("invoice", QT_TRANSLATE_NOOP("ReportKinds", "Invoice")),
    ("budget", QT_TRANSLATE_NOOP("ReportKinds", "Budget vs actuals")),
    ("risks", QT_TRANSLATE_NOOP("ReportKinds", "Risk register")),
    ("monthly", QT_TRANSLATE_NOOP("ReportKinds", "Monthly studio report")),
)
CLIENT_KINDS = ("client", "project", "acceptance", "invoice")


@dataclass(frozen=True)
class ReportRequest:
    kind: str
    lang: str = "en"
    paper: str = "a4"
    client_id: int | None = None
    project_id: int | None = None
    invoice_id: int | None = None
    start: date | None = None
    end: date | None = None
    project_ids: tuple[int, ...] = field(default=())
    period: str = "quarter"
    year: int = 2026
    index: int = 1


@dataclass(frozen=True)
class ReportResult:
    pdf: bytes
    pages: list[Any]  # QImage per page, rasterised for the preview


def make_report(
    services: Any,
    req: ReportRequest,
    font_path: str | None,
    progress: Callable[..., bool],
    *,
    preview_dpi: int = 80,
) -> ReportResult:
    """Query, build and rasterise; ``progress`` returning False means the user cancelled."""
    from reports import builders as b
    from ui.reports.preview import rasterise
    from ui.shell.tasks import Cancelled

    rd = services.report_data
    today = date.today()
    if not progress(1, 4, "data"):
        raise Cancelled
    if req.kind == "client":
        if req.client_id is None:
            raise ValueError("client")
        data: Any = rd.client_report(
            req.client_id,
            req.start or date(today.year, 1, 1),
            req.end or today,
            project_ids=req.project_ids or None,
            today=today,
        )
        build: Any = b.build_client_report
    elif req.kind in ("project", "acceptance"):
        if req.project_id is None:
            raise ValueError("project")
        if req.kind == "project":
            data, build = (
                rd.project_report(req.project_id, today=today),
                (b.build_project_status_report),
            )
        else:
            data, build = (
                rd.acceptance(req.project_id, today=today),
                (b.build_acceptance_certificate),
            )
    elif req.kind == "invoice":
        if req.invoice_id is None:
            raise ValueError("invoice")
        data, build = rd.invoice(req.invoice_id, today=today), b.build_invoice_pdf
    elif req.kind == "budget":
        data = rd.budget_report(req.period, req.year, req.index, today=today)
        build = b.build_budget_report
    elif req.kind == "risks":
        data, build = rd.risk_register(today=today), b.build_risk_register
    else:
        data = rd.monthly_report(req.year, req.index, today=today)
        build = b.build_monthly_studio_report
    if not progress(2, 4, "pdf"):
        raise Cancelled
    pdf = build(data, lang=req.lang, paper=req.paper, font_path=font_path or None)
    if not progress(3, 4, "preview"):
        raise Cancelled
    pages = rasterise(pdf, preview_dpi)
    progress(4, 4, "")
    return ReportResult(pdf, pages)
