"""Client list on the large demo database: the service's count + first page per filter,
as a ratio against the same SQL run bare through sqlite3.

Usage: .venv/bin/python benchmarks/bench_clients.py --db bench-data/large.sqlite3
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

from models.enums import ClientStatus  # noqa: E402
from models.services.clients import ClientQuery, ClientService  # noqa: E402

FIRST_PAGE = 200
REPEAT = 7


def _median(fn) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(REPEAT):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


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
    from models.services.base import UnitOfWork
    from studio_desktop.db import make_engine, make_session_factory

    engine = make_engine(args.db)
    clients = ClientService(UnitOfWork(make_session_factory(engine)))
    bare = sqlite3.connect(args.db)
    total = clients.count(ClientQuery(include_archived=True))
    print(f"clients in the database: {total:,}")

    filters = {
        "open list (no filter)": ClientQuery(),
        "status = active": ClientQuery(status=ClientStatus.ACTIVE),
        "search Chinese name '科技'": ClientQuery(search="科技"),
        "search English 'studio'": ClientQuery(search="studio"),
        "search phone digits '1380'": ClientQuery(search="1380"),
        "search e-mail '@qq.com'": ClientQuery(search="@qq.com"),
        "sort by account manager": ClientQuery(),
    }
    print(f"{'filter':32} {'rows':>7} {'service ms':>11} {'bare SQL ms':>12} {'ratio':>6}")
    for label, q in filters.items():
        sort = "account_manager" if "sort" in label else None
        count_sql = str(
            clients.count_statement(q).compile(engine, compile_kwargs={"literal_binds": True})
        )
        page_sql = str(
            clients.page_statement(q, 0, FIRST_PAGE, sort).compile(
                engine, compile_kwargs={"literal_binds": True}
            )
        )

        def service(q=q, sort=sort) -> None:  # type: ignore[no-untyped-def]
            clients.count(q)
            clients.page(q, 0, FIRST_PAGE, sort)

        def raw(count_sql=count_sql, page_sql=page_sql) -> None:  # type: ignore[no-untyped-def]
            bare.execute(count_sql).fetchone()
            bare.execute(page_sql).fetchall()

        service()
        raw()  # warm the page cache for both
        s, b = _median(service), _median(raw)
        n = clients.count(q)
        print(f"{label:32} {n:>7,} {s * 1000:>11.1f} {b * 1000:>12.1f} {s / b:>6.2f}")
    bare.close()
    engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
