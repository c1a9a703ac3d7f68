"""Startup benchmark: first painted main window vs a bare PySide6 QMainWindow, same run.

    python -m studio_desktop.bench --db bench-data/large.sqlite3 [--runs 5]

Each sample is a fresh process; the time runs from just before the parent starts it to the
first Paint event of the main window in the child (an event filter on that window alone).
Figures are medians, printed as ratios. The CPU time each child used up to that paint is
printed too: on a busy machine it moves much less than the wall-clock time.

The app's own packages are byte-compiled first, as any installed copy is (pip compiles on
install, and a launch writes them): otherwise a shell with PYTHONDONTWRITEBYTECODE=1 would
time Python compiling our sources, which no user's launch does.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HEAVY = ("pyqtgraph", "reportlab", "numpy")

_CHILD = r"""
import json, os, resource, sys, time
from PySide6.QtCore import QEvent, QObject

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            usage = resource.getrusage(resource.RUSAGE_SELF)
            heavy = [m for m in %(heavy)r if m in sys.modules]
            cpu = usage.ru_utime + usage.ru_stime
            out = {"t": time.time(), "rss_kb": usage.ru_maxrss, "cpu": cpu, "heavy": heavy}
            print(json.dumps(out), flush=True)
            os._exit(0)
        return False

spy = FirstPaint()
if %(mode)r == "bare":
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication(sys.argv[:1])
    w = QMainWindow()
    w.installEventFilter(spy)
    w.resize(1200, 800)
    w.show()
    sys.exit(app.exec())
else:
    # The filter goes on the main window alone, as on the bare one: an application-wide
    # filter would run Python for every event of every widget, which no launch does.
    import ui.shell.main_window as shell
    from studio_desktop.app import main

    build = shell.MainWindow.__init__

    def watched_build(self, *args, **kwargs):
        build(self, *args, **kwargs)
        self.installEventFilter(spy)

    shell.MainWindow.__init__ = watched_build
    sys.exit(main(["--db", %(db)r]))
"""


def _sample(mode: str, db: str, env: dict[str, str]) -> dict[str, float]:
    code = _CHILD % {"mode": mode, "db": db, "heavy": HEAVY}
    t0 = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    lines = [ln for ln in out.stdout.splitlines() if ln.startswith("{")]
    if not lines:
        raise RuntimeError(f"{mode} run printed no paint time:\n{out.stdout}\n{out.stderr}")
    data = json.loads(lines[-1])
    return {
        "seconds": data["t"] - t0,
        "cpu": data["cpu"],
        "rss_mb": data["rss_kb"] / 1024,
        "heavy": data["heavy"],
    }


def _compile_app_packages() -> None:
    """Write the .pyc files an installed copy has (quietly; a read-only tree is fine)."""
    root = Path(__file__).resolve().parent.parent
    for package in ("studio_desktop", "ui", "models", "reports", "resources"):
        if (root / package).is_dir():
            compileall.compile_dir(root / package, quiet=2)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="database to open (e.g. a large demo)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    db = str(Path(args.db).resolve())
    if not Path(db).exists():
        parser.error(
            f"{db} does not exist; make it with: studio-desktop-cli --db {db} demo --size large"
        )
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # A throwaway settings/log home so the benchmark never touches the user's own.
    home = tempfile.mkdtemp(prefix="studio-bench-")
    env.update({"XDG_CONFIG_HOME": home, "XDG_DATA_HOME": home, "XDG_STATE_HOME": home})
    _compile_app_packages()
    _sample("bare", db, env)  # warm the OS file cache for both
    _sample("app", db, env)
    bare, app = [], []
    for _ in range(args.runs):
        bare.append(_sample("bare", db, env))
        app.append(_sample("app", db, env))
    b = statistics.median(s["seconds"] for s in bare)
    a = statistics.median(s["seconds"] for s in app)
    b_cpu = statistics.median(s["cpu"] for s in bare)
    a_cpu = statistics.median(s["cpu"] for s in app)
    b_mem = max(s["rss_mb"] for s in bare)
    a_mem = max(s["rss_mb"] for s in app)
    heavy = sorted({m for s in app for m in s["heavy"]})
    size_mb = Path(db).stat().st_size / 1e6
    print(f"database: {db} ({size_mb:,.0f} MB); {args.runs} runs each, medians")
    print(f"bare QMainWindow first paint : {b * 1000:8.0f} ms   peak RSS {b_mem:6.0f} MB")
    print(f"Studio Desktop first paint   : {a * 1000:8.0f} ms   peak RSS {a_mem:6.0f} MB")
    print(f"startup ratio (app / bare)   : {a / b:8.2f}x  (target <= 2.50x)")
    print(f"CPU to first paint           : {b_cpu * 1000:8.0f} ms bare, {a_cpu * 1000:.0f} ms app")
    print(f"CPU ratio (app / bare)       : {a_cpu / b_cpu:8.2f}x  (steadier on a busy machine)")
    print(f"memory ratio (app / bare)    : {a_mem / b_mem:8.2f}x")
    print(f"heavy modules on startup path: {', '.join(heavy) if heavy else 'none'}")
    return 0 if a / b <= 2.5 and not heavy else 1


if __name__ == "__main__":
    sys.exit(main())
