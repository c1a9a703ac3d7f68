"""Opening the project list on the large demo database vs the bare SQL it stands on.

Usage: .venv/bin/python benchmarks/bench_projects.py --db bench-data/large.sqlite3
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BARE_SQL = """
SELECT p.id, p.code, p.name, c.name, st.name, st.code, p.stage, p.status, m.name,
       p.start_on, p.due_on, p.contract_value_minor, p.currency, p.percent_complete
FROM projects p JOIN clients c ON c.id = p.client_id
LEFT JOIN service_types st ON st.id = p.service_type_id
LEFT JOIN people m ON m.id = p.manager_id
WHERE p.archived_at IS NULL ORDER BY p.code DESC LIMIT 200
"""


def best(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times), statistics.median(times)  # type: ignore[return-value]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=ROOT / "bench-data" / "large.sqlite3")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if not args.db.exists():
        print(f"no database at {args.db}; make it with: studio-desktop-cli --db {args.db} demo "
              "--size large")  # fmt: skip
        return 1

    from PySide6.QtWidgets import QApplication

    from models.services import build_services
    from models.services.projects_data import ProjectFilter
    from studio_desktop.db import make_engine, make_session_factory
    from ui.projects.model import ProjectTableModel

    con = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    total = con.execute("SELECT count(*) FROM projects").fetchone()[0]

    def bare() -> None:
        con.execute("SELECT count(*) FROM projects WHERE archived_at IS NULL").fetchone()
        con.execute(BARE_SQL).fetchall()

    services = build_services(make_session_factory(make_engine(args.db)))
    app = QApplication.instance() or QApplication(sys.argv)

    def open_list() -> None:
        ProjectTableModel(services.projects)

    def search() -> None:
        services.projects.count(ProjectFilter(search="brand"))
        services.projects.page(ProjectFilter(search="brand"), 0, 200)

    def searching(text: str) -> Callable[[], None]:
        def run() -> None:
            services.projects.count(ProjectFilter(search=text))
            services.projects.page(ProjectFilter(search=text), 0, 200)

        return run

    def sort_by_client() -> None:
        services.projects.page(ProjectFilter(), 0, 200, "client")

    open_list()  # warm the page cache for both sides alike
    bare()
    base_min, base_med = best(bare, args.runs)
    print(f"projects in database: {total:,}")
    print(
        f"bare SQL count + first 200 rows: {base_min * 1000:.1f} ms (median {base_med * 1000:.1f})"
    )
    for label, fn in (
        ("open the project list (model: count + first page)", open_list),
        ("search-as-you-type 'brand' (count + page)", search),
        ("search Chinese '微信小程序' (count + page)", searching("微信小程序")),
        ("search a code 'P2024-35' (count + page)", searching("P2024-35")),
        ("search 2 characters '光合' (count + page)", searching("光合")),
        ("search with no match 'zzqx' (count + page)", searching("zzqx")),
        ("sort by client (first page)", sort_by_client),
    ):
        t_min, t_med = best(fn, args.runs)
        print(
            f"{label}: {t_min * 1000:.1f} ms (median {t_med * 1000:.1f}) = "
            f"{t_min / base_min:.1f}x the bare SQL"
        )
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
