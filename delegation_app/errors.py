"""Domain errors: raised by the core, shown by the UI and the CLI as one clear sentence."""

from __future__ import annotations


class DomainError(Exception):
    """Base of every error a coordinator is meant to read."""


class ValidationError(DomainError):
    """Bad input for one field; nothing was written."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class NotFound(DomainError):
    """A mission, person or other record named by the user does not exist."""


class Conflict(DomainError):
    """The change clashes with what is stored (a duplicate short name, a used record)."""


class StorageError(DomainError):
    """The database file cannot be used as it is (newer version, damaged, unreadable)."""
