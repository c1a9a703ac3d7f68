"""Rasterise PDF pages (pypdfium2, else poppler's pdftoppm) for the preview and for printing.

QtPdf lives in PySide6-Addons (a ~200 MB wheel); pypdfium2 is a ~3 MB self-contained wheel
on every platform and renders exactly what the printer would get, so it is the light choice.
pdftoppm is the fallback where pypdfium2 is missing.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget


class NoRasteriser(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def rasterise(pdf: bytes, dpi: int = 96, max_pages: int | None = None) -> list[QImage]:
    """Each page as a QImage (safe to run off the GUI thread: no QPixmap)."""
    try:
        import pypdfium2
    except ImportError:
        return _rasterise_poppler(pdf, dpi, max_pages)
    doc = pypdfium2.PdfDocument(pdf)
    images = []
    try:
        count = len(doc) if max_pages is None else min(len(doc), max_pages)
        for i in range(count):
            page = doc[i]
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
            fmt = QImage.Format.Format_RGBA8888 if bitmap.n_channels == 4 else (
                QImage.Format.Format_RGB888
            )  # fmt: skip
            image = QImage(
                bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, fmt
            ).copy()
            images.append(image)
            bitmap.close()
            page.close()
    finally:
        doc.close()
    return images


def _rasterise_poppler(pdf: bytes, dpi: int, max_pages: int | None) -> list[QImage]:
    exe = shutil.which("pdftoppm")
    if exe is None:
        raise NoRasteriser("Install pypdfium2 (or poppler's pdftoppm) to preview reports.")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "report.pdf"
        src.write_bytes(pdf)
        args = [exe, "-r", str(dpi), "-png"]
        if max_pages:
            args += ["-l", str(max_pages)]
        subprocess.run([*args, str(src), str(Path(tmp) / "page")], check=True)
        return [QImage(str(p)) for p in sorted(Path(tmp).glob("page-*.png"))]


def print_pdf(pdf: bytes, printer: QPrinter, dpi: int = 300) -> int:
    """Print every page, scaled to the printer's page; returns the number of pages sent."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("The printer could not be opened.")
    try:
        pages = rasterise(pdf, dpi)
        for n, image in enumerate(pages):
            if n:
                printer.newPage()
            area = painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(QRect(area.x(), area.y(), size.width(), size.height()))
            painter.setWindow(image.rect())
            painter.drawImage(0, 0, image)
            painter.setViewport(area)
            painter.setWindow(QRect(0, 0, area.width(), area.height()))
        return len(pages)
    finally:
        painter.end()


class PreviewArea(QScrollArea):
    """The pages, one under the other, on a grey desk."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportPreview")
        self.setWidgetResizable(True)
        self._holder = QWidget()
        self._holder.setObjectName("reportPreviewDesk")
        self._layout = QVBoxLayout(self._holder)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._layout.setSpacing(14)
        self.setWidget(self._holder)
        self.pages: list[QLabel] = []
        self.placeholder = QLabel(self._holder)
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout.addWidget(self.placeholder)

    def show_message(self, text: str) -> None:
        self.clear()
        self.placeholder.setText(text)
        self.placeholder.show()

    def clear(self) -> None:
        for label in self.pages:
            # Out of the layout now: deleteLater alone leaves it shown until the loop runs.
            self._layout.removeWidget(label)
            label.hide()
            label.deleteLater()
        self.pages = []

    def show_pages(self, images: list[QImage]) -> None:
        from PySide6.QtGui import QPixmap

        self.clear()
        self.placeholder.hide()
        for image in images:
            label = QLabel(self._holder)
            label.setPixmap(QPixmap.fromImage(image))
            label.setStyleSheet("background: white; border: 1px solid #c9d2d8;")
            self._layout.addWidget(label)
            self.pages.append(label)
