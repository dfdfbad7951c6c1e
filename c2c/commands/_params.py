"""The parsers of ``c2c.parsing`` as Typer parameters: a bad value is a usage error (exit 2).

``parsing`` stays free of typer because services use it too; here each parser becomes a
``Kind`` whose ``option(...)`` declares an option that reads that kind, as todoman's
``_validate_*_param`` callbacks do. Typer prints ``Invalid value for '--at': '25:00' is not
a time…`` under the usage line and exits 2.

Example:
    at: Annotated[dt.time | None, CLOCK.option("--at", help="Start, HH:MM.")] = None
    kind: Annotated[str, choice(lambda: program.KINDS, "KIND").option("--kind")] = "other"
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

import typer

from c2c import parsing

T = TypeVar("T")


class Kind(Generic[T]):
    """A parser of ``c2c.parsing`` and the metavar the help shows for it."""

    def __init__(self, parse: Callable[[str], T], metavar: str) -> None:
        self.parse = parse
        self.metavar = metavar
        self.__name__ = metavar.lower()  # click names the parameter type after its function

    def __call__(self, value: Any) -> T:
        if not isinstance(value, str):  # a typed default, or a value already read
            return value  # type: ignore[no-any-return]
        try:
            return self.parse(value)
        except ValueError as exc:
            raise typer.BadParameter(str(exc)) from None

    def option(self, *names: str, **settings: Any) -> Any:
        """``typer.Option`` reading this kind; ``settings`` are the usual ones (help, envvar…)."""
        return typer.Option(*names, parser=self, metavar=self.metavar, **settings)

    def argument(self, **settings: Any) -> Any:
        return typer.Argument(parser=self, metavar=self.metavar, **settings)


def choice(choices: Callable[[], Sequence[str]], metavar: str) -> Kind[str]:
    """One of ``choices()`` (any case): a function, so the service owning them loads only when used."""
    return Kind(lambda text: parsing.parse_choice(text, choices()), metavar)


def _blank_or(parse: Callable[[str], str]) -> Callable[[str], str]:
    """An empty value passes as "" (an edit that clears the field); anything else is parsed."""
    return lambda text: parse(text) if text.strip() else ""


CLOCK: Kind[dt.time] = Kind(parsing.parse_clock, "HH:MM")
DAY_CLOCK: Kind[parsing.DayClock] = Kind(parsing.parse_day_clock, "HH:MM[+N]")
TIME_RANGE: Kind[parsing.TimeRange] = Kind(parsing.parse_time_range, "HH:MM-HH:MM")
MINUTES: Kind[int] = Kind(parsing.parse_minutes, "DURATION")
SECONDS: Kind[int] = Kind(parsing.parse_seconds, "DURATION")
TIME_LIMIT: Kind[int] = Kind(lambda text: parsing.parse_seconds(text, positive=True), "DURATION")
LENGTH_SECONDS: Kind[int] = Kind(lambda text: round(parsing.parse_duration(text, "m").total_seconds()), "DURATION")
ALARM: Kind[dt.timedelta | None] = Kind(parsing.parse_alarm, "DURATION")
DATE: Kind[dt.date] = Kind(parsing.parse_date, "YYYY-MM-DD")
TIMEZONE: Kind[str] = Kind(parsing.parse_timezone, "ZONE")
SLUG: Kind[str] = Kind(parsing.parse_slug, "SLUG")
LANGUAGE: Kind[str] = Kind(parsing.parse_language, "LANG")
LANGUAGE_OR_BLANK: Kind[str] = Kind(_blank_or(parsing.parse_language), "LANG")
COUNTRY: Kind[str] = Kind(_blank_or(parsing.parse_country), "COUNTRY")  # "" clears it
PRIORITY: Kind[int] = Kind(parsing.parse_priority, "1|2|3")
COUNT: Kind[int] = Kind(parsing.parse_count, "N")
RESERVE: Kind[int] = Kind(parsing.parse_reserve, "N")
ID: Kind[int] = Kind(parsing.parse_id, "ID")
SEED: Kind[int] = Kind(parsing.parse_seed, "SEED")
DAY: Kind[int] = Kind(parsing.parse_day, "DAY")
HALF_DAY: Kind[str | None] = Kind(parsing.parse_half_day, "am|pm")
INTEREST: Kind[str] = Kind(parsing.parse_interest, "none|low|medium|high")
NEXT_STEP: Kind[str] = Kind(parsing.parse_next_step, "STEP")


def input_file(help: str) -> Any:
    """The argument naming a file c2c reads. Click's own "is not readable" check stays off: an
    unreadable file is then the one-line error of every other bad input (exit 1), not a usage
    banner (exit 2)."""
    return typer.Argument(help=help, readable=False)
