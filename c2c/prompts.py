"""The only module that talks to questionary. Prompts happen only on a TTY."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

import typer


def is_interactive() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()


def _answer(question: Any) -> Any:
    answer = question.ask()
    if answer is None:  # Ctrl-C or Esc in questionary
        raise typer.Abort()
    return answer


def text(message: str, default: str = "", validate: Any = None) -> str:
    import questionary

    return str(_answer(questionary.text(message, default=default, validate=validate)))


def select(message: str, choices: Sequence[str], default: str | None = None) -> str:
    import questionary

    return str(_answer(questionary.select(message, choices=list(choices), default=default)))


def confirm(message: str, default: bool = False) -> bool:
    import questionary

    return bool(_answer(questionary.confirm(message, default=default)))


def checkbox(message: str, choices: Sequence[str], checked: Sequence[str] = ()) -> list[str]:
    import questionary

    items = [questionary.Choice(c, checked=c in checked) for c in choices]
    return list(_answer(questionary.checkbox(message, choices=items)))


def confirm_destructive(message: str, yes: bool) -> None:
    """Ask before destroying data; ``--yes`` skips, and without a TTY the flag is required."""
    if yes:
        return
    if not is_interactive():
        typer.echo(f"Error: {message} Refusing without --yes when not on a terminal.", err=True)
        raise typer.Exit(1)
    if not confirm(message, default=False):
        raise typer.Abort()


def whole_number_at_least_one(text: str) -> bool | str:
    """A ``validate`` for counts typed at a prompt (seats, tables)."""
    return (text.strip().isdigit() and int(text) >= 1) or "a whole number, at least 1"
