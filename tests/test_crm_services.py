"""CRM services without Qt: clients, contacts, follow-ups, the pipeline and merging."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from models.entities import AuditEntry, Invoice, Person, Project
from models.enums import (
    AuditAction,
    ClientSource,
    ClientStatus,
    DealStage,
    InteractionKind,
    InvoiceKind,
    InvoiceState,
    ProjectStage,
)
from models.errors import ValidationError
from models.money import Money
from models.services import Services
from models.services.clients import ClientDraft, ClientQuery
from models.services.crm_contacts import ContactDraft
from models.services.crm_deals import DealDraft
from models.services.crm_interactions import InteractionDraft

TODAY = date(2026, 11, 28)


def _client(studio: Services, name: str, **kw) -> int:
    return studio.clients.create(ClientDraft(name, **kw))


def test_client_with_two_contacts_and_tags(studio: Services) -> None:
    cid = _client(
        studio,
        "Lumen Tea House",
        name_alt="流明茶馆",
        status=ClientStatus.ACTIVE,
        source=ClientSource.REFERRAL,
        tags=("VIP", "餐饮", "vip"),
    )
    a = studio.crm.contacts.create(cid, ContactDraft("Chen Jing", "Brand manager", email="c@l.cn"))
    b = studio.crm.contacts.create(
        cid, ContactDraft("王磊", phone="139-1111-2222", is_primary=True)
    )
    contacts = studio.crm.contacts.for_client(cid)
    assert [c.name for c in contacts] == ["王磊", "Chen Jing"]  # primary first
    assert [c.id for c in contacts if c.is_primary] == [b]
    assert a != b
    profile = studio.clients.get(cid)
    assert profile.tags == ("VIP", "餐饮")  # "vip" folded into "VIP"
    assert profile.source == ClientSource.REFERRAL


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (ContactDraft("   "), "name"),
        (ContactDraft("Ann", email="ann@"), "email"),
        (ContactDraft("Ann", email="ann at x.com"), "email"),
        (ContactDraft("Ann", phone="call me"), "phone"),
    ],
)
def test_bad_contacts_are_refused_and_nothing_saved(studio: Services, draft, field) -> None:
    cid = _client(studio, "Acme")
    with pytest.raises(ValidationError) as err:
        studio.crm.contacts.create(cid, draft)
    assert err.value.field == field
    assert studio.crm.contacts.for_client(cid) == []


def test_near_duplicate_names_are_found_before_creating(studio: Services) -> None:
    cid = _client(studio, "ＡＢＣ Design Studio")
    assert studio.clients.find_similar("abc design studio") == [(cid, "ＡＢＣ Design Studio")]
    assert studio.clients.find_similar("abc design studio", exclude_id=cid) == []
    with pytest.raises(ValidationError) as err:
        _client(studio, "  \t ")
    assert err.value.field == "name"


def test_list_filters_and_search_over_contacts(studio: Services, session_factory) -> None:
    with session_factory.begin() as s:
        s.add(Person(name="Mia Account"))
    manager = studio.clients.account_managers()[0][0]
    a = _client(studio, "北京青禾文化传媒", industry="Media", account_manager_id=manager)
    b = _client(studio, "Harbour Ferries", industry="Transport", status=ClientStatus.ACTIVE)
    c = _client(studio, "Quiet Ltd", tags=("retainer",))
    studio.crm.contacts.create(b, ContactDraft("Sam O'Neil", phone="+44 20 7946 0018"))
    studio.crm.contacts.create(c, ContactDraft("Zoe", email="zoe@quiet.io"))
    ids = lambda q: [r.id for r in studio.clients.page(q)]  # noqa: E731
    assert ids(ClientQuery(search="青禾")) == [a]
    assert ids(ClientQuery(search="7946")) == [b]  # a contact's phone
    assert ids(ClientQuery(search="quiet.io")) == [c]  # a contact's e-mail
    assert ids(ClientQuery(search="o'neil")) == [b]
    assert ids(ClientQuery(status=ClientStatus.ACTIVE)) == [b]
    assert ids(ClientQuery(industry="Media")) == [a]
    assert ids(ClientQuery(account_manager_id=manager)) == [a]
    assert ids(ClientQuery(tag="RETAINER")) == [c]
    assert studio.clients.count(ClientQuery()) == 3
    studio.clients.archive(c)
    assert studio.clients.count(ClientQuery()) == 2
    assert studio.clients.count(ClientQuery(include_archived=True)) == 3
    row = studio.clients.page(ClientQuery(search="harbour"))[0]
    cols = [c.key for c in studio.clients.columns()]
    assert row.values[cols.index("primary_contact")] == "Sam O'Neil"
    assert row.values[cols.index("status")] == "active"


def test_follow_up_appears_in_today_and_done_logs_an_interaction(studio: Services) -> None:
    cid = _client(studio, "Lumen Tea House")
    iid = studio.crm.interactions.log(
        cid,
        InteractionDraft(
            InteractionKind.CALL,
            "Discussed the spring campaign",
            occurred_at=datetime(2026, 11, 20, 9, tzinfo=UTC),
            next_step="Send the quote",
            follow_up_on=date(2026, 11, 27),
        ),
    )
    studio.crm.interactions.log(
        cid,
        InteractionDraft(
            InteractionKind.EMAIL,
            "Later",
            occurred_at=datetime(2026, 11, 21, tzinfo=UTC),
            follow_up_on=date(2026, 12, 5),
        ),
    )
    kid = studio.crm.records.add_key_date(cid, "Founding day", "2015-12-01")
    items = studio.crm.interactions.today(TODAY)
    assert [(i.interaction_id, i.text, i.overdue) for i in items if i.interaction_id] == [
        (iid, "Send the quote", True)
    ]
    assert [(i.key_date_id, i.on) for i in items if i.key_date_id] == [(kid, date(2026, 12, 1))]

    new_id = studio.crm.interactions.mark_done(iid, "Sent the quote by e-mail")
    timeline = studio.crm.interactions.timeline(cid)
    assert timeline[0].id == new_id and timeline[0].summary == "Sent the quote by e-mail"
    assert [i for i in studio.crm.interactions.today(TODAY) if i.interaction_id] == []
    studio.crm.records.greet(kid, TODAY)
    assert studio.crm.interactions.today(TODAY) == []
    assert len(studio.crm.interactions.timeline(cid)) == 4


def test_follow_up_on_archived_client_is_refused(studio: Services) -> None:
    cid = _client(studio, "Old Friend")
    studio.clients.archive(cid)
    with pytest.raises(ValidationError) as err:
        studio.crm.interactions.log(
            cid, InteractionDraft(InteractionKind.CALL, "Hi", follow_up_on=date(2026, 12, 1))
        )
    assert err.value.field == "follow_up_on"
    assert studio.crm.interactions.timeline(cid) == []
    with pytest.raises(ValidationError) as err:
        studio.crm.interactions.log(cid, InteractionDraft(InteractionKind.CALL, "   "))
    assert err.value.field == "summary"


def test_impossible_dates_are_refused(studio: Services) -> None:
    cid = _client(studio, "Acme")
    with pytest.raises(ValidationError) as err:
        studio.crm.records.add_key_date(cid, "Anniversary", "2026-02-30")
    assert err.value.field == "on_date"
    assert studio.crm.records.key_dates(cid) == []


@pytest.mark.parametrize("pct", [-1, 101, "abc"])
def test_probability_outside_0_to_100_is_refused(studio: Services, pct) -> None:
    cid = _client(studio, "Acme")
    with pytest.raises(ValidationError) as err:
        studio.crm.deals.create(cid, DealDraft("Logo", "1000", probability=pct))
    assert err.value.field == "probability"
    assert studio.crm.deals.for_client(cid) == []


def test_pipeline_totals_and_winning_creates_a_project(studio: Services, session_factory) -> None:
    a = _client(studio, "Lumen Tea House")
    b = _client(studio, "Harbour Ferries")
    d1 = studio.crm.deals.create(
        a, DealDraft("Spring campaign", "12000.00", probability=40, stage=DealStage.PROPOSAL)
    )
    studio.crm.deals.create(
        b, DealDraft("Website", "8000.50", probability=70, stage=DealStage.PROPOSAL)
    )
    studio.crm.deals.create(b, DealDraft("Signage", "999.99", probability=15))
    p = studio.crm.deals.pipeline()
    proposal = next(t for t in p.stages if t.stage == DealStage.PROPOSAL)
    assert proposal.count == 2
    assert proposal.total == Money.of("20000.50", "CNY")
    # 12000 x 40% + 8000.50 x 70% = 4800 + 5600.35
    assert proposal.weighted == Money.of("10400.35", "CNY")
    # + 999.99 x 15% = 149.9985 -> 150.00 (half-up on the sum)
    assert p.open_weighted == (Money.of("10550.35", "CNY"),)
    assert p.open_total == (Money.of("21000.49", "CNY"),)

    project_id = studio.crm.deals.move(d1, DealStage.WON, today=TODAY)
    assert project_id is not None
    with session_factory() as s:
        project = s.get(Project, project_id)
        assert project.code == "P-2026-0001"
        assert project.client_id == a and project.contract_value_minor == 1_200_000
        assert project.stage == ProjectStage.CONTRACT and project.currency == "CNY"
    deal = studio.crm.deals.get(d1)
    assert deal.project_id == project_id and deal.probability == 100
    assert deal.project_code == "P-2026-0001"
    assert studio.crm.deals.move(d1, DealStage.WON) is None  # no second project
    assert [pl.code for pl in studio.clients.summary(a).projects] == ["P-2026-0001"]


def test_losing_needs_a_reason(studio: Services) -> None:
    cid = _client(studio, "Acme")
    did = studio.crm.deals.create(cid, DealDraft("Logo", "500"))
    with pytest.raises(ValidationError) as err:
        studio.crm.deals.move(did, DealStage.LOST)
    assert err.value.field == "lost_reason"
    studio.crm.deals.move(did, DealStage.LOST, "Budget cut")
    assert studio.crm.deals.get(did).lost_reason == "Budget cut"


def test_merge_moves_everything_and_is_audited(studio: Services, session_factory) -> None:
    keep = _client(studio, "Lumen Tea House", tags=("vip",))
    dup = _client(studio, "Lumen Teahouse", name_alt="流明茶馆", industry="Food", tags=("tea",))
    studio.crm.contacts.create(keep, ContactDraft("Chen Jing"))
    studio.crm.contacts.create(dup, ContactDraft("Li Na", email="li@lumen.cn"))
    studio.crm.interactions.log(dup, InteractionDraft(InteractionKind.WECHAT, "Hello"))
    did = studio.crm.deals.create(dup, DealDraft("Menu design", "3000"))
    studio.crm.records.add_key_date(dup, "Founding day", date(2015, 12, 1))
    studio.crm.records.add_attachment(dup, "https://lumen.example/brief", "Brief")
    project_id = studio.crm.deals.move(did, DealStage.WON, today=TODAY)
    with session_factory.begin() as s:
        s.add(
            Invoice(
                number="INV-1",
                client_id=dup,
                project_id=project_id,
                kind=InvoiceKind.DEPOSIT,
                state=InvoiceState.SENT,
                issued_on=date(2026, 11, 1),
                due_on=date(2026, 11, 15),
                currency="CNY",
                subtotal_minor=100_000,
                tax_minor=0,
                total_minor=100_000,
            )
        )
    assert studio.crm.merge.preview(keep, dup)["contacts"] == 1

    result = studio.crm.merge.merge(keep, dup)
    assert result.moved == {
        "contacts": 1,
        "interactions": 1,
        "deals": 1,
        "projects": 1,
        "invoices": 1,
        "attachments": 1,
        "key_dates": 1,
        "tags": 1,
    }
    kept = studio.clients.get(keep)
    assert kept.tags == ("tea", "vip")
    assert kept.name_alt == "流明茶馆" and kept.industry == "Food"  # blanks filled
    contacts = studio.crm.contacts.for_client(keep)
    assert sorted(c.name for c in contacts) == ["Chen Jing", "Li Na"]
    assert sum(c.is_primary for c in contacts) == 1
    gone = studio.clients.get(dup)
    assert gone.archived and gone.merged_into_id == keep and gone.status == ClientStatus.ARCHIVED
    summary = studio.clients.summary(keep, TODAY)
    assert [b.outstanding for b in summary.balances] == [Money.of("1000", "CNY")]
    assert summary.invoices[0].status == "overdue"
    with session_factory() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == AuditAction.MERGE)).one()
        assert entry.entity_id == dup and json.loads(entry.detail_json)["kept_id"] == keep
    with pytest.raises(ValidationError):
        studio.crm.merge.merge(keep, dup)  # already merged
    with pytest.raises(ValidationError):
        studio.crm.merge.merge(keep, keep)


def test_satisfaction_average(studio: Services, session_factory) -> None:
    cid = _client(studio, "Acme")
    with session_factory.begin() as s:
        for code, score in (("P-1", 5), ("P-2", 4), ("P-3", 4), ("P-4", None)):
            s.add(Project(code=code, name=code, client_id=cid, currency="CNY", satisfaction=score))
    summary = studio.clients.summary(cid)
    assert sorted(v for _, v in summary.satisfaction_scores) == [4, 4, 5]
    assert summary.satisfaction_average == Decimal("4.3")  # 13 / 3 = 4.33


def test_public_holidays_in_the_week_appear_once(studio: Services, session_factory) -> None:
    from models.entities import PublicHoliday

    with session_factory.begin() as s:
        for day in (1, 2, 3):
            s.add(PublicHoliday(country="CN", on_date=date(2026, 10, day), name="National Day"))
        s.add(PublicHoliday(country="CN", on_date=date(2026, 10, 10), name="Later"))
    items = studio.crm.interactions.today(date(2026, 9, 28))
    assert [(i.on, i.text, i.holiday) for i in items] == [(date(2026, 10, 1), "National Day", True)]
