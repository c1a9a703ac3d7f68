"""Screenshots of the dashboard and risks pages (and their dialogs) in English and Chinese.

Usage: xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tools/screenshots_dashboard.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402


def save(widget: QWidget, path: Path) -> None:
    for _ in range(5):
        QApplication.processEvents()
    path.parent.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(path))
    print(f"saved {path}")


def build(db: Path):  # type: ignore[no-untyped-def]
    import models.entities  # noqa: F401
    from models.db import Base
    from models.demo import generate_demo
    from models.services import build_services
    from studio_desktop.db import make_engine, make_session_factory

    engine = make_engine(db)
    Base.metadata.create_all(engine)
    generate_demo(engine, "small")
    return build_services(make_session_factory(engine))


class _HeldRunner:
    """A task runner whose tasks never finish: shows the page as it looks while computing."""

    def run(self, fn, *, writes: bool = False):  # type: ignore[no-untyped-def]
        from ui.shell.tasks import TaskHandle

        handle = TaskHandle()
        self._last = handle  # keep it alive like the real runner does
        return handle


def shoot(lang: str, tmp: Path) -> None:
    from models.services.kpi_period import Period
    from ui.dashboard.page import DashboardPage
    from ui.i18n import install_translator, remove_translators
    from ui.risks.page import RisksPage
    from ui.shell.changes import DataChanges
    from ui.shell.tasks import InlineTaskRunner
    from ui.theme import apply_theme

    app = QApplication.instance()
    translators = install_translator(app, lang)
    apply_theme(app, lang)
    services = build(tmp / f"{lang}.sqlite3")
    out = ROOT / "screenshots" / lang
    # The placeholder state the window paints first: a runner that never reports back.
    waiting = DashboardPage(services, DataChanges(), tasks=_HeldRunner())
    waiting.resize(1500, 900)
    waiting.show()
    waiting.set_period(Period.quarter(2026, 3))
    save(waiting, out / "dashboard-calculating.png")
    waiting.close()
    dash = DashboardPage(services, DataChanges(), tasks=InlineTaskRunner())
    dash.resize(1500, 1900)
    dash.show()
    dash.set_period(Period.quarter(2026, 3))
    while dash.board is None:
        QApplication.processEvents()
    save(dash, out / "dashboard-cards.png")
    while not dash.charts_ready():
        QApplication.processEvents()
    save(dash, out / "dashboard-full.png")
    dialog = dash.open_kpi("utilisation")
    dialog.resize(800, 600)
    save(dialog, out / "dashboard-kpi-detail.png")
    dialog.close()
    risks = RisksPage(services, DataChanges())
    risks.resize(1500, 900)
    risks.show()
    risks.heat_map.click_cell(5, 4)
    save(risks, out / "risks-page.png")
    first = risks.model.record(0)
    editor = risks.edit_risk(first.id)
    editor.resize(700, 620)
    save(editor, out / "risks-editor.png")
    editor.tabs.setCurrentIndex(2)
    save(editor, out / "risks-editor-history.png")
    editor.close()
    risks.open_library()
    save(risks.last_dialog, out / "risks-library.png")
    risks.last_dialog.close()
    dash.close()
    risks.close()
    remove_translators(app, translators)


def main() -> int:
    app = QApplication.instance() or QApplication([sys.argv[0]])
    with tempfile.TemporaryDirectory() as tmp:
        for lang in ("en", "zh_CN"):
            shoot(lang, Path(tmp))
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
