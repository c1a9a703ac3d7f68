"""ProjectService without Qt: validation, numbering, every stage gate, change requests, plans."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from models.db import Base
from models.entities import (
    Client,
    CreditNote,
    Invoice,
    Payment,
    Person,
    Project,
    ProjectTemplate,
    StageChange,
)
from models.enums import (
    AttachmentKind,
    InvoiceKind,
    InvoiceState,
    ProjectStage,
    ProjectStatus,
    TaskStatus,
)
from models.errors import Conflict, ValidationError
from models.money import Money
from models.services.base import UnitOfWork
from models.services.projects import ProjectService
from models.services.projects_data import (
    GATE_DEPOSIT,
    GATE_FINAL_PAYMENT,
    GATE_MILESTONES,
    GATE_SKIP,
    ChangeRequestDraft,
    DependencyLoopError,
    MilestoneDraft,
    ProjectDraft,
    ProjectEndsError,
    ProjectFilter,
    TaskDraft,
)
from models.services.studio import StudioService, StudioSettings
from models.text import search_key
from studio_desktop.db import make_engine, make_session_factory

START = date(2026, 3, 2)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    """One set-up database per module, copied for each test (setting up a studio is slow)."""
    path = tmp_path_factory.mktemp("seed") / "seed.sqlite3"
    engine = make_engine(path)
    Base.metadata.create_all(engine)
    sf = make_session_factory(engine)
    StudioService(UnitOfWork(sf)).initialise(
        StudioSettings(name="Test Studio", base_currency="CNY")
    )
    with sf.begin() as s:
        client = Client(name="Lumen Tea House", name_key=search_key("Lumen Tea House"))
        other = Client(name="上海织梦服饰", name_key=search_key("上海织梦服饰"))
        person = Person(name="Wang Fang")
        s.add_all([client, other, person])
        s.flush()
        ids = {"client": client.id, "other": other.id, "person": person.id}
    engine.dispose()
    return path, ids


@pytest.fixture
def session_factory(
    seeded: tuple[Path, dict[str, int]], tmp_path: Path
) -> Iterator[sessionmaker[Session]]:
    db = tmp_path / "studio.sqlite3"
    shutil.copy(seeded[0], db)
    engine = make_engine(db)
    yield make_session_factory(engine)
    engine.dispose()


@pytest.fixture
def svc(session_factory: sessionmaker[Session]) -> ProjectService:
    return ProjectService(UnitOfWork(session_factory))


@pytest.fixture
def ids(seeded: tuple[Path, dict[str, int]]) -> dict[str, int]:
    return seeded[1]


def _draft(ids: dict[str, int], **kw: object) -> ProjectDraft:
    base: dict[str, object] = {
        "name": "Tea brand refresh",
        "client_id": ids["client"],
        "start_on": START,
        "due_on": START + timedelta(days=60),
        "contract_value": Decimal("80000"),
        "deposit": Decimal("24000"),
    }
    base.update(kw)
    return ProjectDraft(**base)  # type: ignore[arg-type]


def _invoice(
    sf: sessionmaker[Session],
    project_id: int,
    kind: InvoiceKind,
    total: int,
    paid: int = 0,
    credit: int = 0,
    state: InvoiceState = InvoiceState.SENT,
    number: str = "INV-1",
) -> int:
    with sf.begin() as s:
        p = s.get(Project, project_id)
        assert p is not None
        inv = Invoice(
            number=number,
            client_id=p.client_id,
            project_id=project_id,
            kind=kind,
            state=state,
            issued_on=START,
            due_on=START + timedelta(days=30),
            currency="CNY",
            subtotal_minor=total,
            tax_minor=0,
            total_minor=total,
        )
        s.add(inv)
        s.flush()
        if paid:
            s.add(Payment(invoice_id=inv.id, received_on=START, amount_minor=paid, currency="CNY"))
        if credit:
            s.add(
                CreditNote(
                    number=f"CN-{number}",
                    invoice_id=inv.id,
                    issued_on=START,
                    amount_minor=credit,
                    currency="CNY",
                )
            )
        return inv.id


def _to(svc: ProjectService, pid: int, stage: ProjectStage) -> None:
    """Walk a project forward one stage at a time, overriding anything with a reason."""
    while svc.get(pid).stage != stage:
        nxt = list(ProjectStage)[svc.get(pid).stage.order + 1]
        svc.move_stage(pid, nxt, reason="test set-up", override=True)


# --- the record ---------------------------------------------------------------------------


def test_create_numbers_the_code_and_keeps_money_exact(svc: ProjectService, ids) -> None:
    first = svc.create(_draft(ids))
    second = svc.create(_draft(ids, name="Second"))
    a, b = svc.get(first), svc.get(second)
    assert a.code == "P-2026-0001"
    assert b.code == "P-2026-0002"
    assert a.contract_value == Money(8_000_000, "CNY")
    assert a.deposit == Money(2_400_000, "CNY")
    assert a.stage == ProjectStage.CONTACT
    assert [h.to_stage for h in svc.stage_history(first)] == [ProjectStage.CONTACT]


def test_code_is_editable_but_unique(svc: ProjectService, ids) -> None:
    pid = svc.create(_draft(ids, code="TEA-01"))
    assert svc.get(pid).code == "TEA-01"
    other = svc.create(_draft(ids, name="Other"))
    with pytest.raises(ValidationError) as err:
        svc.update(
            other,
            svc.get(other)
            .to_draft()
            .__class__(**{**_fields(svc.get(other).to_draft()), "code": "TEA-01"}),
        )
    assert err.value.field == "code"
    assert svc.get(other).code == "P-2026-0001"


def _fields(d: ProjectDraft) -> dict[str, object]:
    return {f: getattr(d, f) for f in d.__slots__}  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"due_on": START - timedelta(days=1)}, "due_on"),
        ({"contract_value": "-5"}, "contract_value"),
        ({"deposit": "-1"}, "deposit"),
        ({"deposit": "90000"}, "deposit"),
        ({"name": "   "}, "name"),
        ({"client_id": None}, "client"),
        ({"contract_value": "abc"}, "contract_value"),
    ],
)
def test_bad_input_names_the_field_and_saves_nothing(
    svc: ProjectService, ids, changes: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as err:
        svc.create(_draft(ids, **changes))
    assert err.value.field == field
    assert svc.count() == 0


def test_list_filters_search_and_overdue(svc: ProjectService, ids) -> None:
    today = date(2026, 6, 1)
    late = svc.create(_draft(ids, name="Late one", due_on=date(2026, 5, 1)))
    svc.create(_draft(ids, name="On time", due_on=date(2026, 7, 1)))
    svc.create(
        _draft(
            ids,
            name="Fashion shoot",
            client_id=ids["other"],
            manager_id=ids["person"],
            due_on=date(2026, 8, 1),
        )
    )
    assert svc.count(ProjectFilter(), today=today) == 3
    assert svc.count(ProjectFilter(search="织梦"), today=today) == 1
    assert svc.count(ProjectFilter(client_id=ids["other"]), today=today) == 1
    assert svc.count(ProjectFilter(manager_id=ids["person"]), today=today) == 1
    assert svc.count(ProjectFilter(overdue_only=True), today=today) == 1
    rows = svc.page(ProjectFilter(overdue_only=True), today=today)
    assert [(r.id, r.overdue) for r in rows] == [(late, True)]
    by_due = svc.page(sort_key="due", descending=True, today=today)
    assert by_due[0].name == "Fashion shoot"
    assert svc.count(ProjectFilter(stage=ProjectStage.QUOTE), today=today) == 0
    assert svc.count(ProjectFilter(status=ProjectStatus.ON_TRACK), today=today) == 3


# --- stage gates --------------------------------------------------------------------------


def test_one_step_moves_need_no_reason_and_record_who_and_when(svc: ProjectService, ids) -> None:
    pid = svc.create(_draft(ids))
    result = svc.move_stage(pid, ProjectStage.QUOTE)
    assert result.moved
    last = svc.stage_history(pid)[-1]
    assert (last.from_stage, last.to_stage) == (ProjectStage.CONTACT, ProjectStage.QUOTE)
    assert last.changed_by != "" and last.overridden_gates == ()


def test_stage_jump_without_reason_is_refused(svc: ProjectService, ids) -> None:
    pid = svc.create(_draft(ids))
    check = svc.check_move(pid, ProjectStage.CONTRACT)
    assert [g.gate for g in check.gates] == [GATE_SKIP]
    assert not svc.move_stage(pid, ProjectStage.CONTRACT).moved
    with pytest.raises(ValidationError) as err:
        svc.move_stage(pid, ProjectStage.CONTRACT, override=True, reason="  ")
    assert err.value.field == "reason"
    assert svc.get(pid).stage == ProjectStage.CONTACT
    assert len(svc.stage_history(pid)) == 1


def test_deposit_gate_blocks_development_until_paid(svc: ProjectService, ids, session_factory):
    pid = svc.create(_draft(ids))
    _to(svc, pid, ProjectStage.REQUIREMENTS)
    check = svc.check_move(pid, ProjectStage.DEVELOPMENT)
    assert [g.gate for g in check.gates] == [GATE_DEPOSIT]
    assert not svc.move_stage(pid, ProjectStage.DEVELOPMENT).moved
    # A deposit invoice paid only in part does not open the gate...
    inv = _invoice(session_factory, pid, InvoiceKind.DEPOSIT, 2_400_000, paid=2_000_000)
    assert not svc.check_move(pid, ProjectStage.DEVELOPMENT).clear
    # ...a credit note for the rest does (payments + credits cover the total).
    with session_factory.begin() as s:
        s.add(
            CreditNote(
                number="CN-9", invoice_id=inv, issued_on=START, amount_minor=400_000, currency="CNY"
            )
        )
    assert svc.check_move(pid, ProjectStage.DEVELOPMENT).clear
    assert svc.move_stage(pid, ProjectStage.DEVELOPMENT).moved


def test_void_deposit_invoice_does_not_count(svc: ProjectService, ids, session_factory) -> None:
    pid = svc.create(_draft(ids))
    _to(svc, pid, ProjectStage.REQUIREMENTS)
    _invoice(
        session_factory,
        pid,
        InvoiceKind.DEPOSIT,
        2_400_000,
        paid=2_400_000,
        state=InvoiceState.VOID,
    )
    assert not svc.get(pid).deposit_paid
    assert svc.get(pid).to_draft().deposit_paid_on is None


def test_deposit_date_on_the_project_opens_the_gate(svc: ProjectService, ids) -> None:
    pid = svc.create(_draft(ids, deposit_paid_on=START))
    _to(svc, pid, ProjectStage.REQUIREMENTS)
    assert svc.check_move(pid, ProjectStage.DEVELOPMENT).clear


def test_override_stores_the_gate_and_the_reason(svc: ProjectService, ids) -> None:
    pid = svc.create(_draft(ids))
    _to(svc, pid, ProjectStage.REQUIREMENTS)
    moved = svc.move_stage(
        pid, ProjectStage.DEVELOPMENT, override=True, reason="Long-standing client, pays late"
    )
    assert moved.moved
    last = svc.stage_history(pid)[-1]
    assert last.overridden_gates == (GATE_DEPOSIT,)
    assert last.reason == "Long-standing client, pays late"


def test_open_milestones_block_delivery(svc: ProjectService, ids) -> None:
    pid = svc.create(_draft(ids, deposit_paid_on=START))
    ms = svc.add_milestone(pid, MilestoneDraft("Concepts approved", START + timedelta(days=10)))
    _to(svc, pid, ProjectStage.REVIEW)
    check = svc.check_move(pid, ProjectStage.DELIVERY)
    assert [g.gate for g in check.gates] == [GATE_MILESTONES]
    assert "Concepts approved" in check.gates[0].message
    svc.set_milestone_done(ms, START + timedelta(days=9))
    assert svc.move_stage(pid, ProjectStage.DELIVERY).moved
    assert svc.get(pid).delivered_on is not None


def test_final_payment_gate_blocks_closing(svc: ProjectService, ids, session_factory) -> None:
    pid = svc.create(_draft(ids, deposit_paid_on=START))
    _to(svc, pid, ProjectStage.MAINTENANCE)
    assert [g.gate for g in svc.check_move(pid, ProjectStage.CLOSED).gates] == [GATE_FINAL_PAYMENT]
    # Invoiced in full but the final invoice is unpaid: still outstanding.
    _invoice(session_factory, pid, InvoiceKind.DEPOSIT, 2_400_000, paid=2_400_000, number="A")
    fin = _invoice(session_factory, pid, InvoiceKind.FINAL, 5_600_000, paid=5_000_000, number="B")
    assert not svc.check_move(pid, ProjectStage.CLOSED).clear
    with session_factory.begin() as s:
        s.add(Payment(invoice_id=fin, received_on=START, amount_minor=600_000, currency="CNY"))
    assert svc.check_move(pid, ProjectStage.CLOSED).clear
    assert svc.move_stage(pid, ProjectStage.CLOSED).moved
    assert svc.get(pid).status == ProjectStatus.DONE


def test_final_payment_outstanding_when_invoiced_less_than_contract(
    svc: ProjectService, ids, session_factory
) -> None:
    pid = svc.create(_draft(ids))
    _invoice(session_factory, pid, InvoiceKind.DEPOSIT, 2_400_000, paid=2_400_000)
    assert svc.get(pid).final_payment_outstanding  # 24,000 of 80,000 invoiced
    svc.update(pid, ProjectDraft(**{**_fields(svc.get(pid).to_draft()), "final_paid_on": START}))
    assert not svc.get(pid).final_payment_outstanding


def test_a_long_jump_lists_every_gate_it_crosses(svc: ProjectService, ids) -> None:
    pid = svc.create(_draft(ids))
    svc.add_milestone(pid, MilestoneDraft("Kick-off"))
    gates = {g.gate for g in svc.check_move(pid, ProjectStage.CLOSED).gates}
    assert gates == {GATE_DEPOSIT, GATE_MILESTONES, GATE_FINAL_PAYMENT, GATE_SKIP}
    moved = svc.move_stage(pid, ProjectStage.CLOSED, override=True, reason="Cancelled by client")
    assert moved.moved
    assert set(svc.stage_history(pid)[-1].overridden_gates) == gates


def test_moving_back_needs_no_reason(svc: ProjectService, ids) -> None:
    pid = svc.create(_draft(ids))
    svc.move_stage(pid, ProjectStage.QUOTE)
    assert svc.move_stage(pid, ProjectStage.CONTACT).moved


# --- reviews, acceptance, change requests --------------------------------------------------


def test_review_rounds_past_the_contract_are_billable(svc: ProjectService, ids) -> None:
    pid = svc.create(_draft(ids, review_rounds_allowed=2))
    rounds = [svc.add_review_round(pid, START + timedelta(days=i)) for i in range(3)]
    assert [(r.round_no, r.billable) for r in rounds] == [(1, False), (2, False), (3, True)]


def test_acceptance_feeds_the_client_score(svc: ProjectService, ids) -> None:
    a = svc.create(_draft(ids))
    b = svc.create(_draft(ids, name="B"))
    svc.record_acceptance(a, "Ms Lin", START, 5)
    svc.record_acceptance(b, "Mr Zhao", START, 4)
    assert svc.get(a).accepted_by == "Ms Lin"
    assert svc.client_satisfaction(ids["client"]) == Decimal("4.5")
    with pytest.raises(ValidationError) as err:
        svc.record_acceptance(a, "Ms Lin", START, 6)
    assert err.value.field == "satisfaction"
    assert svc.get(a).satisfaction == 5


def test_approved_change_request_moves_value_and_deadline(svc: ProjectService, ids) -> None:
    pid = svc.create(_draft(ids))
    due = svc.get(pid).due_on
    cr = svc.add_change_request(
        pid, ChangeRequestDraft("Extra packaging line", extra_fee="12500.50", extra_days=10)
    )
    info = svc.decide_change_request(cr, approve=True, decided_on=START)
    assert info.value_before == Money(8_000_000, "CNY")
    assert info.due_before == due
    project = svc.get(pid)
    assert project.contract_value == Money(9_250_050, "CNY")
    assert project.due_on == due + timedelta(days=10)  # type: ignore[operator]
    with pytest.raises(Conflict):
        svc.decide_change_request(cr, approve=False)


def test_rejected_change_request_changes_nothing(svc: ProjectService, ids) -> None:
    pid = svc.create(_draft(ids))
    cr = svc.add_change_request(pid, ChangeRequestDraft("Video", extra_fee="5000", extra_days=3))
    svc.decide_change_request(cr, approve=False)
    assert svc.get(pid).contract_value == Money(8_000_000, "CNY")
    assert svc.change_requests(pid)[0].value_before is None


def test_negative_change_fee_is_refused(svc: ProjectService, ids) -> None:
    pid = svc.create(_draft(ids))
    with pytest.raises(ValidationError) as err:
        svc.add_change_request(pid, ChangeRequestDraft("Discount", extra_fee="-100"))
    assert err.value.field == "extra_fee"
    assert svc.change_requests(pid) == []


# --- tasks, dependencies, progress, templates ------------------------------------------------


def test_task_due_after_project_end_is_refused(svc: ProjectService, ids) -> None:
    pid = svc.create(_draft(ids))
    with pytest.raises(ValidationError) as err:
        svc.add_task(pid, TaskDraft("Print run", due_on=START + timedelta(days=61)))
    assert err.value.field == "due_on"
    assert svc.tasks(pid) == []


def test_dependency_cycle_is_refused_with_its_names(svc: ProjectService, ids) -> None:
    pid = svc.create(_draft(ids))
    a = svc.add_task(pid, TaskDraft("Sketch"))
    b = svc.add_task(pid, TaskDraft("Ink"))
    c = svc.add_task(pid, TaskDraft("Colour"))
    svc.add_dependency(a, b)
    svc.add_dependency(b, c)
    with pytest.raises(ValidationError) as err:
        svc.add_dependency(c, a)
    assert err.value.message == "That would make a loop: Sketch → Ink → Colour → Sketch."
    assert {t.name: t.predecessor_ids for t in svc.tasks(pid)}["Sketch"] == ()


def test_progress_from_tasks_is_weighted_by_estimate(svc: ProjectService, ids) -> None:
    pid = svc.create(_draft(ids, progress_from_tasks=True))
    svc.add_task(pid, TaskDraft("Big", estimate_hours=30, progress=50))
    t = svc.add_task(pid, TaskDraft("Small", estimate_hours=10))
    assert svc.get(pid).percent_complete == 38  # (30*50 + 10*0) / 40 = 37.5 -> 38
    svc.update_task(t, TaskDraft("Small", estimate_hours=10, status=TaskStatus.DONE))
    assert svc.get(pid).percent_complete == 63  # (1500 + 1000) / 40 = 62.5 -> 63


def test_move_task_checks_dates(svc: ProjectService, ids) -> None:
    pid = svc.create(_draft(ids))
    t = svc.add_task(pid, TaskDraft("Shoot", start_on=START, due_on=START + timedelta(days=2)))
    moved = svc.move_task(t, START + timedelta(days=5), START + timedelta(days=8))
    assert (moved.start_on, moved.due_on) == (START + timedelta(days=5), START + timedelta(8))
    with pytest.raises(ValidationError):
        svc.move_task(t, START + timedelta(days=9), START + timedelta(days=8))
    with pytest.raises(ValidationError):
        svc.move_task(t, START + timedelta(days=59), START + timedelta(days=62))
    assert svc.tasks(pid)[0].due_on == START + timedelta(days=8)


def test_project_from_builtin_template_fits_its_dates(svc: ProjectService, ids) -> None:
    web = next(t for t in svc.templates() if t.service_type_code == "web_app_development")
    assert (web.tasks, web.milestones) == (18, 8)
    pid = svc.create_from_template(web.id, _draft(ids, due_on=START + timedelta(days=100)))
    plan = svc.plan(pid)
    assert len(plan.tasks) == 18 and len(plan.milestones) == 8
    assert plan.project.service_type_code == "web_app_development"
    assert all(t.due_on is not None and t.due_on <= START + timedelta(days=100) for t in plan.tasks)
    assert plan.tasks[0].start_on == START
    # Tasks are chained finish-to-start, and each links to its phase's milestone.
    assert plan.tasks[1].predecessor_ids == (plan.tasks[0].id,)
    assert all(t.milestone_id is not None for t in plan.tasks)


def test_save_as_template_round_trips(svc: ProjectService, ids, session_factory) -> None:
    pid = svc.create(_draft(ids))
    svc.add_task(
        pid,
        TaskDraft(
            "Moodboard",
            phase="requirements",
            start_on=START,
            due_on=START + timedelta(days=2),
            estimate_hours=6,
        ),
    )
    svc.add_milestone(pid, MilestoneDraft("Direction agreed", START + timedelta(days=3)))
    tid = svc.save_as_template(pid, "Our quick brand sprint")
    mine = next(t for t in svc.templates() if t.id == tid)
    assert (mine.builtin, mine.tasks, mine.milestones, mine.span_days) == (False, 1, 1, 3)
    new = svc.create_from_template(
        tid, _draft(ids, name="Again", start_on=date(2026, 9, 1), due_on=None)
    )
    plan = svc.plan(new)
    assert plan.tasks[0].start_on == date(2026, 9, 1)
    assert plan.tasks[0].due_on == date(2026, 9, 3)
    with pytest.raises(ValidationError):
        svc.save_as_template(pid, "Our quick brand sprint")
    with session_factory() as s:
        assert s.scalar(select(ProjectTemplate.builtin).where(ProjectTemplate.id == tid)) is False
        assert s.scalar(select(StageChange.id).where(StageChange.project_id == new)) is not None


# --- the task editor, team, attachments, codes --------------------------------------------


def test_task_saved_with_its_predecessors_in_one_go(svc: ProjectService, ids) -> None:
    pid = svc.create(_draft(ids))
    a = svc.add_task(pid, TaskDraft("Sketch", due_on=START + timedelta(days=3)))
    b = svc.add_task(pid, TaskDraft("Ink", due_on=START + timedelta(days=5)))
    c = svc.add_task(pid, TaskDraft("Colour", predecessor_ids=(a, b, a)))
    assert {t.name: t.predecessor_ids for t in svc.tasks(pid)}["Colour"] == tuple(sorted((a, b)))
    # None leaves them alone; a tuple replaces them.
    svc.update_task(c, TaskDraft("Colour and tone"))
    assert next(t for t in svc.tasks(pid) if t.id == c).predecessor_ids == tuple(sorted((a, b)))
    svc.update_task(c, TaskDraft("Colour and tone", predecessor_ids=(b,)))
    assert next(t for t in svc.tasks(pid) if t.id == c).predecessor_ids == (b,)


def test_a_loop_through_the_editor_is_refused_and_nothing_changes(svc: ProjectService, ids) -> None:
    pid = svc.create(_draft(ids))
    a = svc.add_task(pid, TaskDraft("Sketch"))
    b = svc.add_task(pid, TaskDraft("Ink", predecessor_ids=(a,)))
    c = svc.add_task(pid, TaskDraft("Colour", predecessor_ids=(b,)))
    with pytest.raises(DependencyLoopError) as err:
        svc.update_task(a, TaskDraft("Sketch again", predecessor_ids=(c,)))
    assert err.value.field == "dependency"
    # The loop is named from the task being edited, under the name typed in the editor.
    assert err.value.names == ("Sketch again", "Ink", "Colour", "Sketch again")
    assert err.value.message == (
        "That would make a loop: Sketch again → Ink → Colour → Sketch again."
    )
    sketch = next(t for t in svc.tasks(pid) if t.id == a)
    assert (sketch.name, sketch.predecessor_ids) == ("Sketch", ())
    with pytest.raises(ValidationError) as own:
        svc.update_task(a, TaskDraft("Sketch", predecessor_ids=(a,)))
    assert own.value.field == "dependency"


def test_dates_past_the_project_end_carry_the_date(svc: ProjectService, ids) -> None:
    pid = svc.create(_draft(ids))
    end = START + timedelta(days=60)
    with pytest.raises(ProjectEndsError) as err:
        svc.add_milestone(pid, MilestoneDraft("Launch", end + timedelta(days=1)))
    assert (err.value.field, err.value.project_due) == ("due_on", end)
    assert err.value.message == "The project ends on 2026-05-01; pick an earlier date."
    assert svc.milestones(pid) == []


def test_deleting_a_milestone_keeps_its_tasks(svc: ProjectService, ids) -> None:
    pid = svc.create(_draft(ids))
    ms = svc.add_milestone(pid, MilestoneDraft("Direction agreed", START + timedelta(days=9)))
    t = svc.add_task(pid, TaskDraft("Moodboard", milestone_id=ms))
    svc.update_milestone(ms, MilestoneDraft("Direction signed", START + timedelta(days=8), START))
    m = svc.milestones(pid)[0]
    assert (m.name, m.due_on, m.done_on) == ("Direction signed", date(2026, 3, 10), START)
    svc.delete_milestone(ms)
    assert svc.milestones(pid) == []
    assert [(x.id, x.milestone_id) for x in svc.tasks(pid)] == [(t, None)]


def test_team_is_saved_and_shown(svc: ProjectService, ids, session_factory) -> None:
    with session_factory.begin() as s:
        li = Person(name="Li Na")
        s.add(li)
        s.flush()
        li_id = li.id
    pid = svc.create(_draft(ids, team_ids=(ids["person"], li_id, ids["person"])))
    assert [c.name for c in svc.get(pid).team] == ["Li Na", "Wang Fang"]
    draft = svc.get(pid).to_draft()
    svc.update(pid, ProjectDraft(**{**_fields(draft), "team_ids": (li_id,)}))  # type: ignore[arg-type]
    assert [c.name for c in svc.get(pid).team] == ["Li Na"]
    with pytest.raises(ValidationError) as err:
        svc.update(pid, ProjectDraft(**{**_fields(draft), "team_ids": (9999,)}))  # type: ignore[arg-type]
    assert err.value.field == "team"
    assert [c.name for c in svc.get(pid).team] == ["Li Na"]


def test_attachments_are_links_or_absolute_files(svc: ProjectService, ids, tmp_path) -> None:
    pid = svc.create(_draft(ids))
    url = svc.add_attachment(pid, "  https://figma.com/file/abc  ")
    brief = tmp_path / "brief.pdf"
    svc.add_attachment(pid, str(brief), "Client brief")
    got = {a.label: (a.kind, a.target) for a in svc.attachments(pid)}
    assert got == {
        "https://figma.com/file/abc": (AttachmentKind.URL, "https://figma.com/file/abc"),
        "Client brief": (AttachmentKind.FILE, str(brief)),
    }
    for bad in ("", "brief.pdf"):
        with pytest.raises(ValidationError) as err:
            svc.add_attachment(pid, bad)
        assert err.value.field == "target"
    svc.remove_attachment(url)
    assert [a.label for a in svc.attachments(pid)] == ["Client brief"]


def test_automatic_codes_skip_codes_typed_by_hand(svc: ProjectService, ids) -> None:
    svc.create(_draft(ids, code="P-2026-0001"))
    svc.create(_draft(ids, code="P-2026-0002"))
    pid = svc.create(_draft(ids, name="Numbered"))
    assert svc.get(pid).code == "P-2026-0003"
