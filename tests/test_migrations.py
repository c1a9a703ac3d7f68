"""Migrations: the scripts build exactly the models' schema, all or nothing, never cascading."""

from __future__ import annotations

import re
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, insert, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from models.db import Base
from models.entities import Client, Contact, Invoice, InvoiceLine, Tag, client_tags
from models.enums import InvoiceKind
from studio_desktop import migrations
from studio_desktop.db import make_engine

RECREATE_PARENTS = """
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"


def upgrade() -> None:
    # A batch migration that rebuilds two parent tables (copy, DROP, RENAME).
    with op.batch_alter_table("clients", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("vat_no", sa.String(40), nullable=True))
    with op.batch_alter_table("invoices", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("po_number", sa.String(40), nullable=True))


def downgrade() -> None:
    pass
"""

FAILS_HALFWAY = """
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"


def upgrade() -> None:
    with op.batch_alter_table("clients", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("vat_no", sa.String(40), nullable=True))
    op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
    op.execute("UPDATE invoice_lines SET description = 'changed'")
    op.execute("INSERT INTO no_such_table VALUES (1)")  # fails here


def downgrade() -> None:
    pass
"""

BREAKS_REFERENCES = """
from alembic import op

revision = "9999"
down_revision = "{head}"


def upgrade() -> None:
    op.execute("DELETE FROM clients")  # children left pointing at nothing


def downgrade() -> None:
    pass
"""


def scripts_with(tmp_path: Path, extra: str | None) -> Path:
    """A copy of the shipped script folder, plus one test-only revision after the head."""
    scripts = tmp_path / "scripts"
    (scripts / "versions").mkdir(parents=True)
    for name in ("env.py", "script.py.mako"):
        shutil.copy(migrations.SCRIPT_LOCATION / name, scripts / name)
    for script in (migrations.SCRIPT_LOCATION / "versions").glob("0*.py"):
        shutil.copy(script, scripts / "versions" / script.name)
    if extra is not None:
        # The test-only revision follows the shipped head, whatever that is by now.
        source = extra.replace("{head}", migrations.HEAD_REVISION)
        (scripts / "versions" / "9999_test_only.py").write_text(source, encoding="utf-8")
    return scripts


def add_sample_rows(engine: Engine, *, invoices: bool = True, contacts: bool = True) -> None:
    with Session(engine) as s, s.begin():
        client = Client(name="Acme", name_key="acme")
        tag = Tag(name="vip")
        s.add_all([client, tag])
        s.flush()
        s.execute(insert(client_tags).values(client_id=client.id, tag_id=tag.id))
        if contacts:
            s.add(Contact(client_id=client.id, name="Ann"))
        if invoices:
            invoice = Invoice(
                number="INV-1",
                client_id=client.id,
                kind=InvoiceKind.FINAL,
                issued_on=date(2024, 1, 1),
                due_on=date(2024, 1, 31),
                currency="CNY",
            )
            s.add(invoice)
            s.flush()
            for i in range(3):
                s.add(
                    InvoiceLine(
                        invoice_id=invoice.id,
                        description=f"line {i}",
                        unit_price_minor=100,
                        amount_minor=100,
                    )
                )


def count(engine: Engine, table: str) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def dump(path: Path) -> list[str]:
    """Schema and data of a database file as SQL text, to prove nothing changed."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def foreign_keys_on(engine: Engine) -> bool:
    with engine.connect() as conn:
        return bool(conn.exec_driver_sql("PRAGMA foreign_keys").scalar_one())


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    eng = make_engine(tmp_path / "studio.sqlite3")
    yield eng
    eng.dispose()


def test_upgrade_of_empty_database_matches_the_models(engine: Engine) -> None:
    migrations.upgrade(engine)

    with engine.connect() as conn:
        # The same filter as env.py: the FTS search index is deliberately not in the models.
        opts = {"compare_type": True, "include_name": migrations.include_name}
        ctx = MigrationContext.configure(conn, opts=opts)
        diff = compare_metadata(ctx, Base.metadata)
        assert diff == []
        assert migrations.current_revisions(conn) == (migrations.head_revision(),)


def _clauses(sql: str) -> tuple[str, ...]:
    """The top-level parts of a CREATE statement, sorted (Alembic orders constraints its way)."""
    sql = re.sub(r"\s+", " ", sql).strip()
    head, _, body = sql.partition("(")
    parts, depth, current, quoted = [], 0, "", False
    for ch in body.rsplit(")", 1)[0]:
        quoted = quoted != (ch == "'")
        depth += 0 if quoted else (ch == "(") - (ch == ")")
        if ch == "," and depth == 0 and not quoted:
            parts.append(current.strip())
            current = ""
        else:
            current += ch
    parts.append(current.strip())
    return (head.strip(), *sorted(parts))


def _schema(path: Path) -> dict[str, tuple[str, ...]]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE tbl_name <> 'alembic_version'"
        ).fetchall()
    finally:
        conn.close()
    return {name: _clauses(sql or "") for name, sql in rows}


def test_migrated_schema_is_the_create_all_schema(tmp_path: Path, engine: Engine) -> None:
    # compare_metadata skips CHECK constraints on SQLite; this compares every clause of every
    # CREATE statement, so constraint names and bodies must match create_all's too.
    migrations.upgrade(engine)
    reference = make_engine(tmp_path / "reference.sqlite3")
    Base.metadata.create_all(reference)
    reference.dispose()

    migrated = _schema(tmp_path / "studio.sqlite3")
    assert migrated == _schema(tmp_path / "reference.sqlite3")
    assert any("ck_clients_client_status CHECK" in c for c in migrated["clients"])


def test_downgrade_to_base_and_back(engine: Engine) -> None:
    migrations.upgrade(engine)
    migrations.downgrade(engine, "base")
    with engine.connect() as conn:
        tables = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'").all()
    assert [t[0] for t in tables] == ["alembic_version"]
    migrations.upgrade(engine)
    assert count(engine, "clients") == 0


def test_batch_migration_keeps_cascade_children(tmp_path: Path, engine: Engine) -> None:
    scripts = scripts_with(tmp_path, RECREATE_PARENTS)
    migrations.upgrade(engine, migrations.HEAD_REVISION, script_location=scripts)
    add_sample_rows(engine)

    migrations.upgrade(engine, script_location=scripts)

    assert count(engine, "client_tags") == 1  # ON DELETE CASCADE child of clients
    assert count(engine, "invoice_lines") == 3  # ON DELETE CASCADE child of invoices
    assert count(engine, "contacts") == 1
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT vat_no FROM clients").all() == [(None,)]
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        assert migrations.current_revisions(conn) == ("9999",)
    assert foreign_keys_on(engine)


def test_same_batch_migration_with_foreign_keys_on_would_cascade(
    tmp_path: Path, engine: Engine
) -> None:
    # The control experiment: why migration_transaction switches enforcement off.
    scripts = scripts_with(tmp_path, RECREATE_PARENTS)
    migrations.upgrade(engine, migrations.HEAD_REVISION, script_location=scripts)
    add_sample_rows(engine, invoices=False, contacts=False)

    with engine.begin() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
        command.upgrade(migrations.alembic_config(conn, script_location=scripts), "9999")

    assert count(engine, "clients") == 1
    assert count(engine, "client_tags") == 0  # silently deleted by DROP TABLE clients


def test_migration_failing_halfway_changes_nothing(tmp_path: Path, engine: Engine) -> None:
    scripts = scripts_with(tmp_path, FAILS_HALFWAY)
    migrations.upgrade(engine, migrations.HEAD_REVISION, script_location=scripts)
    add_sample_rows(engine)
    engine.dispose()  # let the WAL reach the file so the dump reads everything
    before = dump(tmp_path / "studio.sqlite3")

    with pytest.raises(OperationalError, match="no_such_table"):
        migrations.upgrade(engine, script_location=scripts)

    assert foreign_keys_on(engine)
    engine.dispose()
    assert dump(tmp_path / "studio.sqlite3") == before  # schema, data and revision


def test_migration_breaking_references_is_rolled_back(tmp_path: Path, engine: Engine) -> None:
    scripts = scripts_with(tmp_path, BREAKS_REFERENCES)
    migrations.upgrade(engine, migrations.HEAD_REVISION, script_location=scripts)
    add_sample_rows(engine)
    engine.dispose()
    before = dump(tmp_path / "studio.sqlite3")

    with pytest.raises(migrations.ForeignKeyViolations) as err:
        migrations.upgrade(engine, script_location=scripts)

    assert {row[0] for row in err.value.rows} >= {"client_tags", "contacts", "invoices"}
    assert foreign_keys_on(engine)
    engine.dispose()
    assert dump(tmp_path / "studio.sqlite3") == before


def test_config_needs_no_ini_file() -> None:
    cfg = migrations.alembic_config()
    assert cfg.config_file_name is None
    assert Path(cfg.get_main_option("script_location") or "") == migrations.SCRIPT_LOCATION
    assert migrations.head_revision() in migrations.known_revisions()


def test_written_down_head_is_the_scripts_head() -> None:
    # Opening an up-to-date file trusts HEAD_REVISION instead of loading Alembic.
    assert migrations.script_directory().get_current_head() == migrations.HEAD_REVISION


def test_opening_an_up_to_date_file_does_not_import_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    db = tmp_path / "studio.sqlite3"
    from studio_desktop.store import close_store, open_store

    close_store(open_store(db), backup=False)
    code = (
        "import sys; from pathlib import Path; from studio_desktop.store import open_store, "
        f"close_store; s = open_store(Path({str(db)!r}), backup_on_open=False, "
        "deep_check=False); close_store(s, backup=False); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
