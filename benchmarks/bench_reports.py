"""Client report of a client with ~100 projects on the large demo database.

Figures are ratios against a baseline measured in the same run: building the same document
from already computed data without charts (layout and PDF writing only).

Usage: .venv/bin/python benchmarks/bench_reports.py --db bench-data/large.sqlite3
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def best(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--projects", type=int, default=100, help="target projects per client")
    args = parser.parse_args()

    from sqlalchemy import func, select

    from models.entities import Project
    from models.services import build_services
    from reports.builders import build_client_report
    from studio_desktop.db import make_engine, make_session_factory

    engine = make_engine(args.db)
    factory = make_session_factory(engine)
    services = build_services(factory)
    with factory() as s:
        n = func.count(Project.id)
        client_id, count = s.execute(
            select(Project.client_id, n)
            .group_by(Project.client_id)
            .order_by(func.abs(n - args.projects))
            .limit(1)
        ).one()
    rd = services.report_data
    start, end = date(2000, 1, 1), date.today()

    def query():  # type: ignore[no-untyped-def]
        return rd.client_report(client_id, start, end)

    data = query()
    build_client_report(data)  # warm up: font loading and subsetting tables
    baseline = best(lambda: build_client_report(data, charts=False), args.runs)
    with_charts = best(lambda: build_client_report(data), args.runs)
    q = best(query, args.runs)
    full = best(lambda: build_client_report(query()), args.runs)
    pages = build_client_report(data).count(b"/Type /Page\n")
    print(f"client {client_id}: {count} projects, {len(data.invoices)} invoices")
    print(f"baseline (prepared data, no charts): {baseline * 1000:.0f} ms = 1.00x")
    print(
        f"with charts:                         {with_charts * 1000:.0f} ms = "
        f"{with_charts / baseline:.2f}x"
    )
    print(f"data queries alone:                  {q * 1000:.0f} ms = {q / baseline:.2f}x")
    print(f"queries + charts + PDF (the report): {full * 1000:.0f} ms = {full / baseline:.2f}x")
    print(f"pages: {pages}")


if __name__ == "__main__":
    main()
