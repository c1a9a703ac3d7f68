"""The shared page: fonts, styles, bilingual labels, header/footer with page x of y, tables."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from models.money import Money
from models.report_data import LANGS, PAPERS, MissingRate, StudioInfo
from reports.fonts import ReportFonts, markup, register_fonts
from reports.labels import enum_pair, pair, pick

Out = str | Path | BinaryIO | None
GREY = colors.HexColor("#5f6b73")
LIGHT = colors.HexColor("#eef2f4")
RULE = colors.HexColor("#c9d2d8")


def accent_of(studio: StudioInfo) -> colors.Color:
    try:
        return colors.HexColor(studio.accent_color)
    except (ValueError, TypeError):
        return colors.HexColor("#2f6f8f")


@dataclass
class Ctx:
    """What every builder needs: language, fonts, styles and the accent colour."""

    lang: str
    fonts: ReportFonts
    accent: colors.Color
    studio: StudioInfo
    paper: str = "a4"

    def __post_init__(self) -> None:
        if self.lang not in LANGS:
            raise ValueError(f"language must be one of {LANGS}, not {self.lang!r}")
        if self.paper not in PAPERS:
            raise ValueError(f"paper must be one of {PAPERS}, not {self.paper!r}")
        f = self.fonts.name
        self.body = ParagraphStyle(
            "body", fontName=f, fontSize=9, leading=13, wordWrap="CJK", textColor=colors.black
        )
        self.small = ParagraphStyle("small", parent=self.body, fontSize=7.5, leading=10)
        self.muted = ParagraphStyle("muted", parent=self.small, textColor=GREY)
        self.right = ParagraphStyle("right", parent=self.body, alignment=TA_RIGHT)
        self.cell = ParagraphStyle("cell", parent=self.body, fontSize=8, leading=10.5)
        self.cell_r = ParagraphStyle("cell_r", parent=self.cell, alignment=TA_RIGHT)
        self.head_cell = ParagraphStyle(
            "head_cell", parent=self.cell, textColor=colors.white, fontSize=7.5, leading=9.5
        )
        self.head_cell_r = ParagraphStyle("head_cell_r", parent=self.head_cell, alignment=TA_RIGHT)
        self.title = ParagraphStyle(
            "title", fontName=f, fontSize=20, leading=25, textColor=self.accent, wordWrap="CJK"
        )
        self.subtitle = ParagraphStyle(
            "subtitle", parent=self.body, fontSize=11, leading=15, textColor=GREY
        )
        self.h2 = ParagraphStyle(
            "h2",
            fontName=f,
            fontSize=12.5,
            leading=16,
            textColor=self.accent,
            spaceBefore=10,
            spaceAfter=4,
            wordWrap="CJK",
        )
        self.h2_alt = ParagraphStyle(
            "h2_alt", parent=self.h2, fontSize=9, leading=11, spaceBefore=0, textColor=GREY
        )
        self.h3 = ParagraphStyle("h3", parent=self.body, fontSize=10.5, leading=14, spaceBefore=6)

    # -- text --------------------------------------------------------------------------
    def t(self, key: str, sep: str = " / ") -> str:
        return pick(pair(key), self.lang, sep)

    def e(self, value: object, sep: str = "\n") -> str:
        """An enum value's label; bilingual labels stack (label over label)."""
        return pick(enum_pair(str(value)), self.lang, sep)

    def p(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(markup(text, self.fonts), style or self.body)

    def label_over(self, en_zh: tuple[str, str], style: ParagraphStyle) -> Paragraph:
        """Bilingual table headers stack: English over Chinese, keeping columns narrow."""
        if self.lang == "both" and en_zh[0] != en_zh[1]:
            return Paragraph(
                markup(en_zh[0], self.fonts) + "<br/>" + markup(en_zh[1], self.fonts), style
            )
        return Paragraph(markup(pick(en_zh, self.lang), self.fonts), style)

    def heading(self, key: str, need: float = 32 * mm) -> list[Flowable]:
        """A section heading; ``need`` is the room below it, or the section starts a page."""
        en, zh = pair(key)
        # Start a new page rather than leave a heading alone at the bottom of one.
        keep = CondPageBreak(need)
        if self.lang == "both":
            return [keep, Paragraph(markup(en, self.fonts), self.h2), self.p(zh, self.h2_alt)]
        return [keep, self.p(en if self.lang == "en" else zh, self.h2)]

    # -- tables ------------------------------------------------------------------------
    def grid(self, data: Sequence[Sequence[Any]], **kwargs: Any) -> Table:
        """A Table whose cell font is ours: ReportLab would select (unembedded) Helvetica."""
        table = Table(data, **kwargs)
        table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), self.fonts.name)]))
        return table

    def table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[Any]],
        widths: Sequence[float],
        *,
        numeric: Sequence[int] = (),
        total_row: bool = False,
        extra_style: Sequence[tuple[Any, ...]] = (),
    ) -> Table:
        """A zebra table with an accent header row; header keys are label keys."""
        head = [
            self.label_over(pair(h), self.head_cell_r if i in numeric else self.head_cell)
            for i, h in enumerate(headers)
        ]
        body = []
        for row in rows:
            cells = []
            for i, value in enumerate(row):
                if isinstance(value, Flowable):
                    cells.append(value)
                elif i in numeric:
                    # Figures never wrap, and a plain string is far cheaper than a Paragraph
                    # (a 100-project report has thousands of them).
                    cells.append(_text(value))
                else:
                    cells.append(self.p(_text(value), self.cell_r if i in numeric else self.cell))
            body.append(cells)
        scale = _frame_width(self.paper) / sum(widths)
        table = self.grid([head, *body], colWidths=[w * scale for w in widths], repeatRows=1)
        table.hAlign = "LEFT"
        style: list[tuple[Any, ...]] = [
            ("BACKGROUND", (0, 0), (-1, 0), self.accent),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        for i in numeric:
            style += [("ALIGN", (i, 1), (i, -1), "RIGHT")]
        style += [("FONTSIZE", (0, 1), (-1, -1), 8), ("LEADING", (0, 1), (-1, -1), 10.5)]
        for r in range(1, len(body) + 1):
            if r % 2 == 0:
                style.append(("BACKGROUND", (0, r), (-1, r), LIGHT))
        if total_row and body:
            style += [("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black)]
        table.setStyle(TableStyle(style + list(extra_style)))
        return table

    def facts(self, items: Sequence[tuple[str, str]], cols: int = 2) -> Table:
        """Label: value pairs in a grid (label keys)."""
        cells = []
        row: list[Any] = []
        for key, value in items:
            row += [self.p(self.t(key), self.muted), self.p(value or "-", self.body)]
            if len(row) == cols * 2:
                cells.append(row)
                row = []
        if row:
            cells.append(row + [Spacer(1, 1)] * (cols * 2 - len(row)))
        width = _frame_width(self.paper)
        label_w = width * (0.16 if self.lang != "both" else 0.2) * 2 / cols
        value_w = width / cols - label_w
        table = self.grid(cells, colWidths=[label_w, value_w] * cols)
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return table

    def empty(self, key: str) -> Paragraph:
        return self.p(self.t(key), self.muted)


def _text(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, Money):
        return value.format()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def money(value: Money) -> str:
    return value.format()


def day(value: date | None) -> str:
    return value.isoformat() if value else "-"


def page_size(paper: str) -> tuple[float, float]:
    return LETTER if paper == "letter" else A4


MARGIN = 16 * mm


def _frame_width(paper: str) -> float:
    return page_size(paper)[0] - 2 * MARGIN


def frame_width(ctx: Ctx) -> float:
    return _frame_width(ctx.paper)


def make_ctx(studio: StudioInfo, lang: str, paper: str, font_path: str | None) -> Ctx:
    return Ctx(
        lang=lang,
        fonts=register_fonts(font_path),
        accent=accent_of(studio),
        studio=studio,
        paper=paper,
    )


def _numbered_canvas(ctx: Ctx, title: str) -> type[Canvas]:
    """A canvas that knows the page count, so the footer can say 'Page 2 of 5'."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                _decorate(self, ctx, title, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def _decorate(canvas: Canvas, ctx: Ctx, title: str, page: int, total: int) -> None:
    width, height = page_size(ctx.paper)
    font = ctx.fonts.name
    canvas.saveState()
    canvas.setFillColor(ctx.accent)
    canvas.rect(0, height - 6 * mm, width, 6 * mm, stroke=0, fill=1)
    x = MARGIN
    logo = ctx.studio.logo_path
    if logo and Path(logo).is_file():
        try:
            canvas.drawImage(
                logo,
                x,
                height - 19 * mm,
                width=22 * mm,
                height=11 * mm,
                preserveAspectRatio=True,
                anchor="sw",
                mask="auto",
            )
            x += 25 * mm
        except Exception:  # a broken logo must not stop the report; the name still prints
            pass
    canvas.setFillColor(colors.black)
    canvas.setFont(font, 10)
    canvas.drawString(x, height - 14 * mm, ctx.studio.name)
    canvas.setFillColor(GREY)
    canvas.setFont(font, 8)
    canvas.drawRightString(width - MARGIN, height - 14 * mm, title)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, height - 21 * mm, width - MARGIN, height - 21 * mm)
    canvas.line(MARGIN, 13 * mm, width - MARGIN, 13 * mm)
    footer_left = ctx.studio.name + (f"  ·  {ctx.studio.address}" if ctx.studio.address else "")
    canvas.drawString(MARGIN, 9 * mm, footer_left.replace("\n", " ")[:110])
    if ctx.lang == "zh":
        number = f"第 {page} 页，共 {total} 页"
    elif ctx.lang == "both":
        number = f"Page {page} of {total} / 第 {page} 页，共 {total} 页"
    else:
        number = f"Page {page} of {total}"
    canvas.drawRightString(width - MARGIN, 9 * mm, number)
    canvas.restoreState()


def title_block(ctx: Ctx, key: str, subtitle: str) -> list[Flowable]:
    en, zh = pair(key)
    out: list[Flowable] = []
    if ctx.lang == "both":
        out += [ctx.p(en, ctx.title), ctx.p(zh, ctx.subtitle)]
    else:
        out.append(ctx.p(en if ctx.lang == "en" else zh, ctx.title))
    if subtitle:
        out.append(ctx.p(subtitle, ctx.subtitle))
    out.append(Spacer(1, 4 * mm))
    return out


def missing_rates(ctx: Ctx, items: Sequence[MissingRate]) -> list[Flowable]:
    """One muted line per currency whose documents a total leaves out for want of a rate."""
    if not items:
        return []
    return [Spacer(1, 2 * mm)] + [
        ctx.p(
            ctx.t(f"missing_rate_{m.kind}" + ("_1" if m.count == 1 else ""))
            .replace("{n}", f"{m.count:,}")
            .replace("{cur}", m.currency),
            ctx.muted,
        )
        for m in items
    ]


def render(ctx: Ctx, key: str, story: list[Flowable], out: Out, *, subject: str = "") -> bytes:
    """Lay out ``story`` on numbered pages and write the PDF; returns its bytes too."""
    buffer = io.BytesIO()
    title = pick(pair(key), ctx.lang)
    doc = SimpleDocTemplate(
        buffer,
        pagesize=page_size(ctx.paper),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=26 * mm,
        bottomMargin=18 * mm,
        title=f"{title} - {subject}" if subject else title,
        author=ctx.studio.name,
        creator="Studio Desktop",
        lang="zh-CN" if ctx.lang == "zh" else "en",
        # Start pages in the embedded font: ReportLab's default Helvetica would otherwise be
        # listed, unembedded, in every page's resources.
        initialFontName=ctx.fonts.name,
    )
    doc.build(story, canvasmaker=_numbered_canvas(ctx, title))
    data = buffer.getvalue()
    if out is None:
        return data
    if isinstance(out, (str, Path)):
        Path(out).write_bytes(data)
    else:
        out.write(data)
    return data


Builder = Callable[..., bytes]
