"""Import time (Toggl, Harvest, Kimai, generic CSV) and expenses; export time/expenses/budget.

Generic time CSV (UTF-8, header row, column names case-insensitive):
    date (YYYY-MM-DD), person, project, hours (1.5 or 1:30); optional client, task,
    billable (yes/no/true/false/1/0, default yes), note.
Generic expenses CSV:
    date, category, amount (incl. tax); optional vendor, project (code or name, empty for
    studio overhead), tax, currency (default the base currency), fx_rate (default 1),
    billable, paid_by, receipt, note.

Every import parses and checks the whole file first; a bad row raises ValidationError naming
its line and nothing is written. Clients, projects and people are matched by name (projects
also by code); missing ones are listed in the preview and created in the same transaction.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.entities import (
    Client,
    Expense,
    ExpenseCategory,
    Person,
    Project,
    Studio,
    StudioBudget,
    TimeEntry,
)
from models.errors import ValidationError
from models.money import from_minor, to_minor, validate_currency
from models.services.base import UnitOfWork
from models.services.finance_expenses import base_amount, parse_rate
from models.services.finance_time import entry_cost, parse_hours
from models.services.numbering import next_code
from models.text import search_key


class TimeFormat(StrEnum):
    TOGGL = "toggl"
    HARVEST = "harvest"
    KIMAI = "kimai"
    GENERIC = "generic"


@dataclass(frozen=True, slots=True)
class ParsedTime:
    line: int
    work_date: date
    person: str
    client: str
    project: str
    minutes: int
    billable: bool
    note: str


@dataclass(frozen=True, slots=True)
class ParsedExpense:
    line: int
    spent_on: date
    category: str
    vendor: str
    project: str
    amount_minor: int
    tax_minor: int
    currency: str
    fx_rate: Decimal
    billable: bool
    paid_by: str
    receipt: str
    note: str


@dataclass(frozen=True)
class ImportPreview:
    rows: int
    minutes: int
    new_clients: tuple[str, ...] = ()
    new_projects: tuple[str, ...] = ()
    new_people: tuple[str, ...] = ()
    amount_minor: int = 0
    unknown_categories: tuple[str, ...] = field(default_factory=tuple)


def _err(line: int, message: str) -> ValidationError:
    return ValidationError("file", f"Line {line}: {message}")


def _read_csv(data: bytes | str) -> list[tuple[int, dict[str, str]]]:
    text = data.decode("utf-8-sig") if isinstance(data, bytes) else data.lstrip("\ufeff")
    try:
        sample = text[:4096]
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t") if sample else csv.excel
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        header = next(reader)
    except StopIteration:
        raise _err(1, "the file is empty.") from None
    keys = [h.strip().lower() for h in header]
    rows: list[tuple[int, dict[str, str]]] = []
    try:
        for record in reader:
            line = reader.line_num
            if not any(c.strip() for c in record):
                continue
            if len(record) > len(keys):
                raise _err(line, f"{len(record)} values but the header has {len(keys)} columns.")
            rows.append((line, {k: v.strip() for k, v in zip(keys, record, strict=False)}))
    except csv.Error as exc:
        raise _err(reader.line_num, f"not valid CSV ({exc}).") from None
    return rows


def _need(row: dict[str, str], line: int, *names: str) -> str:
    for n in names:
        if n in row and row[n] != "":
            return row[n]
    raise _err(line, f"the column '{names[0]}' is missing or empty.")


def _date(text: str, line: int) -> date:
    for fmt in ("%Y-%m-%d", "%Y/%m/%d", "%d.%m.%Y", "%m/%d/%Y"):
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise _err(line, f"'{text}' is not a date such as 2026-03-31.")


def _bool(text: str, line: int, default: bool = True) -> bool:
    t = text.strip().lower()
    if t == "":
        return default
    if t in {"yes", "y", "true", "1", "是"}:
        return True
    if t in {"no", "n", "false", "0", "否"}:
        return False
    raise _err(line, f"'{text}' is not yes or no.")


def _minutes(text: str, line: int) -> int:
    try:
        minutes = parse_hours(text)
    except ValidationError as exc:
        raise _err(line, exc.message) from None
    if minutes < 1:
        raise _err(line, "the hours must be more than zero.")
    return minutes


def parse_time(data: bytes | str, fmt: TimeFormat | str) -> list[ParsedTime]:
    fmt = TimeFormat(fmt)
    out: list[ParsedTime] = []
    for line, r in _read_csv(data):
        if fmt is TimeFormat.TOGGL:
            # Toggl Track detailed report: User, Email, Client, Project, Task, Description,
            # Billable, Start date, Start time, End date, End time, Duration, Tags, ...
            day = _date(_need(r, line, "start date"), line)
            person = _need(r, line, "user", "member")
            client, project = r.get("client", ""), _need(r, line, "project")
            minutes = _minutes(_need(r, line, "duration"), line)
            billable = _bool(r.get("billable", ""), line)
            note = r.get("description", "")
        elif fmt is TimeFormat.HARVEST:
            # Harvest detailed time report: Date, Client, Project, Project Code, Task, Notes,
            # Hours, Hours Rounded, Billable?, Invoiced?, Approved?, First Name, Last Name, ...
            day = _date(_need(r, line, "date"), line)
            person = " ".join(
                p for p in (r.get("first name", ""), r.get("last name", "")) if p
            ) or _need(r, line, "first name")
            client, project = r.get("client", ""), _need(r, line, "project")
            minutes = _minutes(_need(r, line, "hours"), line)
            billable = _bool(r.get("billable?", ""), line)
            note = r.get("notes", "")
        elif fmt is TimeFormat.KIMAI:
            # Kimai timesheet export: Date, From, To, Duration, Rate, User, Customer, Project,
            # Activity, Description, Exported, Tags, ...
            day = _date(_need(r, line, "date"), line)
            person = _need(r, line, "user", "username")
            client, project = r.get("customer", ""), _need(r, line, "project")
            minutes = _minutes(_need(r, line, "duration"), line)
            billable = _bool(r.get("billable", ""), line)
            activity = r.get("activity", "")
            desc = r.get("description", "")
            note = f"{activity}: {desc}" if activity and desc else activity or desc
        else:
            day = _date(_need(r, line, "date"), line)
            person = _need(r, line, "person")
            client, project = r.get("client", ""), _need(r, line, "project")
            minutes = _minutes(_need(r, line, "hours"), line)
            billable = _bool(r.get("billable", ""), line)
            note = r.get("note", "")
        out.append(ParsedTime(line, day, person, client, project, minutes, billable, note))
    if not out:
        raise _err(2, "the file has no rows.")
    return out


def parse_expenses(data: bytes | str, base_currency: str) -> list[ParsedExpense]:
    out: list[ParsedExpense] = []
    for line, r in _read_csv(data):
        try:
            currency = validate_currency(r.get("currency") or base_currency)
            amount = to_minor(_need(r, line, "amount"), currency)
            tax = to_minor(r.get("tax") or "0", currency)
            rate = parse_rate(r.get("fx_rate") or "1")
        except ValidationError as exc:
            raise _err(line, exc.message) from None
        if amount < 0 or tax < 0 or tax > amount:
            raise _err(line, "the amount and tax must be positive and the tax within the amount.")
        if currency == base_currency and rate != 1:
            raise _err(line, "an expense in the base currency has a rate of 1.")
        out.append(
            ParsedExpense(
                line,
                _date(_need(r, line, "date"), line),
                _need(r, line, "category"),
                r.get("vendor", ""),
                r.get("project", ""),
                amount,
                tax,
                currency,
                rate,
                _bool(r.get("billable", ""), line, default=False),
                r.get("paid_by", ""),
                r.get("receipt", ""),
                r.get("note", ""),
            )
        )
    if not out:
        raise _err(2, "the file has no rows.")
    return out


class _Matcher:
    """Finds clients, projects and people by name (projects also by code); creates on demand."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self.people = {search_key(n): i for i, n in s.execute(select(Person.id, Person.name))}
        self.clients = {k: i for i, k in s.execute(select(Client.id, Client.name_key))}
        self.projects: dict[str, int] = {}
        for i, code, name in s.execute(select(Project.id, Project.code, Project.name)):
            self.projects.setdefault(search_key(name), i)
            self.projects[search_key(code)] = i
        self.new_people: dict[str, str] = {}
        self.new_clients: dict[str, str] = {}
        self.new_projects: dict[str, str] = {}

    def plan(self, rows: list[ParsedTime]) -> None:
        for r in rows:
            if search_key(r.person) not in self.people:
                self.new_people.setdefault(search_key(r.person), r.person)
            if search_key(r.project) not in self.projects:
                self.new_projects.setdefault(search_key(r.project), r.project)
                if r.client and search_key(r.client) not in self.clients:
                    self.new_clients.setdefault(search_key(r.client), r.client)

    def person(self, name: str) -> int:
        key = search_key(name)
        if key not in self.people:
            row = Person(name=" ".join(name.split()))
            self.s.add(row)
            self.s.flush()
            self.people[key] = row.id
        return self.people[key]

    def client(self, name: str) -> int:
        name = name or "Imported"
        key = search_key(name)
        if key not in self.clients:
            row = Client(name=" ".join(name.split()), name_key=key)
            self.s.add(row)
            self.s.flush()
            self.clients[key] = row.id
        return self.clients[key]

    def project(self, name: str, client: str, currency: str, year: int) -> int:
        key = search_key(name)
        if key not in self.projects:
            row = Project(
                code=next_code(self.s, "project", "P-", year=year),
                name=" ".join(name.split()),
                client_id=self.client(client),
                currency=currency,
            )
            self.s.add(row)
            self.s.flush()
            self.projects[key] = row.id
        return self.projects[key]


def _base(s: Session) -> str:
    return s.scalar(select(Studio.base_currency)) or "CNY"


class FinanceIOService:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def preview_time(self, rows: list[ParsedTime]) -> ImportPreview:
        with self._uow.read() as s:
            m = _Matcher(s)
            m.plan(rows)
        return ImportPreview(
            len(rows),
            sum(r.minutes for r in rows),
            tuple(m.new_clients.values()),
            tuple(m.new_projects.values()),
            tuple(m.new_people.values()),
        )

    def import_time(self, rows: list[ParsedTime], *, create_missing: bool = True) -> int:
        """Write every row in one transaction; returns how many entries were added."""
        with self._uow.write() as s:
            m = _Matcher(s)
            m.plan(rows)
            if not create_missing and (m.new_people or m.new_projects):
                missing = [*m.new_people.values(), *m.new_projects.values()]
                raise ValidationError("file", f"Unknown names: {', '.join(missing)}.")
            base = _base(s)
            for r in rows:
                s.add(
                    TimeEntry(
                        person_id=m.person(r.person),
                        project_id=m.project(r.project, r.client, base, r.work_date.year),
                        work_date=r.work_date,
                        minutes=r.minutes,
                        billable=r.billable,
                        note=r.note,
                    )
                )
            return len(rows)

    def _categories(self, s: Session) -> dict[str, int]:
        out: dict[str, int] = {}
        for i, name, code in s.execute(
            select(ExpenseCategory.id, ExpenseCategory.name, ExpenseCategory.code)
        ):
            out.setdefault(search_key(name), i)
            if code:
                out[search_key(code)] = i
        return out

    def preview_expenses(self, rows: list[ParsedExpense]) -> ImportPreview:
        with self._uow.read() as s:
            cats = self._categories(s)
            m = _Matcher(s)
        unknown = {search_key(r.category): r.category for r in rows}.items()
        projects = {
            search_key(r.project): r.project
            for r in rows
            if r.project and search_key(r.project) not in m.projects
        }
        return ImportPreview(
            len(rows),
            0,
            new_projects=tuple(projects.values()),
            amount_minor=0,
            unknown_categories=tuple(v for k, v in unknown if k not in cats),
        )

    def import_expenses(self, rows: list[ParsedExpense]) -> int:
        with self._uow.write() as s:
            cats = self._categories(s)
            m = _Matcher(s)
            base = _base(s)
            for r in rows:
                cat = cats.get(search_key(r.category))
                if cat is None:
                    row = ExpenseCategory(name=" ".join(r.category.split()))
                    s.add(row)
                    s.flush()
                    cat = cats[search_key(r.category)] = row.id
                project_id = m.project(r.project, "", base, r.spent_on.year) if r.project else None
                paid_by = m.person(r.paid_by) if r.paid_by else None
                s.add(
                    Expense(
                        spent_on=r.spent_on,
                        vendor=r.vendor,
                        category_id=cat,
                        project_id=project_id,
                        amount_minor=r.amount_minor,
                        tax_minor=r.tax_minor,
                        currency=r.currency,
                        fx_rate=r.fx_rate,
                        base_amount_minor=base_amount(r.amount_minor, r.currency, r.fx_rate, base),
                        paid_by_id=paid_by,
                        billable=r.billable,
                        receipt_path=r.receipt,
                        note=r.note,
                    )
                )
            return len(rows)

    # -- exports -----------------------------------------------------------------------------
    def export_rows(self, what: str) -> tuple[list[str], list[list[object]]]:
        """Header and rows of ``time``, ``expenses`` or ``budget``; amounts as exact Decimals."""
        rows: list[list[object]]
        with self._uow.read() as s:
            base = _base(s)
            if what == "time":
                header = ["date", "person", "project", "hours", "billable", "cost", "note"]
                q = (
                    select(
                        TimeEntry.work_date,
                        Person.name,
                        Project.code,
                        TimeEntry.minutes,
                        TimeEntry.billable,
                        entry_cost(),
                        TimeEntry.note,
                    )
                    .join(Person, Person.id == TimeEntry.person_id)
                    .join(Project, Project.id == TimeEntry.project_id)
                    .order_by(TimeEntry.work_date, TimeEntry.id)
                )
                rows = [
                    [d, p, c, Decimal(m) / 60, "yes" if b else "no", from_minor(cost, base), n]
                    for d, p, c, m, b, cost, n in s.execute(q)
                ]
            elif what == "expenses":
                header = [
                    "date",
                    "vendor",
                    "category",
                    "project",
                    "amount",
                    "tax",
                    "currency",
                    "fx_rate",
                    "base_amount",
                    "billable",
                    "receipt",
                    "note",
                ]
                q2 = (
                    select(Expense, ExpenseCategory.name, Project.code)
                    .join(ExpenseCategory, ExpenseCategory.id == Expense.category_id)
                    .outerjoin(Project, Project.id == Expense.project_id)
                    .order_by(Expense.spent_on, Expense.id)
                )
                rows = [
                    [
                        e.spent_on,
                        e.vendor,
                        cat,
                        code or "",
                        from_minor(e.amount_minor, e.currency),
                        from_minor(e.tax_minor, e.currency),
                        e.currency,
                        e.fx_rate,
                        from_minor(e.base_amount_minor, base),
                        "yes" if e.billable else "no",
                        e.receipt_path,
                        e.note,
                    ]
                    for e, cat, code in s.execute(q2)
                ]
            elif what == "budget":
                header = ["fiscal_year", "month", "category", "amount", "currency"]
                q3 = (
                    select(
                        StudioBudget.fiscal_year,
                        StudioBudget.month,
                        ExpenseCategory.name,
                        StudioBudget.amount_minor,
                        StudioBudget.currency,
                    )
                    .join(ExpenseCategory, ExpenseCategory.id == StudioBudget.category_id)
                    .order_by(StudioBudget.fiscal_year, StudioBudget.month, ExpenseCategory.name)
                )
                rows = [[y, m, c, from_minor(a, cur), cur] for y, m, c, a, cur in s.execute(q3)]
            else:
                raise ValidationError("what", "Export time, expenses or budget.")
        return header, rows

    def export(self, what: str, fmt: str, out: Path) -> int:
        header, rows = self.export_rows(what)
        write_table(out, fmt, header, rows, sheet=what)
        return len(rows)

    def count_time(self) -> int:
        with self._uow.read() as s:
            return int(s.scalar(select(func.count()).select_from(TimeEntry)) or 0)


def write_table(
    out: Path, fmt: str, header: list[str], rows: list[list[object]], *, sheet: str = "data"
) -> None:
    """CSV (UTF-8 with BOM so Excel reads Chinese) or XLSX; Decimals keep every digit."""
    if fmt == "csv":
        with out.open("w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(header)
            for r in rows:
                w.writerow([v.isoformat() if isinstance(v, date) else v for v in r])
    elif fmt == "xlsx":
        from openpyxl import Workbook

        wb = Workbook(write_only=True)
        ws = wb.create_sheet(sheet)
        ws.append(header)
        for r in rows:
            # XLSX numbers are binary floats; money goes in as text so no cent is lost.
            ws.append([str(v) if isinstance(v, Decimal) else v for v in r])
        wb.save(out)
    else:
        raise ValidationError("format", "Choose csv or xlsx.")
