"""Plain table export: headers + rows in, a CSV (UTF-8 with BOM, for Excel) or XLSX file out."""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal

from models.errors import StorageError, ValidationError
from models.money import Money

ExportFormat = Literal["csv", "xlsx"]
FORMATS: tuple[str, ...] = ("csv", "xlsx")


def cell_text(value: Any) -> str:
    """How a value reads in a CSV cell: money as plain decimals, dates ISO, None blank."""
    if value is None:
        return ""
    if isinstance(value, Money):
        return str(value.amount)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value)


def _xlsx_value(value: Any) -> Any:
    if isinstance(value, Money):
        return value.amount  # openpyxl writes Decimal as a number
    if isinstance(value, (int, Decimal, date, datetime)) and not isinstance(value, bool):
        if isinstance(value, datetime) and value.tzinfo is not None:
            return value.replace(tzinfo=None)  # Excel has no time zones
        return value
    return cell_text(value)


def format_from_path(path: Path) -> ExportFormat:
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise ValidationError("format", "Choose CSV or XLSX.")
    return suffix  # type: ignore[return-value]


def write_table(
    path: Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    fmt: ExportFormat | None = None,
    *,
    sheet_title: str = "Export",
) -> int:
    """Write the table to ``path`` (via a temporary file, so a failure leaves no half file).

    Returns the number of data rows written.
    """
    fmt = fmt or format_from_path(path)
    if fmt not in FORMATS:
        raise ValidationError("format", "Choose CSV or XLSX.")
    path = Path(path)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".export-", suffix=f".{fmt}", dir=path.parent)
    except OSError as exc:
        raise StorageError(f"The file could not be written ({exc.strerror}).") from exc
    os.close(fd)
    tmp = Path(tmp_name)
    count = 0
    try:
        if fmt == "csv":
            # utf-8-sig writes the BOM that makes Excel read Chinese text correctly.
            with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow(list(headers))
                for row in rows:
                    writer.writerow([cell_text(v) for v in row])
                    count += 1
        else:
            from openpyxl import Workbook

            wb = Workbook(write_only=True)
            ws = wb.create_sheet(sheet_title[:31] or "Export")
            ws.append(list(headers))
            for row in rows:
                ws.append([_xlsx_value(v) for v in row])
                count += 1
            wb.save(tmp)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError(f"The file could not be written ({exc.strerror or exc}).") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return count


def read_table(path: Path) -> tuple[list[str], list[list[str]]]:
    """Read an exported table back (tests and round trips): every cell as text."""
    path = Path(path)
    if path.suffix.lower() == ".xlsx":
        from openpyxl import load_workbook

        wb = load_workbook(path, read_only=True)
        ws = wb.worksheets[0]
        rows = [["" if v is None else str(v) for v in r] for r in ws.iter_rows(values_only=True)]
        wb.close()
    else:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.reader(fh))
    return (rows[0] if rows else []), rows[1:]
