"""What the tools/screenshots_*.py scripts share: set-up, demo services, languages and PNGs.

A script imports this first and calls bootstrap() before it imports anything of the project:

    import shots

    shots.bootstrap()

    from ui.clients.page import ClientsPage  # noqa: E402
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QDialog, QWidget

if TYPE_CHECKING:
    from models.services import Services

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("en", "zh_CN")
STUDIO_NAME = "Blue Hour Design"


def bootstrap() -> None:
    """Make the project importable, and without a display fall back to Qt's offscreen platform."""
    sys.path.insert(0, str(ROOT))
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def application(name: str | None = None) -> QApplication:
    """The running QApplication, created on first call (Qt sees only the program name)."""
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    if name is not None:
        app.setApplicationName(name)
    return app


def demo_services(db: Path, lang: str = "en") -> Services:
    """Services over a new SQLite file ``db`` filled with the small demo studio."""
    from dataclasses import replace

    import models.entities  # noqa: F401 - registers the tables
    from models.db import Base
    from models.demo import generate_demo
    from models.services import build_services
    from models.services.studio import StudioService
    from studio_desktop.db import make_engine, make_session_factory

    engine = make_engine(db)
    Base.metadata.create_all(engine)
    services = build_services(make_session_factory(engine))
    generate_demo(engine, "small")
    if not services.studio.is_initialised():
        defaults = StudioService.defaults_for_locale(lang)
        services.studio.initialise(replace(defaults, name=STUDIO_NAME))
    return services


@contextmanager
def with_language(
    app: QApplication, lang: str, *, theme_language: str | None = None
) -> Iterator[None]:
    """The UI in ``lang`` (translators and theme) for the body, translators removed after.

    ``theme_language`` picks the theme's font when it should differ from ``lang``.
    """
    from ui.i18n import install_translator, remove_translators
    from ui.theme import apply_theme

    translators = install_translator(app, lang)
    apply_theme(app, lang if theme_language is None else theme_language)
    try:
        yield
    finally:
        remove_translators(app, translators)


def pump(rounds: int = 5) -> None:
    """Let Qt lay out and paint: ``rounds`` passes of the event loop."""
    app = QApplication.instance()
    assert app is not None
    for _ in range(rounds):
        app.processEvents()


def save(widget: QWidget, path: Path, *, rounds: int = 5) -> None:
    """Pump events, then write ``widget.grab()`` to ``path`` (folders made as needed)."""
    pump(rounds)
    path.parent.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(path))
    print(f"saved {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def shoot_dialog(dialog: QDialog, path: Path, *, rounds: int = 5) -> None:
    """Show ``dialog`` at its natural size, save it to ``path`` and close it."""
    dialog.show()
    dialog.adjustSize()
    save(dialog, path, rounds=rounds)
    dialog.close()


def arguments(doc: str | None) -> argparse.ArgumentParser:
    """The options every script takes: ``--out`` (default screenshots/) and ``--lang``."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0] if doc else None)
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--lang", nargs="+", default=list(LANGUAGES))
    return parser


def run_per_language(
    shoot: Callable[[str, Path, Path], None],
    doc: str | None,
    *,
    app_name: str | None = None,
    theme_language: str | None = None,
) -> QApplication:
    """Parse the options, then call ``shoot(lang, out, tmp)`` in each language in turn.

    ``tmp`` is one temporary folder shared by all the languages, removed afterwards;
    ``theme_language`` goes to with_language().
    """
    args = arguments(doc).parse_args()
    app = application(app_name)
    with tempfile.TemporaryDirectory() as tmp:
        for lang in args.lang:
            with with_language(app, lang, theme_language=theme_language):
                shoot(lang, args.out, Path(tmp))
    return app
