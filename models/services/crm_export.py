"""Exporting the client list (as filtered) and the contact list to CSV or XLSX."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from models.services.clients import ClientQuery, ClientService
from models.services.crm_contacts import ContactService
from models.services.exporting import ExportFormat, write_table

PAGE = 1000
# English headers when the caller passes none (the CLI); the UI passes translated ones.
DEFAULT_HEADERS: dict[str, str] = {
    "name": "Name",
    "name_alt": "Other name",
    "status": "Status",
    "industry": "Industry",
    "source": "Source",
    "account_manager": "Account manager",
    "primary_contact": "Main contact",
    "phone": "Phone",
    "email": "E-mail",
    "created": "Added",
    "client": "Client",
    "role": "Role",
    "wechat_id": "WeChat ID",
    "primary": "Primary",
}


def _labelled(
    rows: Iterator[Sequence[Any]],
    keys: Sequence[str],
    value_labels: Mapping[str, Mapping[str, str]],
) -> Iterator[list[Any]]:
    for row in rows:
        out = list(row)
        for i, key in enumerate(keys):
            labels = value_labels.get(key)
            if labels and out[i] is not None:
                out[i] = labels.get(str(out[i]), out[i])
        yield out


class CrmExportService:
    def __init__(self, clients: ClientService, contacts: ContactService) -> None:
        self._clients = clients
        self._contacts = contacts

    def export_clients(
        self,
        path: Path,
        fmt: ExportFormat | None = None,
        query: ClientQuery | None = None,
        headers: Mapping[str, str] | None = None,
        value_labels: Mapping[str, Mapping[str, str]] | None = None,
    ) -> int:
        """Every client matching ``query`` (page by page, never all in memory at once)."""
        keys = [c.key for c in self._clients.columns()]

        def rows() -> Iterator[Sequence[Any]]:
            offset = 0
            while True:
                page = self._clients.page(query or ClientQuery(), offset, PAGE)
                for r in page:
                    yield r.values
                if len(page) < PAGE:
                    return
                offset += PAGE

        titles = [(headers or DEFAULT_HEADERS).get(k, DEFAULT_HEADERS.get(k, k)) for k in keys]
        return write_table(
            Path(path),
            titles,
            _labelled(rows(), keys, value_labels or {}),
            fmt,
            sheet_title="Clients",
        )

    def export_contacts(
        self,
        path: Path,
        fmt: ExportFormat | None = None,
        search: str = "",
        headers: Mapping[str, str] | None = None,
    ) -> int:
        keys = [c.key for c in self._contacts.columns()]

        def rows() -> Iterator[Sequence[Any]]:
            offset = 0
            while True:
                page = self._contacts.page(search, offset, PAGE)
                for r in page:
                    yield r.values
                if len(page) < PAGE:
                    return
                offset += PAGE

        titles = [(headers or DEFAULT_HEADERS).get(k, DEFAULT_HEADERS.get(k, k)) for k in keys]
        return write_table(Path(path), titles, rows(), fmt, sheet_title="Contacts")
