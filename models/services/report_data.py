"""Report data built from the database: SQL aggregates in, the reports' frozen dataclasses out.

Money for invoices comes from browse.invoice_amounts(); labour cost is time_entries.minutes x
the person's cost rate valid on the work date, summed exactly and rounded once per project.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, or_, select

from models.entities import Client, Contact, Interaction, Invoice, Project, Setting
from models.enums import InvoiceState, ProjectStage, ReportLanguage
from models.errors import NotFound, ValidationError
from models.report_data import ClientInfo, ClientReportData, ContactLine
from models.services.base import UnitOfWork
from models.services.report_data_common import (
    invoice_summaries,
    invoice_totals,
    missing_rates,
    risks,
    studio_info,
    summaries,
)
from models.services.report_data_project import ProjectReports
from models.services.report_data_studio import StudioReports

FONT_SETTING = "reports.cjk_font"
TOP_RISKS = 10


@dataclass(frozen=True, slots=True)
class Subject:
    """Something a report can be about, for the pickers: id, label, owning client."""

    id: int
    label: str
    client_id: int | None = None
    language: ReportLanguage | None = None


class ReportDataService(ProjectReports, StudioReports):
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    # -- settings and pickers -----------------------------------------------------------
    def font_path(self) -> str:
        """The user's chosen CJK font file ("" = find one on the system)."""
        with self._uow.read() as s:
            row = s.get(Setting, FONT_SETTING)
            return row.value if row else ""

    def set_font_path(self, path: str) -> None:
        with self._uow.write() as s:
            row = s.get(Setting, FONT_SETTING)
            if not path.strip():
                if row is not None:
                    s.delete(row)
                return
            if row is None:
                s.add(Setting(key=FONT_SETTING, value=path.strip()))
            else:
                row.value = path.strip()

    def set_client_language(self, client_id: int, language: str) -> None:
        try:
            lang = ReportLanguage(language)
        except ValueError:
            raise ValidationError("language", "Choose English, Chinese or both.") from None
        with self._uow.write() as s:
            client = s.get(Client, client_id)
            if client is None:
                raise NotFound("That client no longer exists.")
            if client.report_language != lang:
                client.report_language = lang

    def clients(self, search: str = "", limit: int = 500) -> list[Subject]:
        from models.text import search_key

        q = select(Client.id, Client.name, Client.name_alt, Client.report_language).where(
            Client.archived_at.is_(None), Client.merged_into_id.is_(None)
        )
        if search.strip():
            q = q.where(Client.name_key.contains(search_key(search)))
        q = q.order_by(Client.name_key).limit(limit)
        with self._uow.read() as s:
            return [
                Subject(i, n + (f" ({alt})" if alt else ""), i, ReportLanguage(lang))
                for i, n, alt, lang in s.execute(q)
            ]

    def projects(self, client_id: int | None = None, limit: int = 2000) -> list[Subject]:
        q = select(Project.id, Project.code, Project.name, Project.client_id).where(
            Project.archived_at.is_(None)
        )
        if client_id is not None:
            q = q.where(Project.client_id == client_id)
        q = q.order_by(Project.code.desc()).limit(limit)
        with self._uow.read() as s:
            return [Subject(i, f"{c}  {n}", cid) for i, c, n, cid in s.execute(q)]

    def invoices(self, client_id: int | None = None, limit: int = 2000) -> list[Subject]:
        q = select(Invoice.id, Invoice.number, Client.name, Invoice.client_id).join(
            Client, Client.id == Invoice.client_id
        )
        if client_id is not None:
            q = q.where(Invoice.client_id == client_id)
        q = q.order_by(Invoice.issued_on.desc(), Invoice.id.desc()).limit(limit)
        with self._uow.read() as s:
            return [Subject(i, f"{num}  {name}", cid) for i, num, name, cid in s.execute(q)]

    def find(self, kind: str, text: str) -> int:
        """The id of a client (id or exact name), project (id or code) or invoice (id or
        number), for the command line."""
        column, id_col = {
            "client": (Client.name, Client.id),
            "project": (Project.code, Project.id),
            "invoice": (Invoice.number, Invoice.id),
        }[kind]
        with self._uow.read() as s:
            if text.strip().isdigit() and s.scalar(select(id_col).where(id_col == int(text))):
                return int(text)
            found = s.scalar(select(id_col).where(column == text.strip()).limit(1))
            if found is None:
                raise NotFound(f"There is no {kind} '{text}'.")
            return int(found)

    def language_for(self, kind: str, subject_id: int) -> ReportLanguage:
        """The report language remembered on the client the subject belongs to."""
        if kind == "client":
            return self.client_language(subject_id)
        owner, id_col = {
            "project": (Project.client_id, Project.id),
            "invoice": (Invoice.client_id, Invoice.id),
        }[kind]
        with self._uow.read() as s:
            client_id = s.scalar(select(owner).where(id_col == subject_id))
        if client_id is None:
            raise NotFound(f"That {kind} no longer exists.")
        return self.client_language(int(client_id))

    def client_language(self, client_id: int) -> ReportLanguage:
        with self._uow.read() as s:
            lang = s.scalar(select(Client.report_language).where(Client.id == client_id))
            if lang is None:
                raise NotFound("That client no longer exists.")
            return ReportLanguage(lang)

    # -- client report ------------------------------------------------------------------
    def client_report(
        self,
        client_id: int,
        start: date,
        end: date,
        *,
        project_ids: Sequence[int] | None = None,
        today: date | None = None,
    ) -> ClientReportData:
        """Projects of the client (all those active in the period, or the chosen ones) with
        money to date; invoices issued in the period; open risks; follow-ups still to do."""
        today = today or date.today()
        if end < start:
            raise ValidationError("end", "The period ends before it starts.")
        with self._uow.read() as s:
            client = s.get(Client, client_id)
            if client is None:
                raise NotFound("That client no longer exists.")
            studio = studio_info(s)
            currency = studio.base_currency
            contacts = tuple(
                ContactLine(c.name, c.role, c.phone, c.email, c.wechat_id, c.is_primary)
                for c in s.scalars(
                    select(Contact)
                    .where(Contact.client_id == client_id)
                    .order_by(Contact.is_primary.desc(), Contact.name)
                )
            )
            pq = select(Project).where(Project.client_id == client_id)
            if project_ids:
                pq = pq.where(Project.id.in_(list(project_ids)))
            else:
                # Active in the period: started by its end and not finished before its start.
                pq = pq.where(
                    Project.archived_at.is_(None),
                    or_(Project.start_on.is_(None), Project.start_on <= end),
                    or_(
                        Project.stage != ProjectStage.CLOSED,
                        Project.due_on.is_(None),
                        Project.due_on >= start,
                    ),
                )
            projects = list(s.scalars(pq.order_by(Project.start_on.desc(), Project.code)))
            summaries_ = summaries(s, projects, currency, end, today)
            listed = and_(
                Invoice.client_id == client_id,
                Invoice.issued_on >= start,
                Invoice.issued_on <= end,
                Invoice.state != InvoiceState.DRAFT,
            )
            inv = invoice_summaries(s, listed, today)
            totals = invoice_totals(s, listed, currency)
            missing = missing_rates(s, currency, invoices=listed)
            top_risks = risks(s, [p.id for p in projects], limit=TOP_RISKS)
            steps = [
                f"{d.isoformat()}: {text}" if d else text
                for text, d in s.execute(
                    select(Interaction.next_step, Interaction.follow_up_on)
                    .where(
                        Interaction.client_id == client_id,
                        Interaction.next_step != "",
                        Interaction.follow_up_done_at.is_(None),
                    )
                    .order_by(Interaction.follow_up_on.is_(None), Interaction.follow_up_on)
                    .limit(5)
                )
            ]
            return ClientReportData(
                studio=studio,
                client=ClientInfo(
                    name=client.name,
                    name_alt=client.name_alt,
                    industry=client.industry,
                    notes=client.notes,
                    contacts=contacts,
                ),
                period_start=start,
                period_end=end,
                generated_on=today,
                currency=currency,
                projects=tuple(summaries_),
                invoices=tuple(inv),
                risks=tuple(top_risks),
                next_steps=tuple(steps),
                invoice_totals=totals,
                missing_rates=missing,
            )
