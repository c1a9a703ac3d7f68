"""Exchange rates on invoices and payments, so foreign-currency money adds up in the base currency.

- invoices.fx_rate: one unit of the invoice's currency in the studio's base currency, at the
  invoice date. Credit notes use their invoice's rate (they reduce that invoice's revenue), so
  they get no column of their own.
- payments.fx_rate: the same, at the payment date (the cash actually received).

Both are exact decimals stored as text (DecimalText). Rows in the base currency are backfilled
with 1; foreign rows stay NULL ("rate not known yet") until someone enters the rate.

The columns are nullable and added with ALTER TABLE ADD COLUMN inside batch mode, so no table
is rebuilt and nothing cascades.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 01:00:00
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger(__name__)

_TABLES = ("invoices", "payments")


def upgrade() -> None:
    for table in _TABLES:
        log.info("0003: adding %s.fx_rate", table)
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("fx_rate", sa.String(length=40), nullable=True))
        # A studio without its settings row has no base currency: nothing is backfilled.
        op.execute(
            f"UPDATE {table} SET fx_rate = '1' "
            "WHERE currency = (SELECT base_currency FROM studio WHERE id = 1)"
        )


def downgrade() -> None:
    for table in reversed(_TABLES):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("fx_rate")
