"""Studio and project budgets, budget vs actuals, burn-up and the cost forecast (sums in SQL)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from enum import StrEnum

from sqlalchemy import Integer, cast, delete, func, select, update
from sqlalchemy.orm import Session

from models.entities import (
    Expense,
    ExpenseCategory,
    Invoice,
    Person,
    Project,
    ProjectBudgetLine,
    ProjectBudgetRevision,
    Setting,
    Studio,
    StudioBudget,
    TimeEntry,
)
from models.enums import BudgetLineKind, InvoiceState
from models.errors import NotFound, ValidationError
from models.money import allocate
from models.services.base import UnitOfWork
from models.services.finance_time import entry_cost

# Small studio facts without a column of their own live in the Setting table.
WARN_KEY = "finance.warn_at_pct"
MARGIN_KEY = "finance.target_margin_pct"
DEFAULT_WARN_PCT = 90
DEFAULT_MARGIN_PCT = 30
BURN_WINDOW_DAYS = 28
FORECAST_FORMULA = (
    "cost at completion = actual + burn rate × days left + open risks' expected cost; "
    "fee needed = cost at completion / (1 - target margin)"
)


class Period(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


# -- plain data ------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class BudgetCell:
    category_id: int
    month: int  # calendar month
    amount_minor: int


@dataclass(frozen=True, slots=True)
class StudioBudgetGrid:
    fiscal_year: int
    start_month: int
    currency: str
    months: tuple[int, ...]  # calendar months in fiscal order
    category_ids: tuple[int, ...]
    amounts: dict[tuple[int, int], int]  # (category_id, month) -> minor

    def row_total(self, category_id: int) -> int:
        return sum(self.amounts.get((category_id, m), 0) for m in self.months)

    def month_total(self, month: int) -> int:
        return sum(self.amounts.get((c, month), 0) for c in self.category_ids)

    @property
    def total(self) -> int:
        return sum(self.amounts.values())


@dataclass(frozen=True, slots=True)
class VarianceRow:
    """Budget vs actual for one line; variance = budget - actual (negative: over budget)."""

    key: str  # category id, role or period label
    label: str
    budget_minor: int
    actual_minor: int
    warn_at_pct: int

    @property
    def variance_minor(self) -> int:
        return self.budget_minor - self.actual_minor

    @property
    def used_pct(self) -> Decimal | None:
        if self.budget_minor == 0:
            return None
        return (Decimal(self.actual_minor) * 100 / Decimal(self.budget_minor)).quantize(
            Decimal("0.1")
        )

    @property
    def variance_pct(self) -> Decimal | None:
        if self.budget_minor == 0:
            return None
        return (Decimal(self.variance_minor) * 100 / Decimal(self.budget_minor)).quantize(
            Decimal("0.1")
        )

    @property
    def warning(self) -> bool:
        """Past the user's threshold (or spending with no budget at all)."""
        if self.budget_minor == 0:
            return self.actual_minor > 0
        return self.actual_minor * 100 >= self.budget_minor * self.warn_at_pct

    @property
    def over(self) -> bool:
        return self.actual_minor > self.budget_minor


@dataclass(frozen=True, slots=True)
class VarianceReport:
    title: str
    currency: str
    rows: tuple[VarianceRow, ...]
    warn_at_pct: int

    @property
    def budget_minor(self) -> int:
        return sum(r.budget_minor for r in self.rows)

    @property
    def actual_minor(self) -> int:
        return sum(r.actual_minor for r in self.rows)

    def total(self) -> VarianceRow:
        return VarianceRow("total", "", self.budget_minor, self.actual_minor, self.warn_at_pct)


@dataclass(frozen=True, slots=True)
class BudgetLineDraft:
    kind: BudgetLineKind
    amount_minor: int = 0  # category and contingency lines
    category_id: int | None = None
    role: str = ""
    minutes: int | None = None  # role lines: hours x rate
    rate_minor: int | None = None
    description: str = ""


@dataclass(frozen=True, slots=True)
class BudgetLine:
    id: int
    kind: BudgetLineKind
    category_id: int | None
    category: str
    role: str
    minutes: int | None
    rate_minor: int | None
    amount_minor: int
    description: str


@dataclass(frozen=True, slots=True)
class ProjectBudget:
    project_id: int
    revision_id: int
    revision_no: int
    warn_at_pct: int
    note: str
    currency: str
    lines: tuple[BudgetLine, ...]
    contract_value_minor: int

    @property
    def total_minor(self) -> int:
        """The quote: the sum of every line, contingency included."""
        return sum(line.amount_minor for line in self.lines)


@dataclass(frozen=True, slots=True)
class Revision:
    id: int
    revision_no: int
    is_current: bool
    total_minor: int
    note: str


@dataclass(frozen=True, slots=True)
class BurnPoint:
    day: date
    cumulative_cost_minor: int
    cumulative_revenue_minor: int


@dataclass(frozen=True, slots=True)
class Forecast:
    """Where the project is heading at the recent burn rate (all amounts in minor units)."""

    as_of: date
    budget_minor: int
    actual_minor: int
    daily_burn_minor: Decimal  # average cost per calendar day over the last 28 days
    runs_out_on: date | None  # None: no recent burn, or the budget is already spent
    forecast_at_completion_minor: int
    target_margin_pct: int
    fee_needed_minor: int  # fee that keeps the target margin on the forecast cost
    # The terms of the cost at completion, so the screen can show the sum it is made of:
    # actual + remaining_burn (daily burn x days_left, rounded once) + risk_expected.
    days_left: int = 0
    remaining_burn_minor: int = 0
    risk_expected_minor: int = 0  # open risks' expected cost, read from the risk register


@dataclass(frozen=True, slots=True)
class RiskContingency:
    """What the risk register suggests for a project's contingency line (minor units)."""

    project_id: int
    currency: str
    expected_minor: int  # Σ expected cost of the project's risks that are not closed
    contingency_minor: int | None  # the current revision's contingency line; None: no line

    @property
    def matches(self) -> bool:
        return self.contingency_minor == self.expected_minor


@dataclass(frozen=True, slots=True)
class BurnUp:
    project_id: int
    currency: str
    budget_minor: int
    points: tuple[BurnPoint, ...]
    forecast: Forecast


# -- helpers ---------------------------------------------------------------------------------
def fiscal_months(start_month: int) -> tuple[int, ...]:
    return tuple((start_month - 1 + i) % 12 + 1 for i in range(12))


def calendar_year(fiscal_year: int, month: int, start_month: int) -> int:
    """Fiscal year N starts in ``start_month`` of calendar year N."""
    return fiscal_year if month >= start_month else fiscal_year + 1


def fiscal_span(fiscal_year: int, start_month: int) -> tuple[date, date]:
    start = date(fiscal_year, start_month, 1)
    end = date(fiscal_year + (1 if start_month > 1 else 0), (start_month - 2) % 12 + 1, 1)
    end = _month_end(end)
    return start, end


def _month_end(first: date) -> date:
    nxt = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return nxt - timedelta(days=1)


def _setting_int(s: Session, key: str, default: int) -> int:
    value = s.get(Setting, key)
    try:
        return int(value.value) if value is not None else default
    except ValueError:
        return default


def _studio(s: Session) -> Studio:
    row = s.get(Studio, 1)
    if row is None:
        raise NotFound("The studio has not been set up yet.")
    return row


def _role_amount(minutes: int, rate_minor: int) -> int:
    value = (Decimal(minutes) * Decimal(rate_minor) / 60).quantize(Decimal(1), ROUND_HALF_UP)
    return int(value)


class BudgetService:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    # -- thresholds --------------------------------------------------------------------------
    def thresholds(self) -> tuple[int, int]:
        """(studio warning %, target margin %)."""
        with self._uow.read() as s:
            return (
                _setting_int(s, WARN_KEY, DEFAULT_WARN_PCT),
                _setting_int(s, MARGIN_KEY, DEFAULT_MARGIN_PCT),
            )

    def set_thresholds(self, warn_at_pct: int, target_margin_pct: int) -> None:
        if not 1 <= warn_at_pct <= 200:
            raise ValidationError("warn_at_pct", "Warn at a value from 1% to 200%.")
        if not 0 <= target_margin_pct <= 95:
            raise ValidationError("target_margin_pct", "The target margin must be 0% to 95%.")
        with self._uow.write() as s:
            for key, value in ((WARN_KEY, warn_at_pct), (MARGIN_KEY, target_margin_pct)):
                row = s.get(Setting, key)
                if row is None:
                    s.add(Setting(key=key, value=str(value)))
                else:
                    row.value = str(value)

    # -- studio budget -----------------------------------------------------------------------
    def current_fiscal_year(self, today: date | None = None) -> int:
        today = today or date.today()
        with self._uow.read() as s:
            start = _studio(s).fiscal_year_start_month
        return today.year if today.month >= start else today.year - 1

    def studio_budget(self, fiscal_year: int) -> StudioBudgetGrid:
        with self._uow.read() as s:
            studio = _studio(s)
            rows = s.execute(
                select(
                    StudioBudget.category_id, StudioBudget.month, StudioBudget.amount_minor
                ).where(StudioBudget.fiscal_year == fiscal_year)
            ).all()
            cats = list(
                s.execute(
                    select(ExpenseCategory.id, ExpenseCategory.parent_id)
                    .where(ExpenseCategory.active.is_(True))
                    .order_by(ExpenseCategory.id)
                )
            )
        amounts = {(int(c), int(m)): int(a) for c, m, a in rows}
        # Rows: the top-level groups (a budget is usually planned per group), plus any
        # category that already carries an amount.
        used = {c for c, _ in amounts}
        ids = [int(i) for i, parent in cats if parent is None or int(i) in used]
        return StudioBudgetGrid(
            fiscal_year,
            studio.fiscal_year_start_month,
            studio.base_currency,
            fiscal_months(studio.fiscal_year_start_month),
            tuple(ids),
            amounts,
        )

    def set_studio_budget(
        self, fiscal_year: int, cells: list[BudgetCell] | tuple[BudgetCell, ...]
    ) -> None:
        """Write cells in one transaction (0 removes a cell)."""
        for c in cells:
            if not 1 <= c.month <= 12:
                raise ValidationError("month", "Choose a month from 1 to 12.")
            if c.amount_minor < 0:
                raise ValidationError("amount", "A budget cannot be negative.")
        with self._uow.write() as s:
            studio = _studio(s)
            for c in cells:
                if s.get(ExpenseCategory, c.category_id) is None:
                    raise ValidationError("category", "Choose an existing category.")
                row = s.scalar(
                    select(StudioBudget).where(
                        StudioBudget.fiscal_year == fiscal_year,
                        StudioBudget.month == c.month,
                        StudioBudget.category_id == c.category_id,
                    )
                )
                if c.amount_minor == 0:
                    if row is not None:
                        s.delete(row)
                elif row is None:
                    s.add(
                        StudioBudget(
                            fiscal_year=fiscal_year,
                            month=c.month,
                            category_id=c.category_id,
                            amount_minor=c.amount_minor,
                            currency=studio.base_currency,
                        )
                    )
                else:
                    row.amount_minor = c.amount_minor

    def spread_annual(self, fiscal_year: int, category_id: int, annual_minor: int) -> list[int]:
        """Split an annual amount over the 12 months so they add up exactly; returns the parts."""
        if annual_minor < 0:
            raise ValidationError("amount", "A budget cannot be negative.")
        parts = allocate(annual_minor, [1] * 12)
        with self._uow.read() as s:
            months = fiscal_months(_studio(s).fiscal_year_start_month)
        self.set_studio_budget(
            fiscal_year,
            [BudgetCell(category_id, m, p) for m, p in zip(months, parts, strict=True)],
        )
        return parts

    def copy_from_last_year(self, fiscal_year: int, *, replace: bool = False) -> int:
        """Copy the previous fiscal year's cells; returns how many were copied.

        Cells already planned for this year are kept unless ``replace`` is set.
        """
        with self._uow.write() as s:
            studio = _studio(s)
            source = list(
                s.execute(
                    select(
                        StudioBudget.category_id, StudioBudget.month, StudioBudget.amount_minor
                    ).where(StudioBudget.fiscal_year == fiscal_year - 1)
                )
            )
            if not source:
                raise ValidationError("fiscal_year", "There is no budget for the previous year.")
            if replace:
                s.execute(delete(StudioBudget).where(StudioBudget.fiscal_year == fiscal_year))
            have = {
                (int(c), int(m))
                for c, m in s.execute(
                    select(StudioBudget.category_id, StudioBudget.month).where(
                        StudioBudget.fiscal_year == fiscal_year
                    )
                )
            }
            copied = 0
            for cat, month, amount in source:
                if (cat, month) in have:
                    continue
                s.add(
                    StudioBudget(
                        fiscal_year=fiscal_year,
                        month=month,
                        category_id=cat,
                        amount_minor=amount,
                        currency=studio.base_currency,
                    )
                )
                copied += 1
            return copied

    # -- studio budget vs actuals ------------------------------------------------------------
    def studio_actuals(self, fiscal_year: int) -> dict[tuple[int, int], int]:
        """Expenses (base currency) per (category, calendar month), summed in SQL."""
        with self._uow.read() as s:
            start, end = fiscal_span(fiscal_year, _studio(s).fiscal_year_start_month)
            month = cast(func.strftime("%m", Expense.spent_on), Integer)
            q = (
                select(Expense.category_id, month, func.sum(Expense.base_amount_minor))
                .where(Expense.spent_on.between(start, end))
                .group_by(Expense.category_id, month)
            )
            return {(int(c), int(m)): int(a) for c, m, a in s.execute(q)}

    def studio_variance(
        self, fiscal_year: int, period: Period = Period.YEAR, *, by: str = "category"
    ) -> VarianceReport:
        """Budget vs actual per category (for the period) or per period (all categories).

        An expense counts toward its own category's budget row, or its parent's when only the
        parent is planned.
        """
        grid = self.studio_budget(fiscal_year)
        actuals = self.studio_actuals(fiscal_year)
        warn, _ = self.thresholds()
        with self._uow.read() as s:
            cats = {
                int(i): (p, n, c)
                for i, p, n, c in s.execute(
                    select(
                        ExpenseCategory.id,
                        ExpenseCategory.parent_id,
                        ExpenseCategory.name,
                        ExpenseCategory.code,
                    )
                )
            }
        rows_ids = set(grid.category_ids)

        def bucket(cat_id: int) -> int:
            if cat_id in rows_ids:
                return cat_id
            parent = cats.get(cat_id, (None,))[0]
            return int(parent) if parent is not None and parent in rows_ids else cat_id

        actual_by: dict[tuple[int, int], int] = {}
        for (cat, month), amount in actuals.items():
            key = (bucket(cat), month)
            actual_by[key] = actual_by.get(key, 0) + amount
        months = grid.months

        def periods() -> list[tuple[str, tuple[int, ...]]]:
            if period is Period.MONTH:
                return [(f"{calendar_year(fiscal_year, m, grid.start_month)}-{m:02d}", (m,))
                        for m in months]  # fmt: skip
            if period is Period.QUARTER:
                return [(f"Q{q + 1}", months[q * 3 : q * 3 + 3]) for q in range(4)]
            return [(str(fiscal_year), months)]

        rows: list[VarianceRow] = []
        if by == "category":
            cat_ids = list(grid.category_ids) + sorted(
                {c for c, _ in actual_by} - set(grid.category_ids)
            )
            for cat in cat_ids:
                budget = sum(grid.amounts.get((cat, m), 0) for m in months)
                actual = sum(actual_by.get((cat, m), 0) for m in months)
                if budget == 0 and actual == 0:
                    continue  # a group planned through its children, or nothing at all
                info = cats.get(cat, (None, str(cat), None))
                rows.append(VarianceRow(info[2] or str(cat), info[1], budget, actual, warn))
        else:
            for label, ms in periods():
                budget = sum(v for (c, m), v in grid.amounts.items() if m in ms)
                actual = sum(v for (c, m), v in actual_by.items() if m in ms)
                rows.append(VarianceRow(label, label, budget, actual, warn))
        return VarianceReport(str(fiscal_year), grid.currency, tuple(rows), warn)

    def category_codes(self) -> dict[str, int]:
        with self._uow.read() as s:
            return {
                str(c): int(i)
                for i, c in s.execute(
                    select(ExpenseCategory.id, ExpenseCategory.code).where(
                        ExpenseCategory.code.is_not(None)
                    )
                )
            }

    # -- project budgets ---------------------------------------------------------------------
    def save_project_budget(
        self,
        project_id: int,
        lines: list[BudgetLineDraft],
        *,
        warn_at_pct: int = DEFAULT_WARN_PCT,
        note: str = "",
    ) -> ProjectBudget:
        """Save a new revision (the previous one is kept, no longer current)."""
        if not 1 <= warn_at_pct <= 200:
            raise ValidationError("warn_at_pct", "Warn at a value from 1% to 200%.")
        clean: list[tuple[BudgetLineDraft, int]] = []
        for i, d in enumerate(lines):
            field = f"lines[{i}]"
            if d.kind is BudgetLineKind.ROLE:
                if not d.role.strip():
                    raise ValidationError(field, "Enter the role of an hours line.")
                if d.minutes is None or d.rate_minor is None or d.minutes < 0 or d.rate_minor < 0:
                    raise ValidationError(field, "Enter the hours and the hourly rate.")
                clean.append((d, _role_amount(d.minutes, d.rate_minor)))
            else:
                if d.amount_minor < 0:
                    raise ValidationError(field, "An amount cannot be negative.")
                if d.kind is BudgetLineKind.CATEGORY and d.category_id is None:
                    raise ValidationError(field, "Choose the category of the line.")
                clean.append((d, d.amount_minor))
        if sum(1 for d, _ in clean if d.kind is BudgetLineKind.CONTINGENCY) > 1:
            raise ValidationError("lines", "A budget has one contingency line at most.")
        with self._uow.write() as s:
            if s.get(Project, project_id) is None:
                raise NotFound("That project no longer exists.")
            last = s.scalar(
                select(func.max(ProjectBudgetRevision.revision_no)).where(
                    ProjectBudgetRevision.project_id == project_id
                )
            )
            s.execute(
                update(ProjectBudgetRevision)
                .where(ProjectBudgetRevision.project_id == project_id)
                .values(is_current=False)
            )
            rev = ProjectBudgetRevision(
                project_id=project_id,
                revision_no=(last or 0) + 1,
                is_current=True,
                warn_at_pct=warn_at_pct,
                note=note.strip(),
            )
            s.add(rev)
            s.flush()
            for i, (d, amount) in enumerate(clean):
                s.add(
                    ProjectBudgetLine(
                        revision_id=rev.id,
                        kind=d.kind,
                        category_id=d.category_id if d.kind is BudgetLineKind.CATEGORY else None,
                        role=d.role.strip() if d.kind is BudgetLineKind.ROLE else "",
                        minutes=d.minutes if d.kind is BudgetLineKind.ROLE else None,
                        rate_minor=d.rate_minor if d.kind is BudgetLineKind.ROLE else None,
                        amount_minor=amount,
                        description=d.description.strip(),
                        sort=i,
                    )
                )
            rev_id = rev.id
        return self.project_budget(project_id, revision_id=rev_id)  # type: ignore[return-value]

    def project_budget(
        self, project_id: int, *, revision_id: int | None = None
    ) -> ProjectBudget | None:
        """The current (or a given) revision, or None when the project has no budget yet."""
        with self._uow.read() as s:
            project = s.get(Project, project_id)
            if project is None:
                raise NotFound("That project no longer exists.")
            q = select(ProjectBudgetRevision).where(ProjectBudgetRevision.project_id == project_id)
            if revision_id is not None:
                q = q.where(ProjectBudgetRevision.id == revision_id)
            else:
                q = q.where(ProjectBudgetRevision.is_current.is_(True))
            rev = s.scalar(q)
            if rev is None:
                return None
            lines = s.execute(
                select(ProjectBudgetLine, ExpenseCategory.name)
                .outerjoin(ExpenseCategory, ExpenseCategory.id == ProjectBudgetLine.category_id)
                .where(ProjectBudgetLine.revision_id == rev.id)
                .order_by(ProjectBudgetLine.sort, ProjectBudgetLine.id)
            )
            return ProjectBudget(
                project_id,
                rev.id,
                rev.revision_no,
                rev.warn_at_pct,
                rev.note,
                project.currency,
                tuple(
                    BudgetLine(
                        ln.id,
                        ln.kind,
                        ln.category_id,
                        cat or "",
                        ln.role,
                        ln.minutes,
                        ln.rate_minor,
                        ln.amount_minor,
                        ln.description,
                    )
                    for ln, cat in lines
                ),
                project.contract_value_minor,
            )

    def revisions(self, project_id: int) -> list[Revision]:
        with self._uow.read() as s:
            total = (
                select(func.coalesce(func.sum(ProjectBudgetLine.amount_minor), 0))
                .where(ProjectBudgetLine.revision_id == ProjectBudgetRevision.id)
                .scalar_subquery()
            )
            q = (
                select(
                    ProjectBudgetRevision.id,
                    ProjectBudgetRevision.revision_no,
                    ProjectBudgetRevision.is_current,
                    total,
                    ProjectBudgetRevision.note,
                )
                .where(ProjectBudgetRevision.project_id == project_id)
                .order_by(ProjectBudgetRevision.revision_no.desc())
            )
            return [Revision(int(a), int(b), bool(c), int(d), e) for a, b, c, d, e in s.execute(q)]

    # -- contingency from the risk register --------------------------------------------------
    def open_risks_expected(self, project_id: int) -> int:
        """Σ expected cost of the project's open risks, in the project's minor units.

        Read through the risk service so the formula (probability / 5 x cost impact) lives in
        one place; risks being monitored count as open, closed ones do not.
        """
        from models.services.risks import RiskService

        return RiskService(self._uow).contingency(project_id).minor

    def risk_contingency(self, project_id: int) -> RiskContingency:
        expected = self.open_risks_expected(project_id)
        budget = self.project_budget(project_id)
        with self._uow.read() as s:
            currency = s.scalar(select(Project.currency).where(Project.id == project_id))
        line = next(
            (
                ln
                for ln in (budget.lines if budget else ())
                if ln.kind is BudgetLineKind.CONTINGENCY
            ),
            None,
        )
        return RiskContingency(
            project_id, str(currency), expected, line.amount_minor if line else None
        )

    def use_risk_contingency(
        self,
        project_id: int,
        lines: list[BudgetLineDraft] | None = None,
        *,
        warn_at_pct: int | None = None,
        note: str = "Contingency set to the open risks' expected cost",
    ) -> ProjectBudget:
        """Save a new revision whose contingency line is the open risks' expected cost.

        ``lines`` are the lines being edited (default: the current revision's); the one
        contingency line gets the amount, or a contingency line is added at the end. Saved
        through ``save_project_budget``, so it is an ordinary revision (the previous is kept).
        """
        expected = self.open_risks_expected(project_id)  # NotFound for a missing project
        current = self.project_budget(project_id)
        if lines is None:
            lines = [
                BudgetLineDraft(
                    ln.kind,
                    amount_minor=ln.amount_minor,
                    category_id=ln.category_id,
                    role=ln.role,
                    minutes=ln.minutes,
                    rate_minor=ln.rate_minor,
                    description=ln.description,
                )
                for ln in (current.lines if current else ())
            ]
        if warn_at_pct is None:
            warn_at_pct = current.warn_at_pct if current else DEFAULT_WARN_PCT
        new_lines: list[BudgetLineDraft] = []
        replaced = False
        for d in lines:
            if d.kind is BudgetLineKind.CONTINGENCY and not replaced:
                new_lines.append(replace(d, amount_minor=expected))
                replaced = True
            else:
                new_lines.append(d)  # a second contingency line is refused by the save
        if not replaced:
            new_lines.append(BudgetLineDraft(BudgetLineKind.CONTINGENCY, amount_minor=expected))
        return self.save_project_budget(project_id, new_lines, warn_at_pct=warn_at_pct, note=note)

    # -- project actuals ---------------------------------------------------------------------
    def _project_actuals(
        self, s: Session, project_id: int, end: date | None = None
    ) -> tuple[dict[str, int], dict[int, int]]:
        """(labour cost per role, expenses per category) of one project, summed in SQL."""
        where_t = [TimeEntry.project_id == project_id]
        where_e = [Expense.project_id == project_id]
        if end is not None:
            where_t.append(TimeEntry.work_date <= end)
            where_e.append(Expense.spent_on <= end)
        labour = s.execute(
            select(Person.role, func.sum(entry_cost()))
            .join(Person, Person.id == TimeEntry.person_id)
            .where(*where_t)
            .group_by(Person.role)
        )
        expenses = s.execute(
            select(Expense.category_id, func.sum(Expense.base_amount_minor))
            .where(*where_e)
            .group_by(Expense.category_id)
        )
        return {str(r): int(c) for r, c in labour}, {int(c): int(a) for c, a in expenses}

    def project_variance(self, project_id: int, as_of: date | None = None) -> VarianceReport:
        """Each budget line against what it was spent on; unplanned spending gets its own row."""
        budget = self.project_budget(project_id)
        with self._uow.read() as s:
            project = s.get(Project, project_id)
            assert project is not None
            labour, expenses = self._project_actuals(s, project_id, as_of)
            parents = dict(s.execute(select(ExpenseCategory.id, ExpenseCategory.parent_id)).all())
            names = dict(s.execute(select(ExpenseCategory.id, ExpenseCategory.name)).all())
        warn = budget.warn_at_pct if budget else DEFAULT_WARN_PCT
        lines = budget.lines if budget else ()
        role_lines = {ln.role for ln in lines if ln.kind is BudgetLineKind.ROLE}
        cat_lines = {ln.category_id for ln in lines if ln.kind is BudgetLineKind.CATEGORY}

        def cat_bucket(cat: int) -> int:
            if cat in cat_lines:
                return cat
            parent = parents.get(cat)
            return parent if parent is not None and parent in cat_lines else cat

        exp_by: dict[int, int] = {}
        for cat, amount in expenses.items():
            exp_by[cat_bucket(cat)] = exp_by.get(cat_bucket(cat), 0) + amount
        rows: list[VarianceRow] = []
        seen_roles: set[str] = set()
        seen_cats: set[int] = set()
        for ln in lines:
            if ln.kind is BudgetLineKind.ROLE:
                actual = labour.get(ln.role, 0) if ln.role not in seen_roles else 0
                seen_roles.add(ln.role)
                rows.append(VarianceRow(f"role:{ln.role}", ln.role, ln.amount_minor, actual, warn))
            elif ln.kind is BudgetLineKind.CATEGORY:
                cat = int(ln.category_id or 0)
                actual = exp_by.get(cat, 0) if cat not in seen_cats else 0
                seen_cats.add(cat)
                rows.append(
                    VarianceRow(f"category:{cat}", ln.category, ln.amount_minor, actual, warn)
                )
            else:
                rows.append(VarianceRow("contingency", "", ln.amount_minor, 0, warn))
        unplanned_labour = sum(v for r, v in labour.items() if r not in role_lines)
        if unplanned_labour:
            rows.append(VarianceRow("role:*", "", 0, unplanned_labour, warn))
        for cat, amount in sorted(exp_by.items()):
            if cat not in cat_lines and amount:
                rows.append(VarianceRow(f"category:{cat}", names.get(cat, ""), 0, amount, warn))
        return VarianceReport(project.code, project.currency, tuple(rows), warn)

    def burn_up(self, project_id: int, as_of: date | None = None) -> BurnUp:
        """Cumulative cost (labour + expenses) and revenue (issued invoices) day by day."""
        as_of = as_of or date.today()
        budget = self.project_budget(project_id)
        budget_total = budget.total_minor if budget else 0
        _, margin = self.thresholds()
        with self._uow.read() as s:
            project = s.get(Project, project_id)
            if project is None:
                raise NotFound("That project no longer exists.")
            costs: dict[date, int] = {}
            q1 = (
                select(TimeEntry.work_date, func.sum(entry_cost()))
                .where(TimeEntry.project_id == project_id, TimeEntry.work_date <= as_of)
                .group_by(TimeEntry.work_date)
            )
            q2 = (
                select(Expense.spent_on, func.sum(Expense.base_amount_minor))
                .where(Expense.project_id == project_id, Expense.spent_on <= as_of)
                .group_by(Expense.spent_on)
            )
            for day, amount in [*s.execute(q1), *s.execute(q2)]:
                costs[day] = costs.get(day, 0) + int(amount)
            revenue: dict[date, int] = {}
            q3 = (
                select(Invoice.issued_on, func.sum(invoice_revenue()))
                .where(
                    Invoice.project_id == project_id,
                    Invoice.state == InvoiceState.SENT,
                    Invoice.issued_on <= as_of,
                )
                .group_by(Invoice.issued_on)
            )
            for day, amount in s.execute(q3):
                revenue[day] = int(amount)
            due_on = project.due_on
            currency = project.currency
        points: list[BurnPoint] = []
        cost_sum = rev_sum = 0
        for day in sorted(set(costs) | set(revenue)):
            cost_sum += costs.get(day, 0)
            rev_sum += revenue.get(day, 0)
            points.append(BurnPoint(day, cost_sum, rev_sum))
        window_start = as_of - timedelta(days=BURN_WINDOW_DAYS - 1)
        recent = sum(v for d, v in costs.items() if window_start <= d <= as_of)
        # The risks as they stand now (the register keeps no dated expected cost).
        risks = self.open_risks_expected(project_id)
        forecast = forecast_from(
            as_of, budget_total, cost_sum, recent, due_on, margin, currency,
            risk_expected_minor=risks,
        )  # fmt: skip
        return BurnUp(project_id, currency, budget_total, tuple(points), forecast)

    def revenue_vs_cost(
        self, end: date | None = None, months: int = 12
    ) -> list[tuple[str, int, int]]:
        """(YYYY-MM, revenue, cost) for the ``months`` months ending with ``end``'s month."""
        end = end or date.today()
        first = date(end.year, end.month, 1)
        for _ in range(months - 1):
            first = date(first.year - (first.month == 1), (first.month - 2) % 12 + 1, 1)
        with self._uow.read() as s:
            return monthly_revenue_cost(s, first, _month_end(date(end.year, end.month, 1)))


def invoice_revenue():  # type: ignore[no-untyped-def]
    """Revenue of one sent invoice, the same figure the margins report uses.

    Subtotal (no tax) less the tax-free share of its credit notes; taken from the invoicing
    module so the two screens can never disagree, with the plain subtotal as a fallback.
    """
    try:
        from models.services.invoicing_reports import _invoice_net
    except ImportError:
        return Invoice.subtotal_minor
    return _invoice_net()


def forecast_from(
    as_of: date,
    budget_minor: int,
    actual_minor: int,
    recent_cost_minor: int,
    due_on: date | None,
    target_margin_pct: int,
    currency: str,
    *,
    risk_expected_minor: int = 0,
) -> Forecast:
    """The forecast arithmetic, pure so it can be checked by hand.

    daily burn = cost of the last 28 days / 28; the budget runs out after
    ceil((budget - actual) / daily burn) more days; cost at completion = actual + daily burn x
    days left until the due date + the open risks' expected cost; fee needed = cost at
    completion / (1 - target margin).
    """
    daily = Decimal(recent_cost_minor) / BURN_WINDOW_DAYS
    runs_out: date | None = None
    remaining = budget_minor - actual_minor
    if daily > 0 and remaining > 0:
        days = int((Decimal(remaining) / daily).to_integral_value(ROUND_CEILING))
        runs_out = as_of + timedelta(days=days)
    days_left = max(0, (due_on - as_of).days) if due_on is not None else 0
    burn_left = int((daily * days_left).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    at_completion = actual_minor + burn_left + risk_expected_minor
    keep = Decimal(100 - target_margin_pct) / 100
    # Minor units in, minor units out: the quotient is rounded once, half-up.
    fee = int((Decimal(at_completion) / keep).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    return Forecast(
        as_of,
        budget_minor,
        actual_minor,
        daily.quantize(Decimal("0.01")),
        runs_out,
        at_completion,
        target_margin_pct,
        fee,
        days_left,
        burn_left,
        risk_expected_minor,
    )


def monthly_revenue_cost(s: Session, start: date, end: date) -> list[tuple[str, int, int]]:
    """(YYYY-MM, revenue, cost) per month: issued invoices (net of tax) vs labour + expenses."""
    ym_t = func.strftime("%Y-%m", TimeEntry.work_date)
    ym_e = func.strftime("%Y-%m", Expense.spent_on)
    ym_i = func.strftime("%Y-%m", Invoice.issued_on)
    cost: dict[str, int] = {}
    for ym, v in s.execute(
        select(ym_t, func.sum(entry_cost()))
        .where(TimeEntry.work_date.between(start, end))
        .group_by(ym_t)
    ):
        cost[ym] = cost.get(ym, 0) + int(v)
    for ym, v in s.execute(
        select(ym_e, func.sum(Expense.base_amount_minor))
        .where(Expense.spent_on.between(start, end))
        .group_by(ym_e)
    ):
        cost[ym] = cost.get(ym, 0) + int(v)
    revenue = {
        ym: int(v)
        for ym, v in s.execute(
            select(ym_i, func.sum(invoice_revenue()))
            .where(Invoice.issued_on.between(start, end), Invoice.state == InvoiceState.SENT)
            .group_by(ym_i)
        )
    }
    months: list[str] = []
    cur = date(start.year, start.month, 1)
    while cur <= end:
        months.append(f"{cur.year}-{cur.month:02d}")
        cur = date(cur.year + cur.month // 12, cur.month % 12 + 1, 1)
    return [(m, revenue.get(m, 0), cost.get(m, 0)) for m in months]
