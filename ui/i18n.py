"""Installs the translators for a UI language: ours from the resources package, then Qt's own."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ui.shell.assets import resource_path

log = logging.getLogger(__name__)

SUPPORTED_LANGUAGES: tuple[str, ...] = ("en", "zh_CN")
CATALOGUE = "studio_desktop"


def install_translator(app: QCoreApplication, code: str) -> list[QTranslator]:
    """Install translators for ``code`` ("en" or "zh_CN") and return them.

    Keep the returned list alive (Qt does not own translators); pass it to
    remove_translators() before switching language. English needs none: the sources are English.
    """
    installed: list[QTranslator] = []
    if code not in SUPPORTED_LANGUAGES or code == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return installed
    QLocale.setDefault(QLocale(code))

    # One catalogue per module (see tools/i18n.py); the shell's must exist, the rest follow.
    folder = resource_path("translations", f"{CATALOGUE}_{code}.qm").parent
    found = sorted(folder.glob(f"*_{code}.qm"))
    if not any(p.name == f"{CATALOGUE}_{code}.qm" for p in found):
        log.warning("No translation catalogue in %s; the UI stays in English", folder)
    for qm in found:
        ours = QTranslator(app)
        if ours.load(str(qm)):
            app.installTranslator(ours)
            installed.append(ours)
        else:
            log.warning("Could not load %s", qm)

    # Qt's own strings: Cancel/Save buttons, the colour and file dialogs, context menus.
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in ("qtbase",):
        qt = QTranslator(app)
        if qt.load(f"{name}_{code}", qt_dir):
            app.installTranslator(qt)
            installed.append(qt)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
    translators.clear()
