"""Shared state of one demo generation: sizes, the random stream, ids, and the bulk writer."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from itertools import chain, islice
from typing import Any, cast

from sqlalchemy import Connection, FromClause, Table

from models.demo_calendar import WorkCalendar
from models.demo_names import PersonName
from models.enums import PricingModel, ProjectStage

# Demo timestamps are local Beijing office hours, stored as UTC by UTCDateTime.
CST = timezone(timedelta(hours=8))
CHUNK = 20_000
# ProjectStage.order searches the enum on every call; the demo asks millions of times.
STAGE_ORDER: dict[ProjectStage, int] = {stage: i for i, stage in enumerate(ProjectStage)}
Progress = Callable[[str, int, int], None]
Row = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Profile:
    clients: int
    projects: int
    people: int
    history_days: int
    equipment: int
    min_time_entries: int
    min_expenses: int
    # Closed projects dominate a long history; the first entry is CONTACT.
    stage_weights: tuple[int, ...]
    credit_note_share: float


PROFILES: dict[str, Profile] = {
    "small": Profile(
        clients=40,
        projects=120,
        people=12,
        history_days=365,
        equipment=16,
        min_time_entries=0,
        min_expenses=0,
        stage_weights=(6, 7, 5, 6, 15, 8, 6, 12, 35),
        credit_note_share=0.0,
    ),
    "large": Profile(
        clients=20_000,
        projects=50_000,
        people=300,
        history_days=4 * 365 + 1,
        equipment=150,
        min_time_entries=1_000_000,
        min_expenses=100_000,
        stage_weights=(2, 3, 2, 3, 8, 4, 3, 8, 67),
        credit_note_share=0.004,
    ),
}


@dataclass(slots=True)
class PersonInfo:
    id: int
    name: str
    role: str
    group: str
    joined_on: date
    left_on: date | None
    working_days: int  # bit 0 = Monday
    week_minutes: int
    placeholder: bool
    rates: list[tuple[date, int, int]] = field(default_factory=list)  # from, cost, bill

    def works_on(self, d: date) -> bool:
        if d < self.joined_on or (self.left_on is not None and d > self.left_on):
            return False
        return bool(self.working_days >> d.weekday() & 1)

    def bill_rate(self, on: date) -> int:
        rate = self.rates[0][2]
        for valid_from, _cost, bill in self.rates:
            if valid_from <= on:
                rate = bill
        return rate

    def cost_rate(self, on: date) -> int:
        rate = self.rates[0][1]
        for valid_from, cost, _bill in self.rates:
            if valid_from <= on:
                rate = cost
        return rate


@dataclass(slots=True)
class ClientInfo:
    id: int
    name: str
    short: str
    chinese: bool
    overseas: bool
    contacts: list[PersonName] = field(default_factory=list)

    @property
    def contact_names(self) -> list[str]:
        return [c.name for c in self.contacts]


@dataclass(slots=True)
class ProjectInfo:
    id: int
    code: str
    name: str
    client: ClientInfo
    service: str  # service type code, "" for the studio's internal projects
    stage: ProjectStage
    # bounds[k] is the day stage k began (k = 0..8); bounds[8] is when it was (or will be) closed.
    bounds: list[date]
    currency: str
    pricing: PricingModel
    base_value: int  # the value before change requests
    value: int
    deposit: int
    manager_id: int
    team: list[int]
    hourly_minor: int  # what a T&M hour costs the client, in the project currency
    internal: bool = False
    milestone_ids: dict[str, int] = field(default_factory=dict)
    phase_tasks: list[list[int]] = field(default_factory=list)  # task ids per lifecycle phase
    approved_changes: list[tuple[str, int, date]] = field(default_factory=list)

    @property
    def deposit_paid_day(self) -> date:
        return max(self.bounds[2], self.bounds[3] - timedelta(days=1))

    @property
    def final_paid_day(self) -> date:
        # Fixed per project (no random draw) so the project row and the payment agree.
        return self.bounds[7] + timedelta(days=5 + self.id % 20)

    @property
    def work_start(self) -> date:
        return self.bounds[3]

    @property
    def work_end(self) -> date:
        return self.bounds[7]

    def reached(self, stage: ProjectStage) -> bool:
        return STAGE_ORDER[self.stage] >= STAGE_ORDER[stage]

    @property
    def level(self) -> int:
        """The stage's place in the lifecycle (0 = contact ... 8 = closed)."""
        return STAGE_ORDER[self.stage]


class Writer:
    """Bulk inserts in chunks, inside the one transaction of the caller's connection.

    Rows go through each column type's own SQLAlchemy bind processor (so UTCDateTime still
    refuses naive datetimes, enums are checked, dates stored as SQLAlchemy stores them), then
    to the driver's ``executemany``. ``conn.execute(table.insert(), rows)`` did the same but
    spent about two thirds of the large demo's time building parameters row by row.
    """

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.counts: dict[str, int] = {}

    def insert(self, target: Table | FromClause, rows: Iterable[Row]) -> int:
        table = cast(Table, target)  # entities' __table__ is typed as a FromClause
        it: Iterator[Row] = iter(rows)
        total = 0
        first = next(it, None)
        if first is None:
            self.counts.setdefault(table.name, 0)
            return 0
        pending = chain((first,), it)
        dialect = self.conn.dialect
        if dialect.name != "sqlite":
            # Other drivers take other parameter styles: the plain Core path is correct there.
            while chunk := list(islice(pending, CHUNK)):
                self.conn.execute(table.insert(), chunk)
                total += len(chunk)
            self.counts[table.name] = self.counts.get(table.name, 0) + total
            return total
        keys = list(first)
        columns = [table.c[k] for k in keys]
        procs = [c.type.dialect_impl(dialect).bind_processor(dialect) for c in columns]
        names = ", ".join(dialect.identifier_preparer.quote(c.name) for c in columns)
        sql = f"INSERT INTO {table.name} ({names}) VALUES ({', '.join('?' * len(keys))})"
        pairs = list(zip(keys, procs, strict=True))
        cursor = self.conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            while chunk := list(islice(pending, CHUNK)):
                cursor.executemany(
                    sql,
                    [tuple(p(row[k]) if p else row[k] for k, p in pairs) for row in chunk],
                )
                total += len(chunk)
        finally:
            cursor.close()
        self.counts[table.name] = self.counts.get(table.name, 0) + total
        return total


@dataclass(slots=True)
class Ctx:
    rng: random.Random
    today: date
    profile: Profile
    size: str
    writer: Writer
    calendar: WorkCalendar
    base_currency: str = "CNY"
    invoice_prefix: str = "INV-"
    service_types: dict[str, int] = field(default_factory=dict)
    expense_categories: dict[str, int] = field(default_factory=dict)
    risk_categories: dict[str, int] = field(default_factory=dict)
    people: list[PersonInfo] = field(default_factory=list)
    clients: list[ClientInfo] = field(default_factory=list)
    projects: list[ProjectInfo] = field(default_factory=list)
    time_off: dict[int, dict[date, int | None]] = field(default_factory=dict)
    # (project id, year, month) -> billable minutes, for time-and-materials invoices
    tm_minutes: dict[tuple[int, int, int], int] = field(default_factory=dict)
    # person id -> firm bookings (first day, last day, project id, minutes a day), by first day
    allocated: dict[int, list[tuple[date, date, int, int]]] = field(default_factory=dict)
    # Rows planned early but written once the rows they point at exist (deals -> projects).
    pending: dict[str, list[Row]] = field(default_factory=dict)

    @property
    def start(self) -> date:
        return self.today - timedelta(days=self.profile.history_days)

    def at(self, d: date, hour: int = 10, minute: int = 0) -> datetime:
        return datetime(d.year, d.month, d.day, hour, minute, tzinfo=CST)

    def when(self, d: date) -> datetime:
        """A believable office-hours moment on ``d``."""
        return self.at(d, self.rng.randint(9, 18), self.rng.choice((0, 10, 15, 20, 30, 45, 50)))

    def day_between(self, first: date, last: date) -> date:
        if last <= first:
            return first
        return first + timedelta(days=self.rng.randint(0, (last - first).days))

    def clamp_past(self, d: date) -> date:
        return min(d, self.today)

    def people_in(self, group: str) -> list[PersonInfo]:
        return [p for p in self.people if p.group == group and not p.placeholder]


def days(n: int) -> timedelta:
    return timedelta(days=n)
