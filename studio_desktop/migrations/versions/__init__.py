"""Alembic migration scripts, one per schema revision (the first creates the whole schema)."""
