"""Interactions (calls, meetings, WeChat...), their follow-ups, and the Today list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import and_, select

from models.db import utcnow
from models.entities import (
    Client,
    ClientKeyDate,
    Contact,
    Interaction,
    PublicHoliday,
    Setting,
    Studio,
)
from models.enums import InteractionKind
from models.errors import NotFound, ValidationError
from models.services.base import UnitOfWork
from models.services.crm_common import client_or_404, open_client

MAX_SUMMARY = 4000


@dataclass(frozen=True, slots=True)
class InteractionDraft:
    kind: InteractionKind
    summary: str
    occurred_at: datetime | None = None  # None = now
    contact_id: int | None = None
    outcome: str = ""
    next_step: str = ""
    follow_up_on: date | None = None


@dataclass(frozen=True, slots=True)
class InteractionView:
    id: int
    client_id: int
    contact_id: int | None
    contact_name: str
    kind: InteractionKind
    occurred_at: datetime
    summary: str
    outcome: str
    next_step: str
    follow_up_on: date | None
    follow_up_done: bool


@dataclass(frozen=True, slots=True)
class TodayItem:
    """One line of the Today view: a follow-up (interaction_id set) or a key date."""

    client_id: int
    client_name: str
    on: date
    text: str
    overdue: bool
    interaction_id: int | None = None
    key_date_id: int | None = None
    contact_name: str = ""
    holiday: bool = False  # a public holiday: a good day for greetings to every client


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def normalise_interaction(d: InteractionDraft) -> InteractionDraft:
    try:
        kind = InteractionKind(d.kind)
    except ValueError:
        raise ValidationError("kind", "Choose what kind of contact it was.") from None
    summary = d.summary.strip()
    if not summary:
        raise ValidationError("summary", "Write a short summary of what was said.")
    if len(summary) > MAX_SUMMARY:
        raise ValidationError("summary", f"This is longer than {MAX_SUMMARY} characters.")
    occurred = _aware(d.occurred_at) if d.occurred_at is not None else utcnow()
    if d.follow_up_on is not None and d.follow_up_on < occurred.date() - timedelta(days=1):
        raise ValidationError("follow_up_on", "The follow-up date is before the interaction.")
    return InteractionDraft(
        kind,
        summary,
        occurred,
        d.contact_id,
        d.outcome.strip(),
        d.next_step.strip(),
        d.follow_up_on,
    )


class InteractionService:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def log(self, client_id: int, draft: InteractionDraft) -> int:
        d = normalise_interaction(draft)
        with self._uow.write() as s:
            if d.follow_up_on is not None:
                open_client(s, client_id, "follow_up_on")
            else:
                client_or_404(s, client_id)
            if d.contact_id is not None:
                contact = s.get(Contact, d.contact_id)
                if contact is None or contact.client_id != client_id:
                    raise ValidationError("contact", "Choose one of this client's contacts.")
            row = Interaction(
                client_id=client_id,
                contact_id=d.contact_id,
                kind=d.kind,
                occurred_at=d.occurred_at,
                summary=d.summary,
                outcome=d.outcome,
                next_step=d.next_step,
                follow_up_on=d.follow_up_on,
            )
            s.add(row)
            s.flush()
            return row.id

    def timeline(self, client_id: int, limit: int = 500) -> list[InteractionView]:
        """Newest first; a long history is cut at ``limit`` (the record shows a recent slice)."""
        with self._uow.read() as s:
            rows = s.execute(
                select(Interaction, Contact.name)
                .outerjoin(Contact, Contact.id == Interaction.contact_id)
                .where(Interaction.client_id == client_id)
                .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
                .limit(limit)
            ).all()
            return [
                InteractionView(
                    i.id,
                    i.client_id,
                    i.contact_id,
                    name or "",
                    InteractionKind(i.kind),
                    _aware(i.occurred_at),
                    i.summary,
                    i.outcome,
                    i.next_step,
                    i.follow_up_on,
                    i.follow_up_done_at is not None,
                )
                for i, name in rows
            ]

    def today(self, today: date | None = None, days_ahead: int = 7) -> list[TodayItem]:
        """Overdue and due follow-ups, then key dates (yearly ones by their next anniversary)."""
        today = today or date.today()
        horizon = today + timedelta(days=days_ahead)
        items: list[TodayItem] = []
        with self._uow.read() as s:
            rows = s.execute(
                select(Interaction, Client.name, Contact.name)
                .join(Client, Client.id == Interaction.client_id)
                .outerjoin(Contact, Contact.id == Interaction.contact_id)
                .where(
                    and_(
                        Interaction.follow_up_on.is_not(None),
                        Interaction.follow_up_on <= today,
                        Interaction.follow_up_done_at.is_(None),
                        Client.archived_at.is_(None),
                    )
                )
                .order_by(Interaction.follow_up_on, Interaction.id)
            ).all()
            for i, client_name, contact_name in rows:
                assert i.follow_up_on is not None
                items.append(
                    TodayItem(
                        i.client_id,
                        client_name,
                        i.follow_up_on,
                        i.next_step or i.summary,
                        i.follow_up_on < today,
                        interaction_id=i.id,
                        contact_name=contact_name or "",
                    )
                )
            # Key dates are few per client; the anniversary arithmetic is clearer in Python.
            keys = s.execute(
                select(ClientKeyDate, Client.name)
                .join(Client, Client.id == ClientKeyDate.client_id)
                .where(Client.archived_at.is_(None))
            ).all()
            greeted = dict(
                s.execute(
                    select(Setting.key, Setting.value).where(Setting.key.like("crm.greeted.%"))
                ).all()
            )
            country = s.scalar(select(Studio.country)) or ""
            holidays = s.execute(
                select(PublicHoliday.on_date, PublicHoliday.name)
                .where(
                    PublicHoliday.country == country,
                    PublicHoliday.is_workday.is_(False),
                    PublicHoliday.on_date.between(today, horizon),
                )
                .order_by(PublicHoliday.on_date)
            ).all()
        upcoming: list[TodayItem] = []
        seen_names: set[str] = set()
        for on, name in holidays:
            if name not in seen_names:  # a week-long holiday is greeted once, on its first day
                seen_names.add(name)
                upcoming.append(TodayItem(0, "", on, name, False, holiday=True))
        for k, client_name in keys:
            on = next_occurrence(k.on_date, today) if k.yearly else k.on_date
            if greeted.get(f"crm.greeted.{k.id}") == on.isoformat():
                continue  # this year's greeting is already sent
            if today <= on <= horizon:
                upcoming.append(
                    TodayItem(k.client_id, client_name, on, k.label, False, key_date_id=k.id)
                )
        upcoming.sort(key=lambda t: (t.on, t.client_name))
        return items + upcoming

    def mark_done(
        self,
        interaction_id: int,
        summary: str = "",
        kind: InteractionKind | None = None,
        next_follow_up: date | None = None,
    ) -> int:
        """Close a follow-up and log what was done as a new interaction (its id is returned)."""
        with self._uow.write() as s:
            old = s.get(Interaction, interaction_id)
            if old is None:
                raise NotFound("That interaction no longer exists.")
            if old.follow_up_done_at is not None:
                raise ValidationError("follow_up_on", "This follow-up is already done.")
            text = summary.strip() or f"Follow-up done: {old.next_step or old.summary}"
            d = normalise_interaction(
                InteractionDraft(
                    kind or InteractionKind(old.kind),
                    text,
                    None,
                    old.contact_id,
                    follow_up_on=next_follow_up,
                )
            )
            if next_follow_up is not None:
                open_client(s, old.client_id, "follow_up_on")
            now = utcnow()
            old.follow_up_done_at = now
            row = Interaction(
                client_id=old.client_id,
                contact_id=old.contact_id,
                kind=d.kind,
                occurred_at=now,
                summary=d.summary,
                follow_up_on=d.follow_up_on,
            )
            s.add(row)
            s.flush()
            return row.id


def next_occurrence(on: date, today: date) -> date:
    """The next anniversary of ``on`` from ``today`` (29 February falls on 28 February)."""
    for year in (today.year, today.year + 1):
        try:
            candidate = on.replace(year=year)
        except ValueError:
            candidate = date(year, 2, 28)
        if candidate >= today:
            return candidate
    raise AssertionError("unreachable")


def start_of_day_utc(day: date) -> datetime:
    return datetime.combine(day, time(9, 0), tzinfo=UTC)
