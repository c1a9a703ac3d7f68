"""The small demo studio: reproducible, complete, and consistent in every table."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal
from itertools import pairwise
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, func, select
from sqlalchemy.orm import Session

import models.entities  # noqa: F401  (fills the metadata)
from models.db import Base
from models.demo import STUDIO_NAME, DemoSummary, generate_demo
from models.entities import Client, ServiceType, Studio
from models.enums import DealStage, InvoiceKind, InvoiceState, ProjectStage
from models.errors import Conflict
from models.money import from_minor, to_minor
from models.reference import seed_reference_data
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


def _rows(conn: Connection, sql: str) -> list[tuple]:  # type: ignore[type-arg]
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
    lines: dict[int, list[tuple]] = defaultdict(list)  # type: ignore[type-arg]
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
        assert studio.invoice_next_number == summary.counts["invoices"] + 1
