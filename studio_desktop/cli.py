"""`studio-desktop-cli`: the headless door to a studio database, for scripts and batch work."""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import pkgutil
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from types import ModuleType
from typing import Any

from studio_desktop import APP_NAME, __version__
from studio_desktop.paths import resolve_db

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_UNHEALTHY = 3


class CliError(Exception):
    """A failure the user can act on: printed as one clear line, no traceback."""

    def __init__(self, message: str, code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


@contextmanager
def _write_lock(db: Path) -> Iterator[None]:
    """Hold the same lock the window takes, so the CLI never writes under an open window."""
    from studio_desktop.lock import DatabaseLock

    lock = DatabaseLock(db)
    if not lock.try_acquire():
        holder = lock.holder()
        who = f" by process {holder.pid} on {holder.hostname}" if holder else ""
        raise CliError(f"{db} is open{who}. Close Studio Desktop (or that process) and try again.")
    try:
        yield
    finally:
        lock.release()


def _open(db: Path, *, create: bool):  # type: ignore[no-untyped-def]
    from studio_desktop.store import StoreError, open_store

    if not create and not db.exists():
        raise CliError(f"There is no database at {db}. Create one with 'init'.")
    try:
        return open_store(db, create=create, backup_on_open=False)
    except StoreError as exc:
        raise CliError(exc.message) from exc


_INIT_OPTIONS = {"base_currency": "currency", "week_hours": "hours", "language": "language"}


def cmd_init(args: argparse.Namespace) -> int:
    from models.errors import ValidationError
    from models.services import build_services
    from models.services.studio import StudioService
    from studio_desktop.store import close_store

    db: Path = args.db
    db.parent.mkdir(parents=True, exist_ok=True)
    with _write_lock(db):
        store = _open(db, create=True)
        try:
            services = build_services(store.session_factory)
            if services.studio.is_initialised():
                print(f"{db} is already set up as '{services.studio.get().name}'.")
                return EXIT_OK
            defaults = StudioService.defaults_for_locale(args.locale or _system_locale())
            try:
                hours = Decimal(args.hours) if args.hours else defaults.week_hours
            except InvalidOperation:
                raise CliError(f"--hours: '{args.hours}' is not a number.", EXIT_USAGE) from None
            settings = type(defaults)(
                name=args.name,
                base_currency=args.currency or defaults.base_currency,
                language=args.language or defaults.language,
                country=defaults.country,
                week_hours=hours,
            )
            try:
                services.studio.initialise(settings)
            except ValidationError as exc:
                option = _INIT_OPTIONS.get(exc.field, exc.field)
                raise CliError(f"--{option}: {exc.message}", EXIT_USAGE) from exc
        finally:
            close_store(store, backup=False)
    print(f"Created {db} for '{args.name}'.")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from models.demo import generate_demo
    from models.errors import Conflict
    from studio_desktop.store import close_store

    db: Path = args.db
    db.parent.mkdir(parents=True, exist_ok=True)

    def progress(stage: str, done: int, total: int) -> None:
        if not args.quiet:
            print(f"\r{stage}: {done:,}/{total:,}".ljust(60), end="", flush=True)

    with _write_lock(db):
        store = _open(db, create=True)
        try:
            summary = generate_demo(store.engine, args.size, seed=args.seed, progress=progress)
        except Conflict as exc:
            raise CliError(exc.message) from exc
        finally:
            close_store(store, backup=False)
    if not args.quiet:
        print()
    counts = ", ".join(f"{n:,} {table}" for table, n in summary.counts.items() if n)
    print(f"Demo studio ({args.size}) written to {db} in {summary.elapsed_seconds:.1f} s: {counts}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from studio_desktop.store import check_store

    report = check_store(args.db)
    if args.json:
        print(
            json.dumps(
                {
                    "path": str(args.db),
                    "ok": report.ok,
                    "integrity": report.integrity,
                    "foreign_key_problems": report.foreign_key_problems,
                    "revision": report.revision,
                    "head": report.head,
                    "messages": report.messages,
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        print(f"Database:        {args.db}")
        print(f"Integrity:       {report.integrity}")
        print(f"Foreign keys:    {report.foreign_key_problems} problem(s)")
        print(f"Schema revision: {report.revision or '-'} (this version expects {report.head})")
        for message in report.messages:
            print(f"  - {message}")
        print("Healthy." if report.ok else "NOT healthy.")
    return EXIT_OK if report.ok else EXIT_UNHEALTHY


def cmd_backup(args: argparse.Namespace) -> int:
    from studio_desktop.backup import make_backup, thin_backups
    from studio_desktop.store import StoreError

    if not args.db.exists():
        raise CliError(f"There is no database at {args.db}.")
    dest = Path(args.to).expanduser() if args.to else None
    try:
        path = make_backup(args.db, reason="manual", dest=dest)
    except (StoreError, OSError) as exc:
        raise CliError(f"The backup could not be written: {getattr(exc, 'message', exc)}") from exc
    if dest is None:
        thin_backups(args.db)
    print(f"Backup written to {path}")
    return EXIT_OK


def cmd_backups(args: argparse.Namespace) -> int:
    from studio_desktop.backup import list_backups

    entries = list_backups(args.db)
    if not entries:
        print("No backups yet.")
    for b in entries:
        local = b.created_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        print(f"{local}  {b.reason:<14} {b.size_bytes / 1024:>10,.0f} KB  {b.path}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from studio_desktop.backup import restore_backup
    from studio_desktop.store import StoreError

    backup = Path(args.backup).expanduser().resolve()
    if not backup.is_file():
        raise CliError(f"There is no backup file at {backup}.")
    with _write_lock(args.db):
        try:
            safety = restore_backup(args.db, backup)
        except (StoreError, OSError) as exc:
            raise CliError(getattr(exc, "message", str(exc))) from exc
    print(f"Restored {args.db} from {backup}.")
    if safety:
        print(f"The previous content was kept in {safety}.")
    return EXIT_OK


def cmd_install_desktop_entry(args: argparse.Namespace) -> int:
    from studio_desktop.desktop_entry import install_desktop_entry

    explicit = args.db if args.db_given else None
    path = install_desktop_entry(
        explicit, data_home=Path(args.data_home) if args.data_home else None
    )
    print(f"Installed {path}")
    return EXIT_OK


def _system_locale() -> str:
    import locale

    return locale.getlocale()[0] or "en_US"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="studio-desktop-cli",
        description=f"{APP_NAME}: manage a studio database from the command line.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--db", help="database file (default: studio.sqlite3 in the user data folder)"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug details")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("init", help="create and set up a new studio database")
    p.add_argument("--name", required=True, help="the studio's name")
    p.add_argument("--currency", help="base currency, e.g. CNY (default: from the locale)")
    p.add_argument("--language", choices=["en", "zh_CN"], help="the studio's language")
    p.add_argument("--hours", help="working hours per week (default 40)")
    p.add_argument("--locale", help="locale for defaults, e.g. zh_CN")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", help="fill a database with a believable demo studio")
    p.add_argument("--size", choices=["small", "large"], default="small")
    p.add_argument("--seed", type=int, default=20261128, help="random seed (same seed, same data)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress output")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("check", help="integrity and schema version; exit 0 only when healthy")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("backup", help="write a checked backup copy")
    p.add_argument("--to", help="a file or folder to write to (default: the backups folder)")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("backups", help="list the automatic and manual backups")
    p.set_defaults(func=cmd_backups)

    p = sub.add_parser(
        "restore", help="replace the database with a backup (the current file is backed up first)"
    )
    p.add_argument("backup", help="the backup file to restore")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("install-desktop-entry", help="add Studio Desktop to the Linux desktop menu")
    p.add_argument("--data-home", help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_install_desktop_entry)

    groups = CommandGroups(
        top=sub,
        imports=sub.add_parser("import", help="import files other tools export").add_subparsers(
            dest="what", required=True, metavar="WHAT"
        ),
        exports=sub.add_parser(
            "export", help="export lists as CSV, XLSX or iCalendar"
        ).add_subparsers(dest="what", required=True, metavar="WHAT"),
    )
    for module in _command_modules():
        module.register(groups)
    return parser


@dataclass(frozen=True)
class CommandGroups:
    """Where a module's CLI file adds its subcommands (``register(groups)``)."""

    top: argparse._SubParsersAction[argparse.ArgumentParser]
    imports: argparse._SubParsersAction[argparse.ArgumentParser]
    exports: argparse._SubParsersAction[argparse.ArgumentParser]


def _command_modules() -> list[ModuleType]:
    """Every ``studio_desktop/cli_<module>.py``: each module owns its own commands file."""
    import studio_desktop

    names = sorted(
        m.name for m in pkgutil.iter_modules(studio_desktop.__path__) if m.name.startswith("cli_")
    )
    return [importlib.import_module(f"studio_desktop.{name}") for name in names]


def open_services(db: Path):  # type: ignore[no-untyped-def]
    """For module commands: (store, services) over an existing database; close the store after."""
    from models.services import build_services

    store = _open(db, create=False)
    return store, build_services(store.session_factory)


@contextmanager
def services_for(db: Path, *, write: bool = False) -> Iterator[Any]:
    """Services over ``db`` for one command; ``write`` also takes the single-writer lock."""
    from studio_desktop.store import close_store

    with _write_lock(db) if write else nullcontext():
        store, services = open_services(db)
        try:
            yield services
        finally:
            close_store(store, backup=False)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    args.db_given = args.db is not None
    args.db = resolve_db(args.db)
    from studio_desktop.logs import setup_logging

    setup_logging(verbose=args.verbose, to_stderr=True)
    func: Callable[[argparse.Namespace], int] = args.func
    try:
        return func(args)
    except CliError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # the log keeps the traceback; the user gets one line
        from models.errors import DomainError

        if isinstance(exc, DomainError):
            print(f"error: {exc.message}", file=sys.stderr)
            return EXIT_FAILED
        log.exception("unexpected error in %s", args.command)
        print(
            f"error: unexpected {type(exc).__name__}: {exc} (details in the log)", file=sys.stderr
        )
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
