"""Errors that reach the user as one clear line, and the decorator that prints them.

Services raise ``C2CError`` subclasses; commands carry ``@handle_errors``. Anything else
is a bug and keeps its traceback.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


class C2CError(Exception):
    exit_code = 1

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class InvalidInput(C2CError):
    exit_code = 1


class NotFound(C2CError):
    exit_code = 3


class Conflict(C2CError):
    exit_code = 4


def handle_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Turn a ``C2CError`` into ``Error: …`` (and ``Hint: …``) on stderr and its exit code."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        import typer

        try:
            _clean_text_arguments(kwargs)
            return func(*args, **kwargs)
        except C2CError as exc:
            from c2c.store.urls import mask_secrets
            from c2c.text import strip_controls

            # one line each, whatever a file name or a cell quoted in the message holds; no password shown
            typer.echo(f"Error: {mask_secrets(strip_controls(exc.message))}", err=True)
            if exc.hint:
                typer.echo(f"Hint: {mask_secrets(strip_controls(exc.hint))}", err=True)
            raise typer.Exit(exc.exit_code) from None

    wrapper.__c2c_handles_errors__ = True  # type: ignore[attr-defined]
    return wrapper


def _clean_text_arguments(arguments: dict[str, object]) -> None:
    """Every text a command is given loses its control characters here, once for all commands;
    a value longer than any field is refused."""
    from c2c.text import MAX_FIELD_CHARS, strip_controls

    for name, value in arguments.items():
        texts = value if isinstance(value, list) else [value]
        for text in texts:
            if isinstance(text, str) and len(text) > MAX_FIELD_CHARS:
                raise InvalidInput(f"--{name.replace('_', '-')} is {len(text)} characters long; "
                                   f"a field holds at most {MAX_FIELD_CHARS}")
        if isinstance(value, str):
            arguments[name] = strip_controls(value)
        elif isinstance(value, list):
            arguments[name] = [strip_controls(v) if isinstance(v, str) else v for v in value]
