"""Budget vs actuals on the large demo database: each service call as a ratio against the bare
SQL aggregation it needs, run through sqlite3 in the same process.

Usage: .venv/bin/python benchmarks/bench_finance.py --db bench-data/large.sqlite3
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

REPEAT = 5

# The rate valid on the work date: one seek into the (person_id, valid_from) unique index.
RATE = """coalesce((SELECT r.cost_rate_minor FROM person_rates r
    WHERE r.person_id = t.person_id AND r.valid_from <= t.work_date
    ORDER BY r.valid_from DESC LIMIT 1), 0)"""

PROJECT_SQL = (
    f"""SELECT p.role, sum((t.minutes * {RATE} + 30) / 60) FROM time_entries t
    JOIN people p ON p.id = t.person_id WHERE t.project_id = :p GROUP BY p.role""",
    """SELECT category_id, sum(base_amount_minor) FROM expenses WHERE project_id = :p
    GROUP BY category_id""",
)
STUDIO_SQL = (
    """SELECT category_id, CAST(strftime('%m', spent_on) AS INTEGER), sum(base_amount_minor)
    FROM expenses WHERE spent_on BETWEEN :a AND :b GROUP BY 1, 2""",
    """SELECT category_id, month, amount_minor FROM studio_budgets WHERE fiscal_year = :y""",
)
LABOUR_SQL = (f"SELECT sum(t.minutes), sum((t.minutes * {RATE} + 30) / 60) FROM time_entries t",)


def _median(fn) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(REPEAT):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def _bare(con: sqlite3.Connection, sqls: tuple[str, ...], params: dict[str, object]):  # type: ignore[no-untyped-def]
    def run() -> None:
        for sql in sqls:
            con.execute(sql, params).fetchall()

    return run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True, type=Path)
    args = parser.parse_args()
    if not args.db.exists():
        print(
            f"no database at {args.db}; make it with: studio-desktop-cli --db {args.db} demo "
            "--size large",
            file=sys.stderr,
        )
        return 1
    from models.services import build_services
    from models.services.finance_budgets import fiscal_span
    from studio_desktop.db import make_engine, make_session_factory

    services = build_services(make_session_factory(make_engine(args.db)))
    con = sqlite3.connect(args.db)
    entries = con.execute("SELECT count(*) FROM time_entries").fetchone()[0]
    project, project_entries = con.execute(
        "SELECT project_id, count(*) FROM time_entries GROUP BY project_id ORDER BY 2 DESC LIMIT 1"
    ).fetchone()
    year = services.budgets.current_fiscal_year()
    start, end = fiscal_span(year, services.studio.get().fiscal_year_start_month)
    print(f"time entries: {entries:,}; busiest project {project} with {project_entries:,}")

    cases = [
        (
            "project budget vs actuals",
            lambda: services.budgets.project_variance(project),
            _bare(con, PROJECT_SQL, {"p": project}),
        ),
        (
            f"studio budget vs actuals, FY{year} by category",
            lambda: services.budgets.studio_variance(year),
            _bare(con, STUDIO_SQL, {"a": start.isoformat(), "b": end.isoformat(), "y": year}),
        ),
        (
            "studio labour cost, every entry at its dated rate",
            lambda: services.time.labour_cost(),
            _bare(con, LABOUR_SQL, {}),
        ),
    ]
    print(f"{'case':<52} {'service':>10} {'bare SQL':>10} {'ratio':>7}")
    for name, service_call, bare_call in cases:
        service_call()  # warm the page cache and the statement cache
        bare_call()
        s = _median(service_call)
        b = _median(bare_call)
        print(f"{name:<52} {s * 1000:>8.1f}ms {b * 1000:>8.1f}ms {s / b:>6.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
