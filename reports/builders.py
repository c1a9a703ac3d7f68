"""Every report builder in one place, so callers import one module (ReportLab loads here)."""

from __future__ import annotations

from reports.client import (
    build_acceptance_certificate,
    build_client_report,
    build_project_status_report,
)
from reports.finance import build_budget_report, build_invoice_pdf
from reports.studio import build_monthly_studio_report, build_risk_register

__all__ = [
    "build_acceptance_certificate",
    "build_budget_report",
    "build_client_report",
    "build_invoice_pdf",
    "build_monthly_studio_report",
    "build_project_status_report",
    "build_risk_register",
]
