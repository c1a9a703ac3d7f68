"""All KPIs for a year on the large demo database, against the bare SQL those figures need.

Usage: .venv/bin/python benchmarks/bench_kpi.py --db bench-data/large.sqlite3 [--year 2026]
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# The aggregates the KPIs rest on, hand-written: the floor the service cannot beat.
BARE_SQL = (
    "SELECT sum(subtotal_minor) FROM invoices WHERE state='sent' AND issued_on BETWEEN :a AND :b",
    "SELECT sum(amount_minor) FROM payments WHERE received_on BETWEEN :a AND :b",
    "SELECT sum(base_amount_minor) FROM expenses WHERE spent_on BETWEEN :a AND :b",
    "SELECT sum(t.minutes * (SELECT r.cost_rate_minor FROM person_rates r WHERE "
    "r.person_id = t.person_id AND r.valid_from <= t.work_date ORDER BY r.valid_from DESC "
    "LIMIT 1)) FROM time_entries t WHERE t.work_date BETWEEN :a AND :b",
    "SELECT sum(minutes), sum(CASE WHEN billable THEN minutes END) FROM time_entries "
    "WHERE work_date BETWEEN :a AND :b",
    "SELECT sum(i.total_minor - coalesce((SELECT sum(amount_minor) FROM payments p WHERE "
    "p.invoice_id = i.id AND p.received_on <= :b), 0)) FROM invoices i "
    "WHERE i.state = 'sent' AND i.issued_on <= :b",
    "SELECT count(*) FROM projects WHERE delivered_on BETWEEN :a AND :b",
    "SELECT count(*) FROM milestones WHERE done_on BETWEEN :a AND :b",
    "SELECT sum(value_minor * probability) FROM deals WHERE stage NOT IN ('won', 'lost')",
    "SELECT count(*) FROM risks WHERE probability * impact >= 15 AND status != 'closed'",
)


def best_of(fn, runs: int = 3) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=ROOT / "bench-data" / "large.sqlite3")
    parser.add_argument("--year", type=int, default=2026)
    args = parser.parse_args()
    if not args.db.exists():
        print(
            f"no database at {args.db}; make it with `studio-desktop-cli --db {args.db} demo "
            "--size large`"
        )
        return 2
    import models.entities  # noqa: F401
    from models.services import build_services
    from models.services.kpi_period import Period
    from studio_desktop.db import make_engine, make_session_factory

    period = Period.year(args.year)
    params = {"a": period.start.isoformat(), "b": period.end.isoformat()}
    con = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)

    def bare() -> None:
        # The same three periods the board computes (this, previous, last year).
        for p in (period, period.previous(), period.last_year()):
            q = {"a": p.start.isoformat(), "b": p.end.isoformat()}
            for sql in BARE_SQL:
                con.execute(sql, q).fetchall()

    services = build_services(make_session_factory(make_engine(args.db)))
    counts = con.execute(
        "SELECT (SELECT count(*) FROM time_entries), (SELECT count(*) FROM invoices), "
        "(SELECT count(*) FROM people)"
    ).fetchone()
    bare()  # warm the page cache for both sides
    base = best_of(bare)
    # One run each: on a million time entries a run takes seconds, and the cache is warm.
    board = best_of(lambda: services.kpi.board(period), runs=1)
    months = best_of(lambda: services.kpi.months(period), runs=1)
    print(
        f"database: {args.db.name}: {counts[0]:,} time entries, {counts[1]:,} invoices, "
        f"{counts[2]} people; period {period.label} (+ previous and last year)"
    )
    print(f"bare SQL (10 aggregates × 3 periods): {base * 1000:8.1f} ms  = 1.0×")
    print(f"kpi.board (15 KPIs × 3 periods):      {board * 1000:8.1f} ms  = {board / base:.1f}×")
    print(f"kpi.months (chart series, 12 months): {months * 1000:8.1f} ms  = {months / base:.1f}×")
    del params
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
