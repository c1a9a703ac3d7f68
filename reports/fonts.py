"""Find and register an embeddable TrueType CJK font (never the non-embedded STSong-Light)."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

SETTING_KEY = "reports.cjk_font"
FONT_NAME = "StudioCJK"
FALLBACK_NAME = "StudioLatin"

# TrueType-outline fonts only: CFF fonts (Noto CJK, Source Han, PingFang) are refused by
# ReportLab's TTFont, and STSong-Light is not embedded (its Latin text vanished through CUPS).
_CANDIDATES_UNIX = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc",
    "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/google-droid/DroidSansFallbackFull.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
)
_CANDIDATES_WINDOWS = ("msyh.ttc", "msyh.ttf", "simhei.ttf", "simsun.ttc", "Deng.ttf")
_LATIN_FALLBACKS = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/Library/Fonts/Arial.ttf",
    "C:/Windows/Fonts/arial.ttf",
)


class CjkFontError(Exception):
    """No usable CJK font: the message says what was tried and what to install."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True, slots=True)
class ReportFonts:
    name: str  # the registered CJK font used for all text
    path: Path
    fallback: str | None  # a Latin TrueType font for characters the CJK font lacks


def candidate_paths() -> list[Path]:
    paths = [Path(p) for p in _CANDIDATES_UNIX]
    if sys.platform == "win32":
        windir = Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts"
        paths = [windir / name for name in _CANDIDATES_WINDOWS] + paths
    return paths


def check_font(path: str | Path) -> Path:
    """``path`` if ReportLab can embed it as TrueType, else CjkFontError saying why."""
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    p = Path(path)
    if not p.is_file():
        raise CjkFontError(f"The font file {p} does not exist.")
    try:
        font = TTFont("probe", str(p), subfontIndex=0)
    except TTFError as exc:
        raise CjkFontError(
            f"{p.name} cannot be embedded ({exc}). Choose a TrueType-outline font such as "
            "WenQuanYi Micro Hei, Microsoft YaHei or SimHei."
        ) from None
    if 0x4E2D not in font.face.charToGlyph:  # 中
        raise CjkFontError(f"{p.name} has no Chinese characters.")
    return p


def find_cjk_font(preferred: str | Path | None = None) -> Path:
    """The user's chosen font if usable, else the first suitable font on this system."""
    if preferred:
        return check_font(preferred)
    for path in candidate_paths():
        if path.is_file():
            try:
                return check_font(path)
            except CjkFontError:
                continue
    raise CjkFontError(
        "No Chinese TrueType font was found. Install WenQuanYi Micro Hei "
        "(Debian/Ubuntu: fonts-wqy-microhei) or choose a font file (such as msyh.ttc or "
        "simhei.ttf) on the Reports page."
    )


@lru_cache(maxsize=8)
def register_fonts(path: str | None = None) -> ReportFonts:
    """Register the CJK font (and a Latin fallback) with ReportLab once per path."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font_path = find_cjk_font(path)
    name = FONT_NAME if path is None else f"{FONT_NAME}-{abs(hash(str(font_path))) % 10**8}"
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(font_path), subfontIndex=0))
    fallback = None
    for candidate in _LATIN_FALLBACKS:
        if Path(candidate).is_file():
            if FALLBACK_NAME not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(FALLBACK_NAME, candidate))
            fallback = FALLBACK_NAME
            break
    _extend_line_start_rules()
    return ReportFonts(name=name, path=font_path, fallback=fallback)


def covered(font_name: str) -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    return _coverage(font_name, id(pdfmetrics.getFont(font_name)))


@lru_cache(maxsize=8)
def _coverage(font_name: str, _font_id: int) -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    return frozenset(pdfmetrics.getFont(font_name).face.charToGlyph)


def markup(text: str, fonts: ReportFonts) -> str:
    """Escape ``text`` for a Paragraph, switching per character to the Latin fallback font
    where the CJK font has no glyph (so nothing prints as an empty box)."""
    have = covered(fonts.name)
    if fonts.fallback is None or all(ord(c) in have or c in "\n\t" for c in text):
        return escape(text).replace("\n", "<br/>")
    parts: list[str] = []
    for ch in text:
        if ch == "\n":
            parts.append("<br/>")
        elif ord(ch) in have or ch == "\t":
            parts.append(escape(ch))
        else:
            parts.append(f'<font name="{fonts.fallback}">{escape(ch)}</font>')
    return "".join(parts)


# Closing punctuation that must never begin a line of Chinese text. ReportLab's own table
# misses the full-width comma, semicolon, colon, marks and closing quotes/brackets, so its
# CJK wrapping started lines with them; the wrapper reads the module-level name at run time.
CANNOT_START = "，。；：！？、）》」』〕】〉｝］”’…—·％‰℃,.;:!?)]}%"


def _extend_line_start_rules() -> None:
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    extra = "".join(c for c in CANNOT_START if c not in paragraph.ALL_CANNOT_START)
    if extra:
        paragraph.ALL_CANNOT_START = paragraph.ALL_CANNOT_START + extra
        textsplit.ALL_CANNOT_START = textsplit.ALL_CANNOT_START + extra
