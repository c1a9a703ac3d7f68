"""Demo clients, contacts, interactions with follow-ups, key dates, tags and the deal pipeline."""

from __future__ import annotations

from datetime import date

from models.demo_context import ClientInfo, Ctx, ProjectInfo, Row, days
from models.demo_names import (
    CLIENT_SIZES,
    CN_CONTACT_ROLES,
    EN_CONTACT_ROLES,
    CompanyName,
    china_mobile,
    chinese_company,
    chinese_person,
    english_company,
    english_person,
    foreign_phone,
    random_key,
    wechat_id,
)
from models.entities import (
    Attachment,
    Client,
    ClientKeyDate,
    Contact,
    Deal,
    Interaction,
    Tag,
    client_tags,
)
from models.enums import (
    AttachmentKind,
    ClientSource,
    ClientStatus,
    ContactChannel,
    DealStage,
    InteractionKind,
    ProjectStage,
    ReportLanguage,
)
from models.text import search_key

TAGS = (
    "VIP",
    "Retainer",
    "Repeat client",
    "Government",
    "Start-up",
    "Overseas",
    "Referral partner",
    "Slow payer",
    "教育",
    "餐饮",
    "快消品",
    "Non-profit",
)
SUMMARIES = {
    True: (
        "电话沟通项目需求",
        "发送报价单",
        "微信确认设计稿修改意见",
        "到访公司介绍案例",
        "讨论合同条款",
        "回访满意度",
        "确认拍摄档期",
        "沟通付款进度",
    ),
    False: (
        "Call about the brief",
        "Sent the quote",
        "Feedback on first concepts",
        "Visited their office to present case studies",
        "Discussed contract terms",
        "Check-in after delivery",
        "Agreed the shoot dates",
        "Chased the open invoice",
    ),
}
NEXT_STEPS = {
    True: ("发送修改稿", "跟进报价反馈", "确认合同", "安排下次会议"),
    False: (
        "Send revised design",
        "Follow up on the quote",
        "Confirm the contract",
        "Book the next meeting",
    ),
}
LOST_REASONS = ("Budget cut", "Chose a cheaper agency", "预算不足", "项目延期", "No response")
KIND_BY_CHANNEL = {
    ContactChannel.WECHAT: InteractionKind.WECHAT,
    ContactChannel.EMAIL: InteractionKind.EMAIL,
    ContactChannel.PHONE: InteractionKind.CALL,
    ContactChannel.MEETING: InteractionKind.MEETING,
}
PROBABILITY = {
    DealStage.LEAD: 10,
    DealStage.CONTACTED: 20,
    DealStage.PROPOSAL: 40,
    DealStage.NEGOTIATION: 70,
    DealStage.WON: 100,
    DealStage.LOST: 0,
}


def plan_clients(ctx: Ctx, studio_name: str) -> tuple[ClientInfo, dict[int, CompanyName]]:
    """Client names and contacts in memory; rows are written once projects decide status."""
    rng = ctx.rng
    seen: set[str] = set()
    companies: dict[int, CompanyName] = {}
    for i in range(ctx.profile.clients - 1):
        company = chinese_company(rng) if rng.random() < 0.7 else english_company(rng)
        tries = 0
        while company.name in seen:
            tries += 1
            company = chinese_company(rng) if tries % 2 else english_company(rng)
        seen.add(company.name)
        cid = i + 1
        companies[cid] = company
        overseas = not company.chinese and rng.random() < 0.4
        ctx.clients.append(ClientInfo(cid, company.name, company.short, company.chinese, overseas))
        for _ in range(rng.randint(1, 3)):
            person = (
                chinese_person(rng)
                if company.chinese or rng.random() < 0.2
                else (english_person(rng))
            )
            ctx.clients[-1].contacts.append(person)
    internal = ClientInfo(ctx.profile.clients, f"{studio_name} (internal)", "Internal", True, False)
    ctx.clients.append(internal)
    return internal, companies


def write_clients(ctx: Ctx, internal: ClientInfo, companies: dict[int, CompanyName]) -> None:
    rng, today, w = ctx.rng, ctx.today, ctx.writer
    by_client: dict[int, list[ProjectInfo]] = {}
    for p in ctx.projects:
        by_client.setdefault(p.client.id, []).append(p)
    managers = [p.id for p in ctx.people if p.group in ("account", "lead") and not p.placeholder]
    rows: list[Row] = []
    contacts: list[Row] = []
    interactions: list[Row] = []
    deals: list[Row] = []
    key_dates: list[Row] = []
    tag_rows: list[Row] = []
    attachments: list[Row] = []
    for c in ctx.clients:
        company = companies.get(c.id)
        projects = by_client.get(c.id, [])
        created = min([p.bounds[0] for p in projects], default=None)
        status = ClientStatus.ACTIVE
        client_deals: list[Row] = []
        if c is not internal:
            client_deals = _deals(ctx, c, projects, deals)
            created = min([created or today] + [d["created_at"].date() for d in client_deals])
            status = _status(ctx, projects, client_deals)
        created = (created or today) - days(rng.randint(0, 60))
        archived = None
        if status in (ClientStatus.DORMANT, ClientStatus.LOST) and rng.random() < 0.15:
            status, archived = ClientStatus.ARCHIVED, ctx.at(today - days(rng.randint(1, 90)))
        referred = None
        source = None
        if company is not None:
            source = rng.choice(list(ClientSource))
            if source is ClientSource.REFERRAL and c.id > 1:
                referred = rng.randint(1, c.id - 1)
        rows.append(
            {
                "id": c.id,
                "name": c.name,
                "name_key": search_key(c.name),
                "name_alt": company.name_alt if company else "",
                "industry": company.industry if company else "",
                "size": rng.choice(CLIENT_SIZES) if company else "",
                "status": status,
                "source": source,
                "referred_by_id": referred,
                "account_manager_id": rng.choice(managers) if managers and company else None,
                "notes": "",
                "report_language": ReportLanguage.CHINESE
                if c.chinese
                else rng.choice((ReportLanguage.ENGLISH, ReportLanguage.BOTH)),
                "merged_into_id": None,
                "archived_at": archived,
                "created_at": ctx.at(created, 9),
                "updated_at": ctx.at(today, 9),
            }
        )
        if company is None:
            continue
        contact_ids = _contacts(ctx, c, company, created, contacts)
        _interactions(ctx, c, contact_ids, created, interactions)
        if rng.random() < 0.3:
            founded = date(
                rng.randint(1998, today.year - 2), rng.randint(1, 12), rng.randint(1, 28)
            )
            key_dates.append(
                {
                    "id": len(key_dates) + 1,
                    "client_id": c.id,
                    "label": "公司成立纪念日" if c.chinese else "Company anniversary",
                    "on_date": founded,
                    "yearly": True,
                }
            )
        won = [p for p in projects if p.reached(ProjectStage.CONTRACT)]
        if won and rng.random() < 0.3:
            key_dates.append(
                {
                    "id": len(key_dates) + 1,
                    "client_id": c.id,
                    "label": "Contract anniversary 签约纪念日",
                    "on_date": won[0].bounds[2],
                    "yearly": True,
                }
            )
        for tag in rng.sample(range(1, len(TAGS) + 1), rng.randint(0, 2)):
            tag_rows.append({"client_id": c.id, "tag_id": tag})
        if rng.random() < 0.25:
            attachments.append(
                {
                    "id": None,
                    "client_id": c.id,
                    "project_id": None,
                    "kind": AttachmentKind.URL,
                    "target": f"https://www.{company.domain}/",
                    "label": "Website 官网",
                    "added_at": ctx.at(created, 11),
                }
            )
    w.insert(Client.__table__, rows)
    w.insert(Tag.__table__, ({"id": i, "name": t} for i, t in enumerate(TAGS, start=1)))
    w.insert(client_tags, tag_rows)
    w.insert(ClientKeyDate.__table__, key_dates)
    w.insert(Contact.__table__, contacts)
    w.insert(Interaction.__table__, interactions)
    ctx.pending["deals"] = deals
    for p in ctx.projects:
        if not p.internal and rng.random() < 0.3:
            attachments.append(
                {
                    "id": None,
                    "client_id": None,
                    "project_id": p.id,
                    "kind": AttachmentKind.URL,
                    "target": f"https://www.figma.com/file/{random_key(rng, 22)}/",
                    "label": "Design file 设计稿",
                    "added_at": ctx.at(p.bounds[3], 15),
                }
            )
    for i, a in enumerate(attachments, start=1):
        a["id"] = i
    ctx.pending["attachments"] = attachments


def _status(ctx: Ctx, projects: list[ProjectInfo], deals: list[Row]) -> ClientStatus:
    if any(p.stage is not ProjectStage.CLOSED for p in projects):
        return ClientStatus.ACTIVE
    if projects:
        last = max(p.bounds[8] for p in projects)
        return ClientStatus.ACTIVE if last > ctx.today - days(180) else ClientStatus.DORMANT
    stages = {d["stage"] for d in deals}
    if stages & {DealStage.PROPOSAL, DealStage.NEGOTIATION}:
        return ClientStatus.PROSPECT
    if stages & {DealStage.LEAD, DealStage.CONTACTED}:
        return ClientStatus.LEAD
    return ClientStatus.LOST


def _deals(ctx: Ctx, c: ClientInfo, projects: list[ProjectInfo], out: list[Row]) -> list[Row]:
    """A won deal per contracted project, open deals for early ones, and some lost."""
    rng, today = ctx.rng, ctx.today
    mine: list[Row] = []

    def add(
        title: str,
        stage: DealStage,
        value: int,
        currency: str,
        created: date,
        closed: date | None,
        project_id: int | None,
        close_on: date | None,
    ) -> None:
        row = {
            "id": len(out) + 1,
            "client_id": c.id,
            "title": title,
            "stage": stage,
            "value_minor": value,
            "currency": currency,
            "probability": PROBABILITY[stage],
            "expected_close_on": close_on,
            "lost_reason": rng.choice(LOST_REASONS) if stage is DealStage.LOST else "",
            "project_id": project_id,
            "created_at": ctx.at(created, 11),
            "closed_at": ctx.at(closed, 16) if closed else None,
        }
        out.append(row)
        mine.append(row)

    for p in projects:
        if p.reached(ProjectStage.CONTRACT):
            add(
                p.name,
                DealStage.WON,
                p.base_value,
                p.currency,
                p.bounds[0],
                p.bounds[2],
                p.id,
                p.bounds[2],
            )
        else:
            stage = (
                DealStage.CONTACTED
                if p.stage is ProjectStage.CONTACT
                else rng.choice((DealStage.PROPOSAL, DealStage.NEGOTIATION))
            )
            add(p.name, stage, p.base_value, p.currency, p.bounds[0], None, None, p.bounds[2])
    extra = rng.choices((0, 1, 2), (5, 4, 1))[0] if projects else rng.randint(1, 2)
    for _ in range(extra):
        created = today - days(rng.randint(0, min(ctx.profile.history_days, 400)))
        stage = rng.choices([*list(DealStage)[:4], DealStage.LOST], (3, 3, 2, 2, 3))[0]
        value = rng.randint(20, 300) * 1000 * 100
        currency = "USD" if c.overseas else "CNY"
        if currency == "USD":
            value //= 7
        closed = (
            ctx.clamp_past(created + days(rng.randint(10, 60))) if stage is DealStage.LOST else None
        )
        close_on = None if closed else today + days(rng.randint(-10, 90))
        title = (
            f"{c.short} {rng.choice(('新项目', '年度合作'))}"
            if c.chinese
            else (f"{c.short} – {rng.choice(('New project', 'Annual retainer'))}")
        )
        add(title, stage, value, currency, created, closed, None, close_on)
    return mine


def _contacts(
    ctx: Ctx, c: ClientInfo, company: CompanyName, created: date, out: list[Row]
) -> list[int]:
    rng, ids = ctx.rng, []
    for n, person in enumerate(c.contacts):
        if c.chinese:
            phone = china_mobile(rng)
            channel = rng.choices(list(ContactChannel), (25, 15, 60, 0))[0]
            role = rng.choice(CN_CONTACT_ROLES)
        else:
            phone = foreign_phone(rng, company.city)
            channel = rng.choices(list(ContactChannel), (15, 60, 15, 10))[0]
            role = rng.choice(EN_CONTACT_ROLES)
        email = (
            f"{person.email_local}@{company.domain}"
            if rng.random() < 0.85
            else (f"{rng.randrange(10**8, 10**10)}@qq.com")
        )
        wechat = wechat_id(rng, person) if c.chinese or rng.random() < 0.3 else ""
        out.append(
            {
                "id": len(out) + 1,
                "client_id": c.id,
                "name": person.name,
                "role": role,
                "phone": phone,
                "email": email,
                "wechat_id": wechat,
                "preferred_channel": channel,
                "is_primary": n == 0,
                "notes": "",
                "created_at": ctx.at(created, 10),
            }
        )
        ids.append(len(out))
    return ids


def _interactions(
    ctx: Ctx, c: ClientInfo, contact_ids: list[int], created: date, out: list[Row]
) -> None:
    rng, today = ctx.rng, ctx.today
    n = rng.randint(2, 6) if ctx.size == "small" else rng.randint(1, 5)
    for k in range(n):
        contact = rng.choice(contact_ids)
        when = ctx.day_between(max(created, today - days(365)), today)
        follow_up = None
        done = None
        if c.id <= 3 and k == 0:
            when, follow_up = today - days(10), today - days(2 + c.id)  # overdue, for sure
        elif c.id in (4, 5) and k == 0:
            when, follow_up = today - days(5), today  # due today
        elif rng.random() < 0.45:
            follow_up = when + days(rng.randint(3, 14))
            if follow_up < today and rng.random() < 0.75:
                done = ctx.at(follow_up, 17)
        kind = rng.choice(list(InteractionKind))
        out.append(
            {
                "id": len(out) + 1,
                "client_id": c.id,
                "contact_id": contact,
                "kind": kind,
                "occurred_at": ctx.when(when),
                "summary": rng.choice(SUMMARIES[c.chinese]),
                "outcome": "",
                "next_step": rng.choice(NEXT_STEPS[c.chinese]) if follow_up else "",
                "follow_up_on": follow_up,
                "follow_up_done_at": done,
            }
        )


def write_deals_and_attachments(ctx: Ctx) -> None:
    """Deals and project attachments point at projects, so they follow them."""
    ctx.writer.insert(Deal.__table__, ctx.pending.pop("deals", []))
    ctx.writer.insert(Attachment.__table__, ctx.pending.pop("attachments", []))
