"""Report data for one project: status report, acceptance certificate, and its invoices."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from models.entities import (
    ChangeRequest,
    Client,
    Contact,
    Expense,
    ExpenseCategory,
    Invoice,
    InvoiceLine,
    Project,
    ProjectBudgetLine,
    ProjectBudgetRevision,
    StageChange,
    Task,
)
from models.enums import BudgetLineKind, InvoiceKind, InvoiceStatus, ProjectStage, TaskStatus
from models.errors import NotFound
from models.money import Money
from models.reference import label_zh
from models.report_data import (
    AcceptanceData,
    AmountLine,
    ChangeLine,
    InvoiceData,
    InvoiceItem,
    MilestoneLine,
    ProjectReportData,
    StageLine,
)
from models.services.base import UnitOfWork
from models.services.browse import invoice_amounts, invoice_status
from models.services.report_data_common import (
    risks,
    studio_info,
    summaries,
)


class ProjectReports:
    _uow: UnitOfWork

    def project_report(self, project_id: int, *, today: date | None = None) -> ProjectReportData:
        today = today or date.today()
        with self._uow.read() as s:
            project = s.get(Project, project_id)
            if project is None:
                raise NotFound("That project no longer exists.")
            studio = studio_info(s)
            summary = summaries(s, [project], studio.base_currency, None, today)[0]
            client = s.get(Client, project.client_id)
            history = tuple(
                StageLine(ProjectStage(c.to_stage), c.changed_at.date(), c.reason)
                for c in s.scalars(
                    select(StageChange)
                    .where(StageChange.project_id == project_id)
                    .order_by(StageChange.changed_at, StageChange.id)
                )
            )
            counts = dict(
                s.execute(
                    select(Task.status == TaskStatus.DONE, func.count(Task.id))
                    .where(Task.project_id == project_id)
                    .group_by(Task.status == TaskStatus.DONE)
                ).all()
            )
            changes = tuple(
                ChangeLine(c.title, c.status, c.requested_on,
                           Money(c.extra_fee_minor, project.currency), c.extra_days)
                for c in s.scalars(
                    select(ChangeRequest)
                    .where(ChangeRequest.project_id == project_id)
                    .order_by(ChangeRequest.requested_on)
                )
            )  # fmt: skip
            lines = self._budget_lines(s, project, summary.labour_cost.minor)
            return ProjectReportData(
                studio=studio,
                client_name=client.name if client else "",
                project=summary,
                generated_on=today,
                stage_history=history,
                tasks_done=int(counts.get(True, 0)),
                tasks_open=int(counts.get(False, 0)),
                budget_lines=lines,
                changes=changes,
                risks=tuple(risks(s, [project_id])),
                description=project.description,
            )

    @staticmethod
    def _budget_lines(s, project: Project, labour_minor: int) -> tuple[AmountLine, ...]:  # type: ignore[no-untyped-def]
        """Current budget by line kind/category against labour cost and expenses by category."""
        cur = project.currency
        rev = s.scalar(
            select(ProjectBudgetRevision.id).where(
                ProjectBudgetRevision.project_id == project.id,
                ProjectBudgetRevision.is_current.is_(True),
            )
        )
        plan_roles = 0
        plan_contingency = 0
        plan_cat: dict[int, int] = {}
        if rev is not None:
            for kind, cat, amount in s.execute(
                select(ProjectBudgetLine.kind, ProjectBudgetLine.category_id,
                       ProjectBudgetLine.amount_minor)
                .where(ProjectBudgetLine.revision_id == rev)
            ):  # fmt: skip
                if kind == BudgetLineKind.ROLE:
                    plan_roles += amount
                elif kind == BudgetLineKind.CONTINGENCY:
                    plan_contingency += amount
                elif cat is not None:
                    plan_cat[cat] = plan_cat.get(cat, 0) + amount
        spent = dict(
            s.execute(
                select(Expense.category_id, func.sum(Expense.base_amount_minor))
                .where(Expense.project_id == project.id)
                .group_by(Expense.category_id)
            ).all()
        )
        names = {
            i: (name, label_zh(code, name))
            for i, code, name in s.execute(
                select(ExpenseCategory.id, ExpenseCategory.code, ExpenseCategory.name).where(
                    ExpenseCategory.id.in_(set(plan_cat) | set(spent))
                )
            )
        }
        out = [AmountLine("Labour", Money(plan_roles, cur), Money(labour_minor, cur), "人工")]
        for cat in sorted(set(plan_cat) | set(spent), key=lambda c: names.get(c, ("",))[0]):
            en, zh = names.get(cat, ("?", "?"))
            out.append(AmountLine(en, Money(plan_cat.get(cat, 0), cur),
                                  Money(int(spent.get(cat) or 0), cur), zh))  # fmt: skip
        if plan_contingency:
            out.append(AmountLine("Contingency", Money(plan_contingency, cur), Money(0, cur),
                                  "应急储备"))  # fmt: skip
        return tuple(out)

    def acceptance(self, project_id: int, *, today: date | None = None) -> AcceptanceData:
        today = today or date.today()
        with self._uow.read() as s:
            project = s.get(Project, project_id)
            if project is None:
                raise NotFound("That project no longer exists.")
            studio = studio_info(s)
            summary = summaries(s, [project], studio.base_currency, None, today)[0]
            client = s.get(Client, project.client_id)
            done = tuple(m for m in summary.milestones if m.done_on) or summary.milestones
            return AcceptanceData(
                studio=studio,
                client_name=client.name if client else "",
                project_code=project.code,
                project_name=project.name,
                deliverables=tuple(MilestoneLine(m.name, m.due_on, m.done_on) for m in done),
                contract_value=summary.fee,
                delivered_on=project.delivered_on,
                accepted_on=project.accepted_on,
                accepted_by=project.accepted_by,
                generated_on=today,
                description=project.description,
            )

    def invoice(self, invoice_id: int, *, today: date | None = None) -> InvoiceData:
        today = today or date.today()
        paid, credited, outstanding = invoice_amounts()
        with self._uow.read() as s:
            row = s.execute(
                select(Invoice, paid, credited, outstanding, invoice_status(today)).where(
                    Invoice.id == invoice_id
                )
            ).first()
            if row is None:
                raise NotFound("That invoice no longer exists.")
            inv, got, cred, owed, status = row
            cur = inv.currency
            client = s.get(Client, inv.client_id)
            contact = s.scalar(
                select(Contact)
                .where(Contact.client_id == inv.client_id)
                .order_by(Contact.is_primary.desc(), Contact.id)
                .limit(1)
            )
            project = s.get(Project, inv.project_id) if inv.project_id else None
            items = tuple(
                InvoiceItem(line.description, line.quantity, Money(line.unit_price_minor, cur),
                            line.tax_rate_bp, Money(line.amount_minor, cur),
                            Money(line.tax_minor, cur))
                for line in s.scalars(
                    select(InvoiceLine)
                    .where(InvoiceLine.invoice_id == invoice_id)
                    .order_by(InvoiceLine.sort, InvoiceLine.id)
                )
            )  # fmt: skip
            return InvoiceData(
                studio=studio_info(s),
                number=inv.number,
                kind=InvoiceKind(inv.kind),
                status=InvoiceStatus(status),
                client_name=client.name if client else "",
                client_contact=" · ".join(
                    x for x in ((contact.name, contact.email) if contact else ()) if x
                ),
                project=f"{project.code} {project.name}" if project else "",
                issued_on=inv.issued_on,
                due_on=inv.due_on,
                currency=cur,
                items=items,
                subtotal=Money(inv.subtotal_minor, cur),
                tax=Money(inv.tax_minor, cur),
                total=Money(inv.total_minor, cur),
                paid=Money(int(got), cur),
                credited=Money(int(cred), cur),
                outstanding=Money(int(owed), cur),
                payment_terms=inv.payment_terms or (project.payment_terms if project else ""),
                notes=inv.notes,
            )
