"""Domain errors: a stable code for programs, a Vietnamese sentence for people.

Services and domain rules raise ``DomainError``; the UI and the CLI show
``error.message`` (Vietnamese), and may translate by ``error.code``.
"""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """A rule of the work was broken. ``code`` is stable (e.g. ``transition.not_allowed``)."""

    def __init__(self, code: str, message: str, **details: Any) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.details = details

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return f"DomainError({self.code!r}, {self.message!r})"


class ValidationError(DomainError):
    """Bad input in a field; ``details['field']`` names it when known."""


class PermissionDeniedError(DomainError):
    """The user's role may not perform the action."""
PermissionDenied = PermissionDeniedError  # short alias used across services
