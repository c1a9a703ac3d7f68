"""Indexes for budget vs actuals and the schedule's date windows; project search index.

- ix_time_entries_project_cover (project_id, work_date, person_id, minutes): a project's
  labour cost is summed from the index alone.
- ix_allocations_window (end_on, start_on, ...): the heatmap and timeline windows near today
  read a small slice of the index instead of scanning every allocation.
- projects_search: an FTS5 trigram index over project code and name, kept by triggers and
  filled here from the existing projects (models/search_index.py owns the DDL).

Only new objects: no table is rebuilt, so nothing cascades and every row stays as it was.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 23:55:00
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from alembic import op

from models.search_index import (
    create_project_search,
    drop_project_search,
    rebuild_project_search,
)

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger(__name__)

_TIME_COVER = ("project_id", "work_date", "person_id", "minutes")
_ALLOCATION_WINDOW = (
    "end_on",
    "start_on",
    "person_id",
    "tentative",
    "project_id",
    "minutes_per_day",
    "percent",
)


def upgrade() -> None:
    # The log shows where a slow upgrade of a large studio spends its time.
    log.info("0002: indexing time entries")
    op.create_index("ix_time_entries_project_cover", "time_entries", list(_TIME_COVER))
    log.info("0002: indexing allocations")
    op.create_index("ix_allocations_window", "allocations", list(_ALLOCATION_WINDOW))
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        log.info("0002: building the project search index")
        create_project_search(bind)
        rebuild_project_search(bind)


def downgrade() -> None:
    drop_project_search(op.get_bind())
    op.drop_index("ix_allocations_window", table_name="allocations")
    op.drop_index("ix_time_entries_project_cover", table_name="time_entries")
