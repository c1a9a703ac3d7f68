"""Receivables aging, cash book and margins on the large demo database vs the bare SQL they need.

Usage: .venv/bin/python benchmarks/bench_invoices.py --db bench-data/large.sqlite3

Each figure is the service call's best time as a ratio of the bare sqlite3 query measured in
the same run; then the query plans, to show which index answers each query.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# The bare aggregation aging needs: what each client owes per currency, bucketed by lateness.
BARE_AGING = """
SELECT i.client_id, i.currency,
       SUM(CASE WHEN julianday(:as_of) - julianday(i.due_on) <= 0 THEN o.owed ELSE 0 END),
       SUM(CASE WHEN julianday(:as_of) - julianday(i.due_on) BETWEEN 1 AND 30
           THEN o.owed ELSE 0 END),
       SUM(CASE WHEN julianday(:as_of) - julianday(i.due_on) BETWEEN 31 AND 60
           THEN o.owed ELSE 0 END),
       SUM(CASE WHEN julianday(:as_of) - julianday(i.due_on) BETWEEN 61 AND 90
           THEN o.owed ELSE 0 END),
       SUM(CASE WHEN julianday(:as_of) - julianday(i.due_on) > 90 THEN o.owed ELSE 0 END)
FROM invoices i
JOIN (SELECT i2.id,
             i2.total_minor
             - COALESCE((SELECT SUM(amount_minor) FROM payments p
                         WHERE p.invoice_id = i2.id AND p.received_on <= :as_of), 0)
             - COALESCE((SELECT SUM(amount_minor) FROM credit_notes c
                         WHERE c.invoice_id = i2.id AND c.issued_on <= :as_of), 0) AS owed
      FROM invoices i2 WHERE i2.state = 'sent' AND i2.issued_on <= :as_of) o ON o.id = i.id
WHERE o.owed > 0
GROUP BY i.client_id, i.currency
"""

BARE_LABOUR = """
SELECT t.project_id, SUM((t.minutes * COALESCE((SELECT r.cost_rate_minor FROM person_rates r
        WHERE r.person_id = t.person_id AND r.valid_from <= t.work_date
        ORDER BY r.valid_from DESC LIMIT 1), 0) + 30) / 60)
FROM time_entries t GROUP BY t.project_id
"""

BARE_PROJECT_LABOUR = """
SELECT SUM((t.minutes * COALESCE((SELECT r.cost_rate_minor FROM person_rates r
        WHERE r.person_id = t.person_id AND r.valid_from <= t.work_date
        ORDER BY r.valid_from DESC LIMIT 1), 0) + 30) / 60)
FROM time_entries t WHERE t.project_id = :pid
"""


def best(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times), statistics.median(times)


def plan(con: sqlite3.Connection, sql: str, params: dict[str, object]) -> list[str]:
    return [row[3] for row in con.execute(f"EXPLAIN QUERY PLAN {sql}", params)]


def report(name: str, ours: tuple[float, float], bare: tuple[float, float]) -> None:
    print(
        f"{name:<34} service {ours[0] * 1000:9.1f} ms   bare SQL {bare[0] * 1000:9.1f} ms   "
        f"ratio {ours[0] / bare[0]:5.2f}x (median {ours[1] / bare[1]:5.2f}x)"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=ROOT / "bench-data" / "large.sqlite3")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not args.db.exists():
        print(f"no database at {args.db}; make it with: studio-desktop-cli --db {args.db} demo "
              "--size large")  # fmt: skip
        return 1

    from sqlalchemy import create_engine, event

    from models.services import build_services
    from models.services.invoicing_reports import AGING_SQL, Basis, Figure, cash_book_sql
    from studio_desktop.db import make_session_factory

    # Read-only on both sides: the benchmark never writes to the shared large database.
    uri = f"file:{args.db}?mode=ro"
    con = sqlite3.connect(uri, uri=True)
    engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True))
    event.listen(engine, "connect", lambda c, _r: c.execute("PRAGMA foreign_keys=ON"))
    services = build_services(make_session_factory(engine))
    reports = services.invoice_reports

    counts = {
        t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("invoices", "payments", "credit_notes", "time_entries", "expenses", "projects")
    }
    print("rows: " + ", ".join(f"{t} {n:,}" for t, n in counts.items()))
    as_of = date.today()
    p = {"as_of": as_of.isoformat()}

    # --- AR aging ------------------------------------------------------------------------------
    reports.aging(as_of)
    con.execute(BARE_AGING, p).fetchall()
    ours = best(lambda: reports.aging(as_of), args.runs)
    bare = best(lambda: con.execute(BARE_AGING, p).fetchall(), args.runs)
    report("AR aging (all clients)", ours, bare)
    same = best(lambda: con.execute(AGING_SQL, p).fetchall(), args.runs)
    report("  service SQL alone vs bare", same, bare)

    # --- cash book: first page with running balance over every move --------------------------
    base = reports.base_currency()
    start, end = date(as_of.year, 1, 1), as_of
    cp = {
        "currency": base,
        "base": base,
        "start": start.isoformat(),
        "end": end.isoformat(),
        "limit": 200,
        "offset": 0,
    }
    bare_cash = (
        "SELECT on_date, amount, SUM(amount) OVER (ORDER BY on_date, id) FROM ("
        "SELECT received_on AS on_date, id, amount_minor AS amount FROM payments "
        "WHERE currency = :currency UNION ALL "
        "SELECT spent_on, id, -base_amount_minor FROM expenses) "
        "ORDER BY on_date, id LIMIT 200"
    )
    ours = best(lambda: reports.cash_page(base, start, end, 0, 200), args.runs)
    bare = best(lambda: con.execute(bare_cash, cp).fetchall(), args.runs)
    report("Cash book page (running balance)", ours, bare)
    # The figures the header needs, straight from the tables in one pass: rows in the period,
    # balance before it, money in and out within it.
    bare_totals = (
        "SELECT COUNT(CASE WHEN d BETWEEN :start AND :end THEN 1 END), "
        "SUM(CASE WHEN d < :start THEN a END), "
        "SUM(CASE WHEN d BETWEEN :start AND :end AND a > 0 THEN a END), "
        "SUM(CASE WHEN d BETWEEN :start AND :end AND a < 0 THEN -a END) "
        "FROM (SELECT received_on AS d, amount_minor AS a FROM payments "
        "WHERE currency = :currency UNION ALL "
        "SELECT spent_on, -base_amount_minor FROM expenses)"
    )
    ours = best(
        lambda: (reports.cash_count(base, start, end), reports.cash_summary(base, start, end)),
        args.runs,
    )
    bare = best(lambda: con.execute(bare_totals, cp).fetchall(), args.runs)
    report("Cash book count + summary", ours, bare)

    # --- margins -----------------------------------------------------------------------------
    runs = max(1, args.runs // 2)
    ours = best(lambda: reports.project_margins(), runs)
    bare = best(lambda: con.execute(BARE_LABOUR).fetchall(), runs)
    report("Margins, every project", ours, bare)
    pid = con.execute(
        "SELECT project_id FROM time_entries GROUP BY project_id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    ours = best(lambda: reports.explain(Figure.LABOUR, pid), args.runs)
    bare = best(lambda: con.execute(BARE_PROJECT_LABOUR, {"pid": pid}).fetchall(), args.runs)
    n = con.execute("SELECT count(*) FROM time_entries WHERE project_id = ?", (pid,)).fetchone()[0]
    report(f"Explain labour ({n:,} entries)", ours, bare)

    # --- query plans -------------------------------------------------------------------------
    print("\nQuery plans (EXPLAIN QUERY PLAN):")
    checks = [
        ("AR aging", AGING_SQL, p),
        ("cash book page", cash_book_sql(Basis.CASH), cp),
        ("labour of one project", BARE_PROJECT_LABOUR, {"pid": pid}),
        (
            "payments of one invoice",
            "SELECT SUM(amount_minor) FROM payments WHERE invoice_id = 1",
            {},
        ),
    ]
    for name, sql, params in checks:
        print(f"- {name}:")
        for line in plan(con, sql, params):
            print(f"    {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
