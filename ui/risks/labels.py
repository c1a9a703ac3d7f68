"""Translated labels of the risk module's own vocabularies: categories and the library."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CATEGORIES = {
    "market": QT_TRANSLATE_NOOP("RiskCategory", "Market"),
    "project": QT_TRANSLATE_NOOP("RiskCategory", "Project"),
    "financial": QT_TRANSLATE_NOOP("RiskCategory", "Financial"),
    "people": QT_TRANSLATE_NOOP("RiskCategory", "People"),
    "technology": QT_TRANSLATE_NOOP("RiskCategory", "Technology"),
    "intellectual_property": QT_TRANSLATE_NOOP("RiskCategory", "Intellectual property"),
    "operations": QT_TRANSLATE_NOOP("RiskCategory", "Operations"),
    "quality": QT_TRANSLATE_NOOP("RiskCategory", "Quality"),
    "cost": QT_TRANSLATE_NOOP("RiskCategory", "Cost"),
}


def category_label(code: str | None, name: str | None) -> str:
    """Built-in categories are translated; the studio's own show the name it typed."""
    if code and code in _CATEGORIES:
        return QCoreApplication.translate("RiskCategory", _CATEGORIES[code])
    return name or ""


def language_code() -> str:
    """'zh' when the running translation is Chinese (the library picks its language by it)."""
    probe = QCoreApplication.translate("RiskCategory", "Market")
    return "zh_CN" if probe != "Market" else "en"
