"""The small demo studio: reproducible, complete, and consistent in every table."""

from __future__ import annotations

import re
import statistics
from collections import defaultdict
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, func, select
from sqlalchemy.orm import Session

import models.entities  # noqa: F401  (fills the metadata)
from models.db import Base
from models.demo import STUDIO_NAME, DemoSummary, generate_demo
from models.entities import Client, Invoice, Milestone, Project, ServiceType, Studio, Task
from models.enums import DealStage, InvoiceKind, InvoiceState, ProjectStage
from models.errors import Conflict
from models.money import from_minor, to_minor
from models.reference import TEMPLATE_TEXT_ZH, TEMPLATES, seed_reference_data
from models.services import build_services
from models.services.invoicing import InvoiceDraft, LineDraft
from models.services.projects_data import ProjectDraft
from studio_desktop.db import make_engine, make_session_factory

TODAY = date(2026, 11, 28)
EXPECTED_TABLES = (
    "contacts", "interactions", "deals", "stage_changes", "milestones", "tasks",
    "task_dependencies", "change_requests", "review_rounds", "person_skills", "person_rates",
    "time_off", "public_holidays", "equipment_bookings", "equipment_outages", "allocations",
    "expenses", "studio_budgets", "project_budget_revisions", "project_budget_lines",
    "invoice_lines", "payments", "credit_notes", "risks", "risk_score_history", "attachments",
)  # fmt: skip


def _new_engine(path: Path) -> Engine:
    engine = make_engine(path)
    Base.metadata.create_all(engine)
    return engine


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Engine, DemoSummary]]:
    # One generation shared by the read-only checks below keeps the module fast.
    engine = _new_engine(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    summary = generate_demo(engine, "small", today=TODAY)
    yield engine, summary
    engine.dispose()


@pytest.fixture
def conn(demo: tuple[Engine, DemoSummary]) -> Iterator[Connection]:
    with demo[0].connect() as c:
        yield c


def _rows(conn: Connection, sql: str) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in conn.exec_driver_sql(sql).fetchall()]


def _fingerprint(engine: Engine) -> tuple[object, ...]:
    with engine.connect() as c:
        return (
            _rows(c, "SELECT name FROM clients ORDER BY id"),
            _rows(c, "SELECT sum(minutes), count(*) FROM time_entries"),
            _rows(c, "SELECT sum(total_minor), count(*) FROM invoices"),
            _rows(c, "SELECT sum(amount_minor) FROM payments"),
        )


def test_small_demo_has_the_promised_shape(demo: tuple[Engine, DemoSummary]) -> None:
    _engine, summary = demo
    c = summary.counts
    assert 35 <= c["clients"] <= 45
    assert 110 <= c["projects"] <= 130
    assert 12 <= c["people"] <= 13
    assert 0 < c["time_entries"] <= 20_000
    for table in EXPECTED_TABLES:
        assert c[table] > 0, table
    assert summary.elapsed_seconds < 10


def test_same_seed_gives_the_same_studio(demo: tuple[Engine, DemoSummary], tmp_path: Path) -> None:
    again = _new_engine(tmp_path / "again.sqlite3")
    generate_demo(again, "small", today=TODAY)
    other = _new_engine(tmp_path / "other.sqlite3")
    generate_demo(other, "small", today=TODAY, seed=7)
    assert _fingerprint(again) == _fingerprint(demo[0])
    assert _fingerprint(other) != _fingerprint(demo[0])


def test_database_checks_pass(conn: Connection) -> None:
    assert _rows(conn, "PRAGMA foreign_key_check") == []
    assert _rows(conn, "PRAGMA integrity_check") == [("ok",)]


def test_every_stage_kind_and_state_is_present(conn: Connection) -> None:
    stages = {r[0] for r in _rows(conn, "SELECT DISTINCT stage FROM projects")}
    assert stages == {s.value for s in ProjectStage}
    kinds = {r[0] for r in _rows(conn, "SELECT DISTINCT kind FROM invoices")}
    assert kinds == {k.value for k in InvoiceKind}
    states = {r[0] for r in _rows(conn, "SELECT DISTINCT state FROM invoices")}
    assert states == {s.value for s in InvoiceState}
    deals = {r[0] for r in _rows(conn, "SELECT DISTINCT stage FROM deals")}
    assert deals == {s.value for s in DealStage}


def test_studio_and_reference_rows(demo: tuple[Engine, DemoSummary]) -> None:
    with Session(demo[0]) as s:
        studio = s.get(Studio, 1)
        assert studio is not None
        assert studio.name == STUDIO_NAME and studio.base_currency == "CNY"
        assert s.scalar(select(func.count()).select_from(ServiceType)) == 5
        names = list(s.scalars(select(Client.name)))
    assert any(not n.isascii() for n in names) and any(n.isascii() for n in names)


def test_stage_history_ends_at_the_current_stage(conn: Connection) -> None:
    history: dict[int, list[tuple[str | None, str]]] = defaultdict(list)
    for pid, from_stage, to_stage in _rows(
        conn, "SELECT project_id, from_stage, to_stage FROM stage_changes ORDER BY id"
    ):
        history[pid].append((from_stage, to_stage))
    for pid, stage in _rows(conn, "SELECT id, stage FROM projects"):
        moves = history[pid]
        assert moves[0][0] is None and moves[-1][1] == stage
        for (_, to_before), (from_now, _) in pairwise(moves):
            assert from_now == to_before


def test_invoices_add_up(conn: Connection) -> None:
    lines: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for row in _rows(
        conn,
        "SELECT invoice_id, quantity, unit_price_minor, tax_rate_bp, amount_minor, tax_minor"
        " FROM invoice_lines",
    ):
        lines[row[0]].append(row[1:])
    paid = dict(_rows(conn, "SELECT invoice_id, sum(amount_minor) FROM payments GROUP BY 1"))
    credited = dict(
        _rows(conn, "SELECT invoice_id, sum(amount_minor) FROM credit_notes GROUP BY 1")
    )
    invoices = _rows(
        conn, "SELECT id, currency, subtotal_minor, tax_minor, total_minor, state FROM invoices"
    )
    assert invoices
    for iid, currency, subtotal, tax, total, state in invoices:
        assert total == subtotal + tax
        assert subtotal == sum(line[3] for line in lines[iid])
        assert tax == sum(line[4] for line in lines[iid])
        for qty, unit, bp, amount, line_tax in lines[iid]:
            assert amount == to_minor(Decimal(qty) * from_minor(unit, currency), currency)
            assert line_tax == to_minor(from_minor(amount, currency) * bp / 10_000, currency)
        assert paid.get(iid, 0) + credited.get(iid, 0) <= total
        if state != "sent":
            assert iid not in paid
    assert any(bp == 600 for ls in lines.values() for _, _, bp, _, _ in ls)
    # Some invoices are paid in full, some only in part.
    totals = {i[0]: i[4] for i in invoices}
    assert any(paid[i] == totals[i] for i in paid)
    assert any(paid[i] < totals[i] for i in paid)


def test_bookings_never_overlap(conn: Connection) -> None:
    clashes = _rows(
        conn,
        "SELECT a.id, b.id FROM equipment_bookings a JOIN equipment_bookings b"
        " ON a.equipment_id = b.equipment_id AND a.id < b.id"
        " AND a.start_at < b.end_at AND b.start_at < a.end_at",
    )
    assert clashes == []
    with_outages = _rows(
        conn,
        "SELECT a.id FROM equipment_bookings a JOIN equipment_outages o"
        " ON a.equipment_id = o.equipment_id AND a.start_at < o.end_at AND o.start_at < a.end_at",
    )
    assert with_outages == []


def test_time_is_logged_on_working_days_only(conn: Connection) -> None:
    off = {date.fromisoformat(r[0]) for r in _rows(
        conn, "SELECT on_date FROM public_holidays WHERE is_workday = 0")}  # fmt: skip
    makeup = {date.fromisoformat(r[0]) for r in _rows(
        conn, "SELECT on_date FROM public_holidays WHERE is_workday = 1")}  # fmt: skip
    assert off and makeup
    leave = set()
    for pid, start, end in _rows(
        conn, "SELECT person_id, start_on, end_on FROM time_off WHERE minutes_per_day IS NULL"
    ):
        d = date.fromisoformat(start)
        while d <= date.fromisoformat(end):
            leave.add((pid, d))
            d += timedelta(days=1)
    for pid, day, minutes in _rows(conn, "SELECT person_id, work_date, minutes FROM time_entries"):
        d = date.fromisoformat(day)
        assert 30 <= minutes <= 600
        assert d <= TODAY
        assert d in makeup or (d.weekday() < 5 and d not in off), d
        assert (pid, d) not in leave
    share = _rows(conn, "SELECT avg(billable) FROM time_entries")[0][0]
    assert share > 0.5


def test_task_dependencies_have_no_cycle(conn: Connection) -> None:
    edges = _rows(conn, "SELECT predecessor_id, successor_id FROM task_dependencies")
    successors: dict[int, list[int]] = defaultdict(list)
    indegree: dict[int, int] = defaultdict(int)
    nodes = set()
    for a, b in edges:
        successors[a].append(b)
        indegree[b] += 1
        nodes |= {a, b}
    ready = [n for n in nodes if indegree[n] == 0]
    seen = 0
    while ready:
        n = ready.pop()
        seen += 1
        for m in successors[n]:
            indegree[m] -= 1
            if indegree[m] == 0:
                ready.append(m)
    assert seen == len(nodes)


def test_follow_ups_rates_and_foreign_expenses(conn: Connection) -> None:
    today = TODAY.isoformat()
    overdue = _rows(
        conn,
        "SELECT count(*) FROM interactions WHERE follow_up_done_at IS NULL"
        f" AND follow_up_on < '{today}'",
    )[0][0]
    due_today = _rows(conn, f"SELECT count(*) FROM interactions WHERE follow_up_on = '{today}'")[0][
        0
    ]
    assert overdue >= 3 and due_today >= 2
    year_ago = (TODAY - timedelta(days=365)).isoformat()
    changed = _rows(
        conn,
        "SELECT count(DISTINCT r.person_id) FROM person_rates r WHERE r.valid_from > "
        f"'{year_ago}' AND r.valid_from <= '{today}' AND EXISTS (SELECT 1 FROM person_rates o"
        " WHERE o.person_id = r.person_id AND o.valid_from < r.valid_from)",
    )[0][0]
    assert changed >= 2
    usd = _rows(
        conn, "SELECT amount_minor, fx_rate, base_amount_minor FROM expenses WHERE currency='USD'"
    )
    assert usd
    for amount, rate, base in usd:
        assert base == to_minor(from_minor(amount, "USD") * Decimal(rate), "CNY")
    tentative = _rows(conn, "SELECT count(*) FROM allocations WHERE tentative = 1")[0][0]
    placeholders = _rows(conn, "SELECT count(*) FROM allocations WHERE person_id IS NULL")[0][0]
    assert tentative > 0 and placeholders > 0


def test_timestamps_come_back_aware(demo: tuple[Engine, DemoSummary]) -> None:
    with Session(demo[0]) as s:
        created = s.scalars(select(Client.created_at)).first()
    assert isinstance(created, datetime) and created.tzinfo is not None


def test_generating_into_a_studio_with_data_is_refused(
    demo: tuple[Engine, DemoSummary], tmp_path: Path
) -> None:
    with pytest.raises(Conflict, match="already has data"):
        generate_demo(demo[0], "small", today=TODAY)
    engine = _new_engine(tmp_path / "used.sqlite3")
    with Session(engine) as s, s.begin():
        s.add(Client(name="Real client", name_key="realclient"))
    with pytest.raises(Conflict):
        generate_demo(engine, "small", today=TODAY)


def test_a_set_up_studio_accepts_the_demo(tmp_path: Path) -> None:
    engine = _new_engine(tmp_path / "fresh.sqlite3")
    with Session(engine) as s, s.begin():
        seed_reference_data(s)
        s.add(Studio(id=1, name="My studio", base_currency="CNY"))
    seen: list[tuple[str, int, int]] = []
    summary = generate_demo(
        make_session_factory(engine), "small", today=TODAY, progress=lambda *a: seen.append(a)
    )
    assert summary.counts["service_types"] == 5  # seeded once, not twice
    assert seen[-1][1] == seen[-1][2]
    with Session(engine) as s:
        studio = s.get(Studio, 1)
        assert studio is not None and studio.name == "My studio"
        last = s.scalars(select(func.max(Invoice.id))).one()
        assert last == summary.counts["invoices"]
        assert studio.invoice_next_number == summary.counts["invoices"] + 1


# -- a believable workload ------------------------------------------------------------------

DAY = timedelta(days=1)
WEEKS = 52  # the year of history up to the week of TODAY


def _person_days(conn: Connection) -> tuple[date, dict[int, list[int]], dict[int, list[int]]]:
    """(first Monday, person -> capacity per day, person -> normal working minutes per day).

    Worked out here from the raw rows, the way the schedule counts it: a working day is a
    make-up day, or a day of the person's week that is no public holiday; leave takes its
    minutes off; nobody has capacity before joining or after leaving.
    """
    monday = TODAY - timedelta(days=TODAY.weekday()) - timedelta(weeks=WEEKS - 1)
    n = 7 * WEEKS
    hol = {date.fromisoformat(d): bool(w) for d, w in _rows(
        conn, "SELECT on_date, is_workday FROM public_holidays")}  # fmt: skip
    leave: dict[int, dict[date, int | None]] = defaultdict(dict)
    for pid, a, b, m in _rows(
        conn, "SELECT person_id, start_on, end_on, minutes_per_day FROM time_off"
    ):
        d = date.fromisoformat(a)
        while d <= date.fromisoformat(b):
            leave[pid][d] = m
            d += DAY
    cap: dict[int, list[int]] = {}
    full: dict[int, list[int]] = {}
    for pid, week, mask, joined, left in _rows(
        conn,
        "SELECT id, week_minutes, working_days, joined_on, left_on FROM people"
        " WHERE is_placeholder = 0",
    ):
        per_day = week // bin(mask).count("1")
        cap[pid], full[pid] = [0] * n, [0] * n
        for i in range(n):
            d = monday + i * DAY
            if not hol.get(d, bool(mask >> d.weekday() & 1)):
                continue
            full[pid][i] = per_day
            if (joined and d < date.fromisoformat(joined)) or (
                left and d > date.fromisoformat(left)
            ):
                continue
            off = leave[pid].get(d, 0)
            cap[pid][i] = 0 if off is None else max(0, per_day - off)
    return monday, cap, full


def _week_loads(conn: Connection, *, tentative: bool) -> list[float]:
    """Allocated / capacity in percent for every person-week with any capacity."""
    monday, cap, full = _person_days(conn)
    load = {pid: [0.0] * len(days) for pid, days in cap.items()}
    for pid, a, b, minutes, percent in _rows(
        conn,
        "SELECT person_id, start_on, end_on, minutes_per_day, percent FROM allocations"
        f" WHERE person_id IS NOT NULL {'' if tentative else 'AND tentative = 0'}",
    ):
        if pid not in load:
            continue  # the planned hire has no capacity to compare with
        first = max(0, (date.fromisoformat(a) - monday).days)
        last = min(len(load[pid]) - 1, (date.fromisoformat(b) - monday).days)
        for i in range(first, last + 1):
            load[pid][i] += minutes if minutes and full[pid][i] else 0
            load[pid][i] += (percent or 0) * cap[pid][i] / 100
    out = []
    for pid, days in cap.items():
        for w in range(WEEKS):
            capacity = sum(days[7 * w : 7 * w + 7])
            if capacity:
                out.append(100 * sum(load[pid][7 * w : 7 * w + 7]) / capacity)
    return out


def test_allocations_fit_people_with_a_few_crunch_weeks(conn: Connection) -> None:
    weeks = _week_loads(conn, tentative=False)
    assert len(weeks) > 400
    assert 50 <= statistics.median(weeks) <= 100
    assert sum(w > 130 for w in weeks) / len(weeks) < 0.05
    # The over-allocation list has something to show, but it is the exception.
    over = sum(w > 100 for w in weeks)
    assert 3 <= over <= len(weeks) * 0.1
    # Tentative work sits on top without burying anyone.
    with_tentative = _week_loads(conn, tentative=True)
    assert sum(w > 150 for w in with_tentative) / len(with_tentative) < 0.05


def test_logged_time_fits_the_working_day(conn: Connection) -> None:
    monday, cap, full = _person_days(conn)
    per_day = {pid: max(days) for pid, days in full.items() if max(days)}
    for pid, day, minutes in _rows(
        conn, "SELECT person_id, work_date, sum(minutes) FROM time_entries GROUP BY 1, 2"
    ):
        assert minutes <= per_day[pid], (pid, day, minutes)
    logged = _rows(
        conn,
        f"SELECT sum(minutes) FROM time_entries WHERE work_date >= '{monday.isoformat()}'"
        f" AND work_date <= '{TODAY.isoformat()}'",
    )[0][0]
    capacity = sum(
        c for days in cap.values() for i, c in enumerate(days) if monday + i * DAY <= TODAY
    )
    assert 0.7 <= logged / capacity <= 0.9


def test_numbers_look_like_the_services_make_them(conn: Connection) -> None:
    codes = [r[0] for r in _rows(conn, "SELECT code FROM projects WHERE code NOT LIKE 'INT-%'")]
    assert codes and all(re.fullmatch(r"P-20\d\d-\d{4}", c) for c in codes)
    numbers = [r[0] for r in _rows(conn, "SELECT number FROM invoices ORDER BY id")]
    assert all(re.fullmatch(r"INV-20\d\d-\d{5}", n) for n in numbers)
    # One counter in issue order: the numbers run 1, 2, 3 ... across the years.
    assert [int(n[-5:]) for n in numbers] == list(range(1, len(numbers) + 1))
    credit = [r[0] for r in _rows(conn, "SELECT number FROM credit_notes")]
    assert credit and all(re.fullmatch(r"CN-20\d\d-\d{5}", n) for n in credit)
    for year_in_code, issued in _rows(
        conn, "SELECT substr(number, 5, 4), substr(issued_on, 1, 4) FROM invoices"
    ):
        assert year_in_code == issued


def test_services_number_on_after_the_demo(
    demo: tuple[Engine, DemoSummary], tmp_path: Path
) -> None:
    # A copy of the shared demo: the services write to it.
    engine = make_engine(tmp_path / "numbers.sqlite3")
    with demo[0].connect() as src, engine.connect() as dst:
        src.connection.driver_connection.backup(dst.connection.driver_connection)  # type: ignore[union-attr]
    services = build_services(make_session_factory(engine))
    with Session(engine) as s:
        highest_project = max(
            int(c[-4:]) for c in s.scalars(select(Project.code).where(Project.code.like("P-%")))
        )
        highest_invoice = max(int(n[-5:]) for n in s.scalars(select(Invoice.number)))
        client_id = s.scalars(select(Client.id).order_by(Client.id)).first()
    assert client_id is not None
    pid = services.projects.create(
        ProjectDraft(name="Next project", client_id=client_id, start_on=TODAY, due_on=TODAY)
    )
    assert services.projects.get(pid).code == f"P-2026-{highest_project + 1:04d}"
    invoice = services.invoices.create(
        InvoiceDraft(
            kind=InvoiceKind.OTHER,
            client_id=client_id,
            issued_on=TODAY,
            due_on=TODAY + timedelta(days=30),
            currency="CNY",
            lines=(LineDraft("Workshop", Decimal(1), 100_000),),
        )
    )
    assert invoice.number == f"INV-2026-{highest_invoice + 1:05d}"


def test_chinese_clients_get_chinese_plans(demo: tuple[Engine, DemoSummary]) -> None:
    english = {ph.milestone for _, phases in TEMPLATES.values() for ph in phases}
    chinese = {TEMPLATE_TEXT_ZH[m] for m in english}
    with Session(demo[0]) as s:
        rows = s.execute(
            select(Client.name, Milestone.name)
            .join(Project, Project.client_id == Client.id)
            .join(Milestone, Milestone.project_id == Project.id)
        ).all()
        tasks = s.scalars(select(Task.name)).all()
    assert rows
    for client, milestone in rows:
        assert milestone in (english if client.isascii() else chinese), (client, milestone)
    assert any(not t.isascii() for t in tasks) and any(t.isascii() for t in tasks)
