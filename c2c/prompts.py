"""The only module that talks to questionary. Prompts happen only on a TTY."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import typer

T = TypeVar("T")


def is_interactive() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()


def _answer(question: Any) -> Any:
    answer = question.ask()
    if answer is None:  # Ctrl-C or Esc in questionary
        raise typer.Abort()
    return answer


def text(message: str, default: str = "", validate: Any = None) -> str:
    import questionary

    from c2c.text import strip_controls

    return strip_controls(str(_answer(questionary.text(message, default=default, validate=validate))))


def select(message: str, choices: Sequence[str], default: str | None = None) -> str:
    import questionary

    return str(_answer(questionary.select(message, choices=list(choices), default=default)))


NO_CLUSTER = "none of them (no cluster)"


def choose_cluster(message: str, clusters: Sequence[str], default: str | None = None) -> str | None:
    """One of ``clusters``, or None when the answer is none of them."""
    answer = select(message, [*clusters, NO_CLUSTER], default=default)
    return None if answer == NO_CLUSTER else answer


def confirm(message: str, default: bool = False) -> bool:
    import questionary

    return bool(_answer(questionary.confirm(message, default=default)))


def checkbox(message: str, choices: Sequence[str], checked: Sequence[str] = ()) -> list[str]:
    import questionary

    items = [questionary.Choice(c, checked=c in checked) for c in choices]
    return list(_answer(questionary.checkbox(message, choices=items)))


def _not_blank(answer: str) -> bool | str:
    return bool(answer.strip()) or "required"


def text_required(message: str) -> str:
    """A text answer that may not be blank; a blank one is asked again."""
    return text(message, validate=_not_blank)


def require_terminal(interactive: bool, flag: str) -> None:
    """A value that is asked for on a terminal is a required option everywhere else."""
    if not interactive:
        from c2c.errors import InvalidInput

        raise InvalidInput(f"{flag} is required when not on a terminal")


def ask_required(message: str, interactive: bool, flag: str) -> str:
    require_terminal(interactive, flag)
    return text_required(message)


def confirm_destructive(message: str, yes: bool) -> None:
    """Ask before destroying data; ``--yes`` skips, and without a TTY the flag is required."""
    if yes:
        return
    if not is_interactive():
        typer.echo(f"Error: {message} Refusing without --yes when not on a terminal.", err=True)
        raise typer.Exit(1)
    if not confirm(message, default=False):
        raise typer.Abort()


def ask(message: str, parse: Callable[[str], T], default: str = "") -> T:
    """Ask until the answer reads with ``parse`` (a ``c2c.parsing`` parser, or one that also checks
    the answer against what is stored); return what it read.

    The prompt says what is wrong with the same words a bad option value gets, and keeps what
    was typed so that it can be corrected.
    """
    return parse(text(message, default=default, validate=_reads_with(parse)))


def _reads_with(parse: Callable[[str], object]) -> Callable[[str], bool | str]:
    from c2c.errors import C2CError

    def validate(answer: str) -> bool | str:
        try:
            parse(answer)
        except C2CError as exc:  # a service's own check: the answer is asked again, not the wizard ended
            return exc.message
        except ValueError as exc:
            return str(exc)
        return True

    return validate
