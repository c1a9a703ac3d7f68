"""A client with 100 projects still gives a tidy report (read back with pypdf and poppler)."""

from __future__ import annotations

import io

from pypdf import PdfReader
from test_reports_builders import fonts_embedded, pages, pytestmark, qpdf_ok, text_of

from reports import samples
from reports.builders import build_client_report

__all__ = ["pytestmark"]


def test_client_with_100_projects_stays_tidy(tmp_path):
    data = samples.sample_client_report(100)
    out = tmp_path / "client.pdf"
    pdf = build_client_report(data, out, lang="zh")
    assert out.read_bytes() == pdf
    text = text_of(pdf)
    assert "P-2026-100" in text and "P-2026-001" in text
    assert "¥12,000,000.00" in text  # 100 x ¥120,000.00 in the total row
    # a summary table, a chart and one compact block per project: roughly 3 per page
    assert 25 <= pages(pdf) <= 60
    qpdf_ok(pdf, tmp_path)


def test_pypdf_reads_the_chinese_back_too():
    pdf = build_client_report(samples.sample_client_report(2), lang="zh")
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "客户报告" in text and "流明茶馆" in text and "¥240,000.00" in text
    assert all(embedded for _name, embedded in fonts_embedded(pdf))
