"""What the stage gates ask of the books, read straight from the invoice and payment tables.

The finance module is written in parallel, so this reads the tables rather than its services:
a deposit counts as paid when the project says so or a non-void deposit invoice is covered by
payments and credit notes; the final payment is outstanding until the project says it came in,
or until every non-void invoice is settled and together they reach the contract value.
"""

from __future__ import annotations

from sqlalchemy import and_, exists, func, select
from sqlalchemy.orm import Session

from models.entities import Invoice, Milestone, Project
from models.enums import InvoiceKind, InvoiceState
from models.services.browse import invoice_amounts


def deposit_paid(session: Session, project: Project) -> bool:
    if project.deposit_paid_on is not None:
        return True
    paid, credited, _ = invoice_amounts()
    covered = select(Invoice.id).where(
        Invoice.project_id == project.id,
        Invoice.kind == InvoiceKind.DEPOSIT,
        Invoice.state != InvoiceState.VOID,
        Invoice.total_minor > 0,
        paid + credited >= Invoice.total_minor,
    )
    return bool(session.scalar(select(exists(covered))))


def final_payment_outstanding(session: Session, project: Project) -> bool:
    if project.final_paid_on is not None:
        return False
    paid, credited, _ = invoice_amounts()
    live = and_(Invoice.project_id == project.id, Invoice.state != InvoiceState.VOID)
    unsettled = select(Invoice.id).where(live, paid + credited < Invoice.total_minor)
    if session.scalar(select(exists(unsettled))):
        return True
    invoiced = session.scalar(select(func.coalesce(func.sum(Invoice.total_minor), 0)).where(live))
    return int(invoiced or 0) < project.contract_value_minor


def open_milestones(session: Session, project_id: int) -> list[str]:
    return list(
        session.scalars(
            select(Milestone.name)
            .where(Milestone.project_id == project_id, Milestone.done_on.is_(None))
            .order_by(Milestone.sort, Milestone.id)
        )
    )
