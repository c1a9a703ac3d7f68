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

    ours = QTranslator(app)
    qm = resource_path("translations", f"{CATALOGUE}_{code}.qm")
    if ours.load(str(qm)):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.warning("No translation catalogue at %s; the UI stays in English", qm)

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
