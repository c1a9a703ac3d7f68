"""`kpi` and `risks list` commands: the dashboard's figures and the register, for scripts."""

from __future__ import annotations

import argparse
import json
from datetime import date
from decimal import Decimal
from typing import Any

from models.money import Money


def register(groups: Any) -> None:
    kpi = groups.top.add_parser("kpi", help="print the dashboard's KPIs for a period")
    kpi.add_argument(
        "--period",
        default="",
        help="2026-Q3, 2026-11, 2026 or 2026-01-01..2026-03-31 (default: this month)",
    )
    kpi.add_argument("--json", action="store_true", help="print JSON instead of a table")
    kpi.set_defaults(func=_kpi)
    risks = groups.top.add_parser("risks", help="the risk register")
    sub = risks.add_subparsers(dest="risks_command", required=True)
    lst = sub.add_parser("list", help="list open risks, highest score first")
    lst.add_argument("--all", action="store_true", help="include closed risks")
    lst.add_argument("--json", action="store_true", help="print JSON")
    lst.set_defaults(func=_risks_list)


def _plain(value: Any) -> Any:
    if isinstance(value, Money):
        return {"amount": str(value.amount), "currency": value.currency}
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def _text(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, Money):
        return value.format()
    return str(value)


def _kpi(args: argparse.Namespace) -> int:
    from models.errors import ValidationError
    from models.services.kpi_period import Period, PeriodKind, parse_period
    from studio_desktop.cli import CliError, services_for

    try:
        period = (
            parse_period(args.period)
            if args.period
            else Period.containing(PeriodKind.MONTH, date.today())
        )
    except ValidationError as exc:
        raise CliError(exc.message) from None
    with services_for(args.db) as services:
        board = services.kpi.board(period)
    if args.json:
        out = {
            "period": period.label,
            "start": period.start.isoformat(),
            "end": period.end.isoformat(),
            "previous": board.previous.label,
            "last_year": board.last_year.label,
            "kpis": [
                {
                    "code": k.code,
                    "name": k.definition.name,
                    "unit": k.unit,
                    "value": _plain(k.value),
                    "previous": _plain(k.previous),
                    "last_year": _plain(k.last_year),
                    "target": _plain(k.target),
                    "warning": _plain(k.warning),
                    "status": k.status,
                }
                for k in board.kpis
            ],
        }
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    print(f"KPIs {period.label} ({period.start} .. {period.end})")
    header = ("KPI", "Value", board.previous.label, board.last_year.label, "Target", "Status")
    rows = [
        (
            k.definition.name,
            _text(k.value),
            _text(k.previous),
            _text(k.last_year),
            _text(k.target),
            k.status,
        )
        for k in board.kpis
    ]
    widths = [max(len(str(r[i])) for r in (header, *rows)) for i in range(len(header))]
    for r in (header, *rows):
        print("  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)))
    return 0


def _risks_list(args: argparse.Namespace) -> int:
    from models.services.risks import RiskScope
    from studio_desktop.cli import services_for

    with services_for(args.db) as services:
        risks = services.risks.list(RiskScope(include_closed=args.all))
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "id": r.id,
                        "title": r.title,
                        "project": r.project_code,
                        "probability": r.probability,
                        "impact": r.impact,
                        "score": r.score,
                        "expected_cost": _plain(r.expected_cost),
                        "status": r.status.value,
                        "next_review_on": _plain(r.next_review_on),
                    }
                    for r in risks
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    for r in risks:
        print(
            f"{r.score:>3}  P{r.probability}×I{r.impact}  {r.status.value:<10} "
            f"{(r.project_code or 'studio'):<12} {r.title}  (expected {r.expected_cost.format()})"
        )
    return 0
