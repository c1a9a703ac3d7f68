"""The app-wide look: Fusion, a light palette, a CJK-capable font and resources/style.qss."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

from ui.shell.assets import stylesheet

# Tried in order; the first one installed wins. All cover Latin and Simplified Chinese, so a
# Chinese UI never falls back to empty boxes.
_FONT_FAMILIES = (
    "Microsoft YaHei UI",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
)


def apply_theme(app: QApplication, language: str = "en") -> None:
    """Call after the QApplication exists (and again after a language switch)."""
    if app.property(FUSION_READY) is not True:
        # setStyle hands back the QStyle, and wrapping it makes PySide build every QStyle
        # enum (~15 ms); an app started with "-style fusion" (FUSION_ARGS) skips that.
        app.setStyle("Fusion")
        app.setProperty(FUSION_READY, True)
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f6f7f9"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#1f2933"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f9fafb"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#1f2933"))
    palette.setColor(QPalette.ColorRole.Button, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor("#1f2933"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#2f6f8f"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor("#1f2933"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#9aa5b1"))
    app.setPalette(palette)

    font = QFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
    if language.startswith("zh"):
        # A Chinese UI reads best in one CJK family for both scripts rather than a mix.
        installed = set(QFontDatabase.families())
        for family in _FONT_FAMILIES:
            if family in installed:
                font.setFamilies([family, *font.families()])
                break
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    app.setStyleSheet(stylesheet())
    app.setProperty(_THEME_LANGUAGE, language)


def ensure_theme(language: str = "en") -> None:
    """Apply the theme unless it is already on for this language (cheap to call per window).

    The composition root may call apply_theme() itself; windows call this so the app never
    shows up unstyled, and a language switch picks the right font.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if app.property(_THEME_LANGUAGE) == language and app.styleSheet():
        return
    apply_theme(app, language)


_THEME_LANGUAGE = "studioThemeLanguage"
#: Set on a QApplication created with FUSION_ARGS, so apply_theme need not set the style.
FUSION_READY = "studioFusionReady"
FUSION_ARGS = ("-style", "fusion")
