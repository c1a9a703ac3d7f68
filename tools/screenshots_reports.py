"""Screenshots of the Reports page (en, zh_CN) and every report rendered to PNG in en/zh/both.

Usage: xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tools/screenshots_reports.py
       [--out screenshots] [--pdf-out /tmp/report-pngs] [--large bench-data/large.sqlite3]
The page shots go to <out>/<lang>/reports-*.png; first pages of each report to
<out>/reports/; every page of every report (pdftoppm, 70 dpi) to --pdf-out.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
from datetime import date
from pathlib import Path

import shots
from shots import ROOT, save

shots.bootstrap()


def open_services(db: Path):  # type: ignore[no-untyped-def]
    from models.services import build_services
    from studio_desktop.db import make_engine, make_session_factory

    return build_services(make_session_factory(make_engine(db)))


def busiest_client(services, target: int = 100) -> int:  # type: ignore[no-untyped-def]
    """The client whose project count is nearest ``target`` (the small demo: its busiest)."""
    counts: dict[int, int] = {}
    for p in services.report_data.projects(limit=1_000_000):
        counts[p.client_id] = counts.get(p.client_id, 0) + 1
    return min(counts, key=lambda c: (abs(counts[c] - target), -counts[c]))


def shoot_page(services, lang: str, out: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.reports.page import ReportsPage
    from ui.shell.changes import DataChanges
    from ui.shell.tasks import TaskRunner

    tasks = TaskRunner()
    page = ReportsPage(services, DataChanges(), tasks=tasks)
    page.resize(1400, 900)
    page.show()
    client = busiest_client(services)
    for shot, kind in (("reports-client", "client"), ("reports-invoice", "invoice"),
                       ("reports-monthly", "monthly")):  # fmt: skip
        page.kind.setCurrentIndex(page.kind.findData(kind))
        page.client.setCurrentIndex(max(0, page.client.findData(client)))
        page.generate()
        while page.result is None and page.error.isHidden():
            shots.pump(1)
            tasks.wait(50)
        save(page, out / lang / f"{shot}.png")
    page.close()


def render_reports(services, client_id: int, tag: str, out: Path, first: Path) -> None:  # type: ignore[no-untyped-def]
    from reports import builders as b

    rd = services.report_data
    today = date.today()
    project = rd.projects(client_id)[0].id
    invoice = (rd.invoices(client_id) or rd.invoices())[0].id
    jobs = {
        "client": (b.build_client_report,
                   rd.client_report(client_id, date(today.year - 2, 1, 1), today, today=today)),
        "project": (b.build_project_status_report, rd.project_report(project, today=today)),
        "acceptance": (b.build_acceptance_certificate, rd.acceptance(project, today=today)),
        "invoice": (b.build_invoice_pdf, rd.invoice(invoice, today=today)),
        "budget": (b.build_budget_report, rd.budget_report("quarter", today.year, 1, today=today)),
        "risks": (b.build_risk_register, rd.risk_register(today=today)),
        "monthly": (b.build_monthly_studio_report,
                    rd.monthly_report(today.year, today.month, today=today)),
    }  # fmt: skip
    out.mkdir(parents=True, exist_ok=True)
    first.mkdir(parents=True, exist_ok=True)
    for name, (build, data) in jobs.items():
        for lang in ("en", "zh", "both"):
            pdf = out / f"{tag}-{name}-{lang}.pdf"
            build(data, pdf, lang=lang)
            if shutil.which("pdftoppm"):
                subprocess.run(["pdftoppm", "-r", "70", "-png", str(pdf), str(pdf.with_suffix(""))],
                               check=True)  # fmt: skip
                target = str(first / f"{tag}-{name}-{lang}")
                subprocess.run(["pdftoppm", "-r", "70", "-png", "-singlefile", "-f", "1",
                                str(pdf), target], check=True)  # fmt: skip
            print(f"rendered {pdf}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--pdf-out", type=Path, default=Path(tempfile.gettempdir()) / "report-pngs")
    parser.add_argument("--large", type=Path, default=ROOT / "bench-data" / "large.sqlite3")
    args = parser.parse_args()
    app = shots.application()
    with tempfile.TemporaryDirectory() as tmp:
        services = shots.demo_services(Path(tmp) / "small.sqlite3")
        for lang in shots.LANGUAGES:
            with shots.with_language(app, lang):
                shoot_page(services, lang, args.out)
        render_reports(services, busiest_client(services), "small", args.pdf_out,
                       args.out / "reports")  # fmt: skip
    if args.large.exists():
        large = open_services(args.large)
        render_reports(large, busiest_client(large), "large", args.pdf_out, args.out / "reports")


if __name__ == "__main__":
    main()
