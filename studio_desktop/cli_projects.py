"""`export projects --format csv|xlsx --out FILE`: every project with its stage and status."""

from __future__ import annotations

import argparse
from pathlib import Path

from studio_desktop.cli import CliError, CommandGroups, services_for


def register(groups: CommandGroups) -> None:
    p = groups.exports.add_parser("projects", help="every project as CSV (UTF-8 BOM) or XLSX")
    p.add_argument("--format", choices=("csv", "xlsx"), default="csv")
    p.add_argument("--out", required=True, type=Path, help="the file to write")
    p.add_argument("--archived", action="store_true", help="include archived projects")
    p.set_defaults(func=cmd_export_projects)


def cmd_export_projects(args: argparse.Namespace) -> int:
    from models.errors import DomainError
    from models.services.projects_data import ProjectFilter

    with services_for(args.db) as sv:
        try:
            n = sv.projects.export(
                args.out, args.format, ProjectFilter(include_archived=args.archived)
            )
        except DomainError as exc:
            raise CliError(exc.message) from None
    print(f"wrote {n} project(s) to {args.out}")
    return 0
