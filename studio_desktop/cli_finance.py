"""CLI: `import time|expenses FILE` and `export time|expenses|budget --format csv|xlsx`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from studio_desktop.cli import EXIT_OK, CliError, CommandGroups, services_for


def _read(path: str) -> bytes:
    file = Path(path).expanduser()
    if not file.is_file():
        raise CliError(f"There is no file at {file}.")
    return file.read_bytes()


def _names(label: str, names: tuple[str, ...]) -> None:
    if names:
        print(f"  new {label}: {', '.join(names)}")


def cmd_import_time(args: argparse.Namespace) -> int:
    from models.errors import ValidationError
    from models.services.finance_io import parse_time

    data = _read(args.file)
    try:
        rows = parse_time(data, args.format)
    except ValidationError as exc:
        raise CliError(f"{args.file}: {exc.message} Nothing was imported.") from exc
    with services_for(args.db, write=not args.dry_run) as services:
        preview = services.finance_io.preview_time(rows)
        hours = preview.minutes / 60
        print(f"{preview.rows} time entries, {hours:,.2f} hours in {args.file}")
        _names("clients", preview.new_clients)
        _names("projects", preview.new_projects)
        _names("people", preview.new_people)
        if args.dry_run:
            print("Dry run: nothing was written.")
            return EXIT_OK
        count = services.finance_io.import_time(rows)
    print(f"Imported {count} time entries.")
    return EXIT_OK


def cmd_import_expenses(args: argparse.Namespace) -> int:
    from models.errors import ValidationError
    from models.services.finance_io import parse_expenses

    data = _read(args.file)
    with services_for(args.db, write=not args.dry_run) as services:
        base = services.studio.get().base_currency
        try:
            rows = parse_expenses(data, base)
        except ValidationError as exc:
            raise CliError(f"{args.file}: {exc.message} Nothing was imported.") from exc
        preview = services.finance_io.preview_expenses(rows)
        print(f"{preview.rows} expenses in {args.file}")
        _names("categories", preview.unknown_categories)
        _names("projects", preview.new_projects)
        if args.dry_run:
            print("Dry run: nothing was written.")
            return EXIT_OK
        count = services.finance_io.import_expenses(rows)
    print(f"Imported {count} expenses.")
    return EXIT_OK


def _export(what: str) -> Any:
    def run(args: argparse.Namespace) -> int:
        out = Path(args.out).expanduser()
        fmt = args.format or (out.suffix.lstrip(".").lower() or "csv")
        if fmt not in ("csv", "xlsx"):
            raise CliError("--format: choose csv or xlsx.", 2)
        with services_for(args.db) as services:
            count = services.finance_io.export(what, fmt, out)
        print(f"Wrote {count} rows to {out}")
        return EXIT_OK

    return run


def register(groups: CommandGroups) -> None:
    p = groups.imports.add_parser(
        "time", help="time entries from Toggl, Harvest, Kimai or a generic CSV"
    )
    p.add_argument("file")
    p.add_argument("--format", choices=["toggl", "harvest", "kimai", "generic"], default="generic")
    p.add_argument("--dry-run", action="store_true", help="show what would be imported")
    p.set_defaults(func=cmd_import_time)

    p = groups.imports.add_parser("expenses", help="expenses from a generic CSV")
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true", help="show what would be imported")
    p.set_defaults(func=cmd_import_expenses)

    for what, text in (
        ("time", "time entries with their labour cost"),
        ("expenses", "expenses with base-currency amounts"),
        ("budget", "the studio budget per category and month"),
    ):
        p = groups.exports.add_parser(what, help=text)
        p.add_argument("--format", choices=["csv", "xlsx"])
        p.add_argument("--out", required=True, help="the file to write")
        p.set_defaults(func=_export(what))
