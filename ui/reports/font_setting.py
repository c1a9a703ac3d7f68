"""The small font chooser on the Reports page: which CJK TrueType font the PDFs embed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class FontSetting(QGroupBox):
    """Shows the font in use; lets the user choose a file or go back to automatic."""

    font_changed = Signal()

    def __init__(self, report_data: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Chinese font for PDFs"))
        self._rd = report_data
        self.current = QLabel(self)
        self.current.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setStyleSheet("color: #c0392b;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.choose_button = QPushButton(self.tr("Choose font…"), self)
        self.auto_button = QPushButton(self.tr("Automatic"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.auto_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.current)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.choose_button.clicked.connect(self._on_choose_clicked)
        self.auto_button.clicked.connect(lambda: self.set_path(""))
        self._show()

    def path(self) -> str:
        return self._rd.font_path()

    def set_path(self, path: str) -> bool:
        """Check the font can be embedded before remembering it; say why not beside it."""
        from reports.fonts import CjkFontError, check_font

        self.error.hide()
        if path:
            try:
                check_font(path)
            except CjkFontError as exc:
                self.error.setText(exc.message)
                self.error.show()
                return False
        try:
            self._rd.set_font_path(path)
        except Exception as exc:
            from ui.shell.messages import message_of

            self.error.setText(message_of(exc))
            self.error.show()
            return False
        self._show()
        self.font_changed.emit()
        return True

    def _show(self) -> None:
        from reports.fonts import CjkFontError, find_cjk_font
        from ui.reports.fonts import register_qt_font

        chosen = self.path()
        try:
            found = find_cjk_font(chosen or None)
        except CjkFontError as exc:
            self.current.setText(exc.message)
            return
        family = register_qt_font(chosen or None)
        how = self.tr("chosen") if chosen else self.tr("found on this computer")
        self.current.setText(f"{family or found.stem} ({how})\n{found}")

    def _on_choose_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a Chinese TrueType font"),
            str(Path(self.path()).parent) if self.path() else "",
            self.tr("TrueType fonts (*.ttf *.ttc)"),
        )
        if name:
            self.set_path(name)
