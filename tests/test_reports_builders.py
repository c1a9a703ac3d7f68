"""The PDF builders, read back: text in each language, embedded fonts, qpdf, pages, wrapping."""

from __future__ import annotations

import io
import random
import shutil
import subprocess
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from models.money import Money
from reports import samples
from reports.builders import (
    build_acceptance_certificate,
    build_budget_report,
    build_client_report,
    build_invoice_pdf,
    build_monthly_studio_report,
    build_project_status_report,
    build_risk_register,
)
from reports.fonts import CANNOT_START, CjkFontError, find_cjk_font, markup, register_fonts
from reports.rmb import rmb_upper

pytestmark = pytest.mark.skipif(
    not Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc").exists()
    and not any(p.exists() for p in [Path("C:/Windows/Fonts/msyh.ttc")]),
    reason="no CJK TrueType font installed",
)


def text_of(pdf: bytes) -> str:
    """The PDF's text as poppler reads it (fast), or pypdf where poppler is missing."""
    if shutil.which("pdftotext"):
        result = subprocess.run(
            ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True
        )
        return result.stdout.decode("utf-8")
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def fonts_embedded(pdf: bytes) -> list[tuple[str, bool]]:
    """(BaseFont, has FontFile2) for every font any page uses, descendants included."""
    reader = PdfReader(io.BytesIO(pdf))
    seen: dict[str, bool] = {}
    for page in reader.pages:
        fonts = page["/Resources"].get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            desc = font.get("/FontDescriptor")
            if desc is None and "/DescendantFonts" in font:
                desc = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            embedded = desc is not None and "/FontFile2" in desc.get_object()
            seen[str(font["/BaseFont"])] = embedded
    return sorted(seen.items())


def qpdf_ok(pdf: bytes, tmp_path: Path) -> None:
    if shutil.which("qpdf") is None:
        return
    path = tmp_path / "check.pdf"
    path.write_bytes(pdf)
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


BUILDS = [
    ("client", build_client_report, samples.sample_client_report),
    ("project", build_project_status_report, samples.sample_project_report),
    ("acceptance", build_acceptance_certificate, samples.sample_acceptance),
    ("invoice", build_invoice_pdf, samples.sample_invoice),
    ("budget", build_budget_report, samples.sample_budget),
    ("risks", build_risk_register, samples.sample_risks),
    ("monthly", build_monthly_studio_report, samples.sample_monthly),
]

TITLES = {
    "client": ("Client report", "客户报告"),
    "project": ("Project status report", "项目状态报告"),
    "acceptance": ("Acceptance certificate", "验收证书"),
    "invoice": ("Invoice", "发票"),
    "budget": ("Budget vs actuals", "预算与实际对比"),
    "risks": ("Risk register", "风险登记册"),
    "monthly": ("Monthly studio report", "工作室月度报告"),
}


@pytest.mark.parametrize("lang", ["en", "zh", "both"])
@pytest.mark.parametrize(("kind", "build", "make"), BUILDS, ids=[b[0] for b in BUILDS])
def test_every_report_in_every_language_reads_back(kind, build, make, lang, tmp_path):
    pdf = build(make(), lang=lang)
    assert pdf.startswith(b"%PDF")
    text = text_of(pdf)
    en, zh = TITLES[kind]
    assert (en in text) == (lang in ("en", "both"))
    if lang != "en":
        assert zh in text
    # the footer speaks the report's language(s)
    assert ("Page 1 of" in text) == (lang != "zh")
    assert ("第 1 页" in text) == (lang != "en")
    # Every font used is a TrueType font carried inside the file (no STSong/Helvetica).
    used = fonts_embedded(pdf)
    assert used and all(embedded for _name, embedded in used), used
    qpdf_ok(pdf, tmp_path)


def test_client_report_names_and_amounts():
    pdf = build_client_report(samples.sample_client_report(3), lang="both")
    text = text_of(pdf)
    for expected in ("流明茶馆", "Lumen Tea House", "王小明", "P-2026-003", "INV-0012"):
        assert expected in text
    # three projects of ¥120,000.00 fee each, invoices ¥36,000 paid and ¥24,000 outstanding
    assert "¥360,000.00" in text
    assert "¥24,000.00" in text
    assert "¥58,821.50" in text  # labour 54,321.50 + expenses 4,500.00
    assert "Page 1 of" in text and "第 1 页" in text


def test_invoice_totals_tax_lines_and_words():
    data = samples.sample_invoice()
    pdf = build_invoice_pdf(data, lang="zh")
    text = text_of(pdf)
    assert "INV-2026-0042" in text
    assert "¥1,257.75" in text and "¥757.75" in text
    assert "税额 6%" in text and "税额 13%" in text
    assert "壹仟贰佰伍拾柒元柒角伍分" in text
    assert "招商银行" in text and "收到发票后30天内付款" in text
    english = text_of(build_invoice_pdf(data, lang="en"))
    assert "壹仟" not in english  # words in capitals belong to Chinese invoices
    assert "Tax 13%" in english and "Bank details" in english
    assert data.tax_by_rate()[1][2].amount == Decimal("22.75")


def test_symbols_and_punctuation_render_with_the_embedded_font():
    pdf = build_project_status_report(samples.sample_project_report(), lang="zh")
    text = text_of(pdf).replace("\n", "")
    for ch in "¥²µ，。；：（）":
        assert ch in text


def test_letter_paper_and_page_numbers():
    pdf = build_monthly_studio_report(samples.sample_monthly(), lang="en", paper="letter")
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    a4 = PdfReader(io.BytesIO(build_risk_register(samples.sample_risks()))).pages[0].mediabox
    assert (round(float(a4.width)), round(float(a4.height))) == (595, 842)
    assert f"Page 1 of {pages(pdf)}" in text_of(pdf)


def test_bad_language_or_paper_is_refused():
    with pytest.raises(ValueError):
        build_risk_register(samples.sample_risks(), lang="fr")
    with pytest.raises(ValueError):
        build_risk_register(samples.sample_risks(), paper="a3")


def _png(path: Path) -> None:
    """A 4 x 2 red PNG, written by hand (no imaging library needed)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + b"\xcc\x22\x11" * 4 for _ in range(2))
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 2, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def test_logo_and_accent_colour_are_used(tmp_path):
    logo = tmp_path / "logo.png"
    _png(logo)
    studio = replace(samples.STUDIO, logo_path=str(logo), accent_color="#aa3300")
    pdf = build_risk_register(replace(samples.sample_risks(), studio=studio))
    assert b"/Subtype /Image" in pdf
    plain = build_risk_register(samples.sample_risks())
    assert b"/Subtype /Image" not in plain
    # a missing logo file is skipped, the report still prints
    gone = replace(samples.STUDIO, logo_path=str(tmp_path / "gone.png"))
    assert build_risk_register(replace(samples.sample_risks(), studio=gone)).startswith(b"%PDF")


# -- Chinese capital numerals --------------------------------------------------------
@pytest.mark.parametrize(
    ("amount", "words"),
    [
        ("1234.50", "壹仟贰佰叁拾肆元伍角整"),
        ("0", "零元整"),
        ("0.05", "伍分"),
        ("0.50", "伍角整"),
        ("10", "壹拾元整"),
        ("325.04", "叁佰贰拾伍元零肆分"),
        ("1680.32", "壹仟陆佰捌拾元零叁角贰分"),
        ("107000.53", "壹拾万柒仟元零伍角叁分"),
        ("6007.14", "陆仟零柒元壹角肆分"),
        ("1409.50", "壹仟肆佰零玖元伍角整"),
        ("100010", "壹拾万零壹拾元整"),
        ("1000000", "壹佰万元整"),
        ("10010000", "壹仟零壹万元整"),
        ("100000001", "壹亿零壹元整"),
        ("20000000", "贰仟万元整"),
        ("1257.75", "壹仟贰佰伍拾柒元柒角伍分"),
        ("-3.20", "负叁元贰角整"),
    ],
)
def test_rmb_capitals(amount, words):
    assert rmb_upper(Decimal(amount)) == words


def test_rmb_capitals_refuse_absurd_amounts():
    with pytest.raises(ValueError):
        rmb_upper(Decimal("1000000000000"))


# -- fonts and wrapping ---------------------------------------------------------------
def test_font_errors_are_typed_and_say_what_to_do(tmp_path):
    with pytest.raises(CjkFontError, match="does not exist"):
        find_cjk_font(tmp_path / "missing.ttf")
    bogus = tmp_path / "bogus.ttf"
    bogus.write_bytes(b"not a font at all")
    with pytest.raises(CjkFontError, match="cannot be embedded"):
        find_cjk_font(bogus)
    assert find_cjk_font().suffix in (".ttc", ".ttf")


def test_long_chinese_text_never_starts_a_line_with_closing_punctuation():
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    fonts = register_fonts()
    style = ParagraphStyle("t", fontName=fonts.name, fontSize=10, leading=12, wordWrap="CJK")
    rng = random.Random(7)
    chars = "设计品牌视觉项目客户交付评审预算成本风险计划进度"
    punct = "，。；：！？、）》」』"

    def line_text(line: object) -> str:
        if isinstance(line, tuple):
            return "".join(line[1])
        return "".join(getattr(w, "text", "") for w in line.words)  # type: ignore[attr-defined]

    lines = 0
    for width in range(60, 420, 6):
        text = "".join(
            "".join(rng.choice(chars) for _ in range(rng.randint(1, 9))) + rng.choice(punct)
            for _ in range(60)
        )
        para = Paragraph(markup(text, fonts), style)
        para.wrap(width, 100_000)
        for line in para.blPara.lines[1:]:
            lines += 1
            first = line_text(line)[:1]
            assert first not in CANNOT_START, (width, line_text(line))
    assert lines > 1000


def test_client_report_totals_each_currency_of_its_projects():
    data = samples.sample_client_report(3)
    usd = Money.of("15100.00", "USD")
    # A USD fee and budget; its costs, like every project's, are in the studio's CNY.
    abroad = replace(data.projects[2], fee=usd, budget=Money.of("12000.00", "USD"))
    data = replace(data, projects=(*data.projects[:2], abroad))
    text = text_of(build_client_report(data, lang="en"))
    # CNY fees of two projects in one total, all three projects' costs with them (3 x
    # ¥58,821.50); the USD fee and budget in a total of their own.
    assert "Total (CNY)" in text and "¥240,000.00" in text and "¥176,464.50" in text
    assert "Total (USD)" in text and "$15,100.00" in text and "$12,000.00" in text
    assert "over budget" not in text.lower()  # $12,000 budget vs ¥58,821.50 cost: no verdict
    single = text_of(build_client_report(samples.sample_client_report(3), lang="en"))
    assert "Total (CNY)" not in single and "¥360,000.00" in single
