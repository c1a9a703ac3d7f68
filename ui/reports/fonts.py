"""Register the reports' CJK font with Qt too, so screens and PDFs show the same letters."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QFontDatabase


@lru_cache(maxsize=8)
def register_qt_font(path: str | None = None) -> str | None:
    """Add the chosen (or found) CJK TrueType font to Qt; its family name, or None.

    The shell may call this at startup; the Reports page calls it when the font changes.
    """
    from reports.fonts import CjkFontError, find_cjk_font

    try:
        font_path = find_cjk_font(path or None)
    except CjkFontError:
        return None
    font_id = QFontDatabase.addApplicationFont(str(font_path))
    if font_id < 0:
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    return families[0] if families else None
