"""Icons and the stylesheet, read from the ``resources`` package (works installed or from git)."""

from __future__ import annotations

from functools import cache
from importlib import resources as importlib_resources
from pathlib import Path

from PySide6.QtGui import QIcon, QPixmap


def resource_path(*parts: str) -> Path:
    """A file inside the ``resources`` package as a real path (it ships unzipped)."""
    return Path(str(importlib_resources.files("resources").joinpath(*parts)))


@cache
def icon(name: str) -> QIcon:
    """An SVG icon from resources/icons; an empty icon (never a crash) when missing."""
    path = resource_path("icons", f"{name}.svg")
    if not path.is_file():
        return QIcon()
    result = QIcon(str(path))
    if result.isNull():  # no SVG image plugin: still show something
        result = QIcon(QPixmap(str(path)))
    return result


def stylesheet() -> str:
    """resources/style.qss with ``@ICONS@`` replaced by the icons folder (QSS needs paths)."""
    path = resource_path("style.qss")
    if not path.is_file():
        return ""
    icons = resource_path("icons").as_posix()
    return path.read_text(encoding="utf-8").replace("@ICONS@", icons)
