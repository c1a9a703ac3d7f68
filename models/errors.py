"""Typed, expected failures that services raise and the UI shows beside a field or in a message."""

from __future__ import annotations


class DomainError(Exception):
    """Base of every expected failure; ``message`` is fit to show a user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(DomainError):
    """Input that breaks a rule; ``field`` names the form field to mark."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field

    def __repr__(self) -> str:
        return f"ValidationError(field={self.field!r}, message={self.message!r})"


class NotFound(DomainError):
    """The record asked for does not exist (any more)."""


class Conflict(DomainError):
    """The action clashes with existing data, e.g. a delete that other rows still reference."""


class StorageError(DomainError):
    """The database file could not be written: read-only, full disk, locked by another program."""
