"""Display rows for the client record's tabs, from the services' plain data (no widgets)."""

from __future__ import annotations

from collections.abc import Sequence

from models.enums import ContactChannel, DealStage, InteractionKind, InvoiceStatus, ProjectStage
from models.services.clients import ClientSummary
from models.services.crm_contacts import ContactView
from models.services.crm_deals import DealView
from models.services.crm_interactions import InteractionView
from models.services.crm_records import AttachmentView, KeyDateView
from ui.shell.labels import bool_label, enum_label

Rows = list[tuple[int, Sequence[str]]]


def key_date_rows(items: Sequence[KeyDateView]) -> Rows:
    return [(k.id, (k.label, k.on_date.isoformat(), bool_label(k.yearly))) for k in items]


def contact_rows(items: Sequence[ContactView]) -> Rows:
    return [
        (
            c.id,
            (
                c.name,
                c.role,
                c.phone,
                c.email,
                c.wechat_id,
                enum_label(ContactChannel, c.preferred_channel) if c.preferred_channel else "",
                "★" if c.is_primary else "",
            ),
        )
        for c in items
    ]


def interaction_rows(items: Sequence[InteractionView]) -> Rows:
    rows: Rows = []
    for i in items:
        follow = ""
        if i.follow_up_on:
            follow = i.follow_up_on.isoformat() + (" ✓" if i.follow_up_done else "")
        rows.append(
            (
                i.id,
                (
                    i.occurred_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                    enum_label(InteractionKind, i.kind),
                    i.contact_name,
                    i.summary.replace("\n", " "),
                    i.next_step,
                    follow,
                ),
            )
        )
    return rows


def project_rows(summary: ClientSummary) -> Rows:
    return [
        (
            p.id,
            (
                p.code,
                p.name,
                enum_label(ProjectStage, p.stage),
                p.value.format(),
                "★" * p.satisfaction if p.satisfaction else "",
            ),
        )
        for p in summary.projects
    ]


def deal_rows(items: Sequence[DealView]) -> Rows:
    return [
        (
            d.id,
            (
                d.title,
                enum_label(DealStage, d.stage),
                d.value.format(),
                f"{d.probability}%",
                d.expected_close_on.isoformat() if d.expected_close_on else "",
                d.project_code,
            ),
        )
        for d in items
    ]


def invoice_rows(summary: ClientSummary) -> Rows:
    return [
        (
            inv.id,
            (
                inv.number,
                inv.issued_on.isoformat(),
                inv.due_on.isoformat(),
                enum_label(InvoiceStatus, inv.status),
                inv.total.format(),
                inv.outstanding.format(),
            ),
        )
        for inv in summary.invoices
    ]


def attachment_rows(items: Sequence[AttachmentView]) -> Rows:
    return [
        (a.id, (a.label, a.target, a.added_at.astimezone().strftime("%Y-%m-%d"))) for a in items
    ]


def score_rows(summary: ClientSummary) -> Rows:
    return [
        (i, (code, "★" * v + f"  {v}/5")) for i, (code, v) in enumerate(summary.satisfaction_scores)
    ]
