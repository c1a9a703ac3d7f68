"""CLI commands of the CRM: `import contacts FILE [--dry-run]`, `export clients|contacts`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from studio_desktop.cli import EXIT_OK, CliError, services_for


def cmd_import_contacts(args: argparse.Namespace) -> int:
    from models.errors import ValidationError

    path = Path(args.file)
    with services_for(args.db, write=not args.dry_run) as services:
        try:
            if args.dry_run:
                p = services.crm.imports.preview(path)
                for row in p.rows:
                    print(
                        f"line {row.line}: client {row.client} ({row.client_action}), "
                        f"contact {row.contact or '-'} ({row.contact_action})"
                    )
                print(
                    f"{p.format_label}, {p.encoding}: would create {p.new_clients} clients "
                    f"and {p.new_contacts} contacts; {p.matched_clients} clients and "
                    f"{p.matched_contacts} contacts already exist. Nothing was written."
                )
                return EXIT_OK
            r = services.crm.imports.run(path)
        except ValidationError as exc:
            raise CliError(f"{path}: {exc.message} Nothing was imported.") from exc
    print(
        f"Imported {r.created_contacts} new contacts and {r.created_clients} new clients "
        f"({r.matched_clients} clients and {r.matched_contacts} contacts matched)."
    )
    return EXIT_OK


def _export(args: argparse.Namespace, what: str) -> int:
    out = Path(args.out)
    fmt = args.format or out.suffix.lower().lstrip(".") or "csv"
    if fmt not in ("csv", "xlsx"):
        raise CliError("--format must be csv or xlsx.", 2)
    with services_for(args.db) as services:
        exports: Any = services.crm.exports
        if what == "clients":
            from models.services.clients import ClientQuery

            n = exports.export_clients(
                out, fmt, ClientQuery(search=args.search, include_archived=args.archived)
            )
        else:
            n = exports.export_contacts(out, fmt, args.search)
    print(f"Wrote {n} {what} to {out}.")
    return EXIT_OK


def register(groups: Any) -> None:
    p = groups.imports.add_parser(
        "contacts",
        help="import Google/Outlook CSV, vCard or a generic CSV (client,name,role,phone,email)",
    )
    p.add_argument("file", help="the .csv or .vcf file")
    p.add_argument("--dry-run", action="store_true", help="show what would happen, write nothing")
    p.set_defaults(func=cmd_import_contacts)

    for what in ("clients", "contacts"):
        p = groups.exports.add_parser(what, help=f"export the {what} list as CSV or XLSX")
        p.add_argument("--format", choices=["csv", "xlsx"], help="default: from --out")
        p.add_argument("--out", required=True, help="the file to write")
        p.add_argument("--search", default="", help="only rows matching this text")
        if what == "clients":
            p.add_argument("--archived", action="store_true", help="include archived clients")
        p.set_defaults(func=lambda a, w=what: _export(a, w))
