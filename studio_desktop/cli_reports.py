"""`studio-desktop-cli report ...`: the same PDFs as the Reports page, headless, for batch runs."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from studio_desktop.cli import CliError, CommandGroups, services_for

KINDS = ("client", "project", "invoice", "acceptance", "budget", "risks", "monthly")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date such as 2026-03-31") from None


def register(groups: CommandGroups) -> None:
    p = groups.top.add_parser("report", help="write a report as PDF (English, Chinese or both)")
    sub = p.add_subparsers(dest="report", required=True, metavar="REPORT")

    def common(q: argparse.ArgumentParser) -> None:
        q.add_argument(
            "--lang",
            choices=("en", "zh", "both"),
            help="language (default: the client's report language, else en)",
        )
        q.add_argument("--out", required=True, type=Path, help="the PDF file to write")
        q.add_argument("--paper", choices=("a4", "letter"), default="a4")
        q.add_argument("--font", help="a TrueType CJK font file (default: the chosen or found one)")
        q.set_defaults(func=cmd_report)  # fmt: skip

    q = sub.add_parser("client", help="a client's projects, money, risks and sign-off")
    q.add_argument("--client", required=True, help="client id or exact name")
    q.add_argument("--from", dest="start", type=_date, help="period start (default: 1 Jan)")
    q.add_argument("--to", dest="end", type=_date, help="period end (default: today)")
    q.add_argument("--projects", help="comma-separated project ids or codes (default: all)")
    common(q)
    for name, text in (("project", "a project status report"),
                       ("acceptance", "an acceptance certificate")):  # fmt: skip
        q = sub.add_parser(name, help=text)
        q.add_argument("--project", required=True, help="project id or code")
        common(q)
    q = sub.add_parser("invoice", help="an invoice (人民币大写 in Chinese)")
    q.add_argument("--invoice", required=True, help="invoice id or number")
    common(q)
    q = sub.add_parser("budget", help="the studio's budget against actuals")
    q.add_argument("--period", choices=("month", "quarter", "year"), default="quarter")
    q.add_argument("--year", type=int, default=date.today().year)
    q.add_argument("--index", type=int, default=1, help="month 1-12 or quarter 1-4")
    common(q)
    q = sub.add_parser("risks", help="the risk register with its heat map")
    q.add_argument("--open-only", action="store_true", help="leave closed risks out")
    common(q)
    q = sub.add_parser("monthly", help="the monthly studio report: KPIs against targets")
    q.add_argument("--year", type=int, default=date.today().year)
    q.add_argument("--month", type=int, default=date.today().month)
    common(q)


def build_report(services: Any, args: argparse.Namespace) -> tuple[Any, Any, str]:
    """(builder, data, language) for the parsed arguments."""
    from reports import builders as b

    rd = services.report_data
    kind = args.report
    today = date.today()
    lang = args.lang
    if kind == "client":
        cid = rd.find("client", args.client)
        start = args.start or date(today.year, 1, 1)
        end = args.end or today
        ids = None
        if args.projects:
            ids = [rd.find("project", t) for t in args.projects.split(",") if t.strip()]
        data = rd.client_report(cid, start, end, project_ids=ids, today=today)
        return b.build_client_report, data, lang or rd.language_for("client", cid).value
    if kind in ("project", "acceptance"):
        pid = rd.find("project", args.project)
        lang = lang or rd.language_for("project", pid).value
        if kind == "project":
            return b.build_project_status_report, rd.project_report(pid, today=today), lang
        return b.build_acceptance_certificate, rd.acceptance(pid, today=today), lang
    if kind == "invoice":
        iid = rd.find("invoice", args.invoice)
        lang = lang or rd.language_for("invoice", iid).value
        return b.build_invoice_pdf, rd.invoice(iid, today=today), lang
    if kind == "budget":
        data = rd.budget_report(args.period, args.year, args.index, today=today)
        return b.build_budget_report, data, lang or "en"
    if kind == "risks":
        data = rd.risk_register(today=today, include_closed=not args.open_only)
        return b.build_risk_register, data, lang or "en"
    data = rd.monthly_report(args.year, args.month, today=today)
    return b.build_monthly_studio_report, data, lang or "en"


def cmd_report(args: argparse.Namespace) -> int:
    from reports.fonts import CjkFontError

    with services_for(args.db) as services:
        builder, data, lang = build_report(services, args)
        font = args.font or services.report_data.font_path() or None
    args.out.parent.mkdir(parents=True, exist_ok=True)
    try:
        pdf = builder(data, args.out, lang=lang, paper=args.paper, font_path=font)
    except CjkFontError as exc:
        raise CliError(exc.message) from exc
    except OSError as exc:
        raise CliError(f"Could not write {args.out}: {exc.strerror or exc}") from exc
    print(f"{args.out} ({len(pdf):,} bytes, {lang})")
    return 0
