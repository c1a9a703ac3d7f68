"""CLI: `export invoices`, `invoice aging`, `invoice record-payment`, `invoice credit-note`."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from studio_desktop.cli import EXIT_OK, CliError, CommandGroups, services_for


def _day(text: str | None, flag: str) -> date:
    if not text:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CliError(f"{flag}: enter a date such as 2026-04-30.", 2) from None


def cmd_export(args: argparse.Namespace) -> int:
    from models.errors import DomainError
    from models.services.invoicing_reports import export_invoices

    out = Path(args.out).expanduser()
    fmt = args.format or (out.suffix.lstrip(".").lower() or "csv")
    if fmt not in ("csv", "xlsx"):
        raise CliError("--format: choose csv or xlsx.", 2)
    with services_for(args.db) as services:
        try:
            count = export_invoices(services.invoice_reports, out, fmt)
        except DomainError as exc:
            raise CliError(exc.message) from exc
    print(f"Wrote {count} invoices to {out}")
    return EXIT_OK


def cmd_aging(args: argparse.Namespace) -> int:
    from models.money import format_minor

    as_of = _day(args.as_of, "--as-of")
    with services_for(args.db) as services:
        rows = services.invoice_reports.aging(as_of)
    heads = ("client", "cur", "not due", "0-30", "31-60", "61-90", "90+", "total")
    print(f"Receivables aging as of {as_of.isoformat()}")
    print(f"{heads[0]:<32}{heads[1]:<5}" + "".join(f"{h:>16}" for h in heads[2:]))
    for r in rows:
        values = (r.not_due, r.d0_30, r.d31_60, r.d61_90, r.d90_plus, r.total)
        money = "".join(f"{format_minor(v, r.currency):>16}" for v in values)
        print(f"{r.client_name[:31]:<32}{r.currency:<5}{money}")
    if not rows:
        print("Nothing is owed.")
    return EXIT_OK


def _amount(text: str, currency: str) -> int:
    from models.errors import ValidationError
    from models.money import to_minor

    try:
        return to_minor(text, currency)
    except ValidationError as exc:
        raise CliError(f"--amount: {exc.message}", 2) from exc


def cmd_record_payment(args: argparse.Namespace) -> int:
    from models.enums import PaymentMethod
    from models.errors import DomainError
    from models.money import format_minor

    with services_for(args.db, write=True) as services:
        try:
            inv = services.invoices.get(services.invoices.find(args.number))
            view = services.invoices.record_payment(
                inv.id,
                received_on=_day(args.on, "--on"),
                amount_minor=_amount(args.amount, inv.currency),
                method=PaymentMethod(args.method),
                reference=args.reference or "",
                fx_rate=args.rate,
            )
        except DomainError as exc:
            raise CliError(f"{args.number}: {exc.message} Nothing was recorded.") from exc
    owed = format_minor(view.outstanding_minor, view.currency)
    print(f"Recorded on {view.number}; still owed {owed} ({view.status.value}).")
    return EXIT_OK


def cmd_credit_note(args: argparse.Namespace) -> int:
    from models.errors import DomainError
    from models.money import format_minor

    with services_for(args.db, write=True) as services:
        try:
            inv = services.invoices.get(services.invoices.find(args.number))
            view = services.invoices.issue_credit_note(
                inv.id,
                issued_on=_day(args.on, "--on"),
                amount_minor=_amount(args.amount, inv.currency),
                reason=args.reason,
                release_billed=args.release,
            )
        except DomainError as exc:
            raise CliError(f"{args.number}: {exc.message} Nothing was recorded.") from exc
    note = view.credit_notes[-1]
    owed = format_minor(view.outstanding_minor, view.currency)
    print(f"Credit note {note.number} on {view.number}; still owed {owed}.")
    return EXIT_OK


def register(groups: CommandGroups) -> None:
    from models.enums import PaymentMethod

    p = groups.exports.add_parser("invoices", help="every invoice with paid and outstanding")
    p.add_argument("--format", choices=["csv", "xlsx"])
    p.add_argument("--out", required=True, help="the file to write")
    p.set_defaults(func=cmd_export)

    inv = groups.top.add_parser("invoice", help="receivables aging, payments, credit notes")
    sub = inv.add_subparsers(dest="invoice_command", required=True)
    p = sub.add_parser("aging", help="what clients owe by days past due")
    p.add_argument("--as-of", help="the day to age to (default today)")
    p.set_defaults(func=cmd_aging)

    p = sub.add_parser("record-payment", help="record a (partial) payment on an invoice")
    p.add_argument("number", help="the invoice number, e.g. INV-2026-00012")
    p.add_argument("--amount", required=True, help="e.g. 1200.50")
    p.add_argument("--on", help="the day it was received (default today)")
    p.add_argument("--method", choices=[m.value for m in PaymentMethod], default="bank_transfer")
    p.add_argument("--reference")
    p.add_argument(
        "--rate", help="for a foreign-currency invoice: 1 unit in the base currency, e.g. 7.2"
    )
    p.set_defaults(func=cmd_record_payment)

    p = sub.add_parser("credit-note", help="issue a credit note against what is owed")
    p.add_argument("number")
    p.add_argument("--amount", required=True)
    p.add_argument("--reason", required=True)
    p.add_argument("--on", help="the day of the credit note (default today)")
    p.add_argument("--release", action="store_true", help="release the billed time and expenses")
    p.set_defaults(func=cmd_credit_note)
