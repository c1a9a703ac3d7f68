"""`export schedule` (iCalendar), `export allocations` (CSV/XLSX) and `holidays import`."""

from __future__ import annotations

import argparse
from pathlib import Path

from studio_desktop.cli import CliError, CommandGroups, services_for


def register(groups: CommandGroups) -> None:
    p = groups.exports.add_parser(
        "schedule", help="allocations and equipment bookings as iCalendar (.ics)"
    )
    p.add_argument("--format", choices=("ics",), default="ics")
    p.add_argument("--out", required=True, type=Path, help="the .ics file to write")
    who = p.add_mutually_exclusive_group()
    who.add_argument("--person", help="only this person's allocations (exact name)")
    who.add_argument("--equipment", help="only this equipment's bookings (exact name)")
    p.set_defaults(func=cmd_export_schedule)

    p = groups.exports.add_parser("allocations", help="every allocation as CSV or XLSX")
    p.add_argument("--format", choices=("csv", "xlsx"), default="csv")
    p.add_argument("--out", required=True, type=Path, help="the file to write")
    p.set_defaults(func=cmd_export_allocations)

    p = groups.top.add_parser("holidays", help="public holidays for the studio's country")
    sub = p.add_subparsers(dest="holidays", required=True, metavar="ACTION")
    q = sub.add_parser("import", help="add a year's public holidays and make-up working days")
    q.add_argument("--year", type=int, required=True)
    q.add_argument("--country", help="ISO country code (default: the studio's country)")
    q.set_defaults(func=cmd_holidays_import)


def cmd_export_schedule(args: argparse.Namespace) -> int:
    from models.errors import DomainError

    with services_for(args.db) as sv:
        person_id = equipment_id = None
        if args.person:
            person_id = sv.people.find_by_name(args.person)
            if person_id is None:
                raise CliError(f"No person is called '{args.person}'.")
        if args.equipment:
            equipment_id = sv.equipment.find_by_name(args.equipment)
            if equipment_id is None:
                raise CliError(f"No equipment is called '{args.equipment}'.")
        try:
            data = sv.schedule_export.ics(person_id=person_id, equipment_id=equipment_id)
        except DomainError as exc:
            raise CliError(exc.message) from None
    try:
        args.out.write_bytes(data)
    except OSError as exc:
        raise CliError(f"Could not write {args.out}: {exc.strerror}") from None
    events = data.count(b"BEGIN:VEVENT")
    print(f"wrote {events} event(s) to {args.out}")
    return 0


def cmd_export_allocations(args: argparse.Namespace) -> int:
    with services_for(args.db) as sv:
        try:
            n = sv.schedule_export.export_allocations(args.out, args.format)
        except OSError as exc:
            raise CliError(f"Could not write {args.out}: {exc.strerror}") from None
    print(f"wrote {n} allocation(s) to {args.out}")
    return 0


def cmd_holidays_import(args: argparse.Namespace) -> int:
    from models.errors import DomainError

    with services_for(args.db, write=True) as sv:
        try:
            n = sv.holidays.import_year(args.year, args.country)
        except DomainError as exc:
            raise CliError(exc.message) from None
    print(f"added {n} day(s) for {args.year}")
    return 0
