"""Numbers are handed out once: a rollback gives the number back, a commit never does."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session, sessionmaker

from models.services import Services
from models.services.numbering import next_code, next_value


def test_numbers_increase_and_survive_rollback(
    studio: Services, session_factory: sessionmaker[Session]
) -> None:
    with session_factory.begin() as s:
        assert next_value(s, "invoice") == 1
        assert next_code(s, "invoice", "INV-", year=2026) == "INV-2026-00002"
    with pytest.raises(RuntimeError), session_factory.begin() as s:
        assert next_value(s, "invoice") == 3
        raise RuntimeError("user cancelled")
    with session_factory.begin() as s:
        assert next_value(s, "invoice") == 3
        assert next_code(s, "project", "P-") == "P-0001"
        assert next_value(s, "brand-new") == 1
