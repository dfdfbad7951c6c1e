"""The root ``c2c`` command: global options and one line per command group.

Groups are loaded when they are used: ``c2c mission list`` imports and builds the mission
group only, not the other ten (building Typer's whole tree costs ~0.2 s of every start).
Command modules import only typer at module level, so ``c2c --help`` stays fast too.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, MutableMapping
from functools import cache
from typing import TYPE_CHECKING, Annotated, Any, NamedTuple

import typer
from typer.core import TyperCommand, TyperGroup

from c2c import __version__
from c2c.commands._common import AppContext
from c2c.config import EnvVars

if TYPE_CHECKING:
    from typer import _click


ROOT_SETTINGS: dict[str, Any] = {
    "pretty_exceptions_enable": False,
    "rich_markup_mode": None,  # plain help: rich-formatted help costs ~110 ms of start-up
    "context_settings": {"help_option_names": ["-h", "--help"]},
}


class Entry(NamedTuple):
    module: str
    attribute: str  # a Typer group (``app``) or a single command function
    help: str


# The root listing, in the order ``c2c --help`` shows it; each group's help is said here once.
COMMANDS: dict[str, Entry] = {
    "demo": Entry("c2c.commands.demo", "run_demo", "Build the sample missions in a separate demo store and show the Lyon 2018 mission."),
    "mission": Entry("c2c.commands.mission", "app", "Create, list, show, edit and delete missions."),
    "cluster": Entry("c2c.commands.cluster", "app", "Add, list, show, edit and remove clusters."),
    "participants": Entry("c2c.commands.participants", "app", "Import attendee lists; list, add, edit, remove and export participants."),
    "companies": Entry("c2c.commands.companies", "app", "List the companies of a mission and fill in their profiles."),
    "program": Entry("c2c.commands.program", "app", "Add, list, edit and remove the blocks of the mission programme."),
    "pitches": Entry("c2c.commands.pitches", "app", "Build the pitch agenda, print it, and keep time on stage."),
    "bus": Entry("c2c.commands.bus", "app", "Coaches: stops, seats, manifests and roll call."),
    "b2b": Entry("c2c.commands.b2b", "app", "One-to-one B2B meetings: wishes, setup, optimal schedule, timetables."),
    "catalogue": Entry("c2c.commands.catalogue", "make_catalogue", "Write the contact catalogue: every company grouped by cluster, with its profile and people."),
    "report": Entry("c2c.commands.report", "make_report", "Write the press report: figures counted from the store, charts, a short text and a social post."),
    "leads": Entry("c2c.commands.leads", "app", "Follow the partnerships B2B meetings opened, across missions."),
    "calendar": Entry("c2c.commands.calendar", "app", "Export calendars (.ics) that phones and calendar apps import and update."),
    "mail": Entry("c2c.commands.mail", "app", "E-mail each participant their own programme and calendar; see who got what."),
    "db": Entry("c2c.commands.db", "app", "The store: its path, backups and schema upgrades."),
}


@cache
def load_command(name: str) -> _click.Command:
    """Import one entry's module and build its click command (once per process)."""
    entry = COMMANDS[name]
    target = getattr(importlib.import_module(entry.module), entry.attribute)
    # built under a stand-in root with the real root's settings, so that it renders as it
    # would inside the whole tree (plain help, no completion options of its own)
    holder = typer.Typer(**ROOT_SETTINGS)
    holder.callback()(_no_options)
    if isinstance(target, typer.Typer):
        _keep_examples_verbatim(target)
        holder.add_typer(target, name=name, help=entry.help)
    else:
        holder.command(name)(target)
        _keep_examples_verbatim(holder)
    built = typer.main.get_command(holder)
    assert isinstance(built, TyperGroup)
    return built.commands[name]


def _no_options() -> None:
    """A stand-in root callback: makes Typer build a group around the one entry."""


def _keep_examples_verbatim(group: typer.Typer) -> None:
    """Plain click help rewraps paragraphs; ``\\b`` keeps each Example block as written."""
    import inspect

    for info in group.registered_commands:
        doc = info.help or (info.callback.__doc__ if info.callback else None)
        if doc and "Example:" in doc and "\b\nExample:" not in doc:
            info.help = inspect.cleandoc(doc).replace("Example:", "\b\nExample:")
    for sub in group.registered_groups:
        if sub.typer_instance is not None:
            _keep_examples_verbatim(sub.typer_instance)


class _LazyCommands(MutableMapping[str, "_click.Command"]):
    """The root's commands by name; an entry of ``COMMANDS`` is built when first looked up."""

    def __init__(self, eager: MutableMapping[str, _click.Command]) -> None:
        self._eager = eager

    def __getitem__(self, name: str) -> _click.Command:
        if name in self._eager:
            return self._eager[name]
        if name in COMMANDS:
            return load_command(name)
        raise KeyError(name)

    def __setitem__(self, name: str, command: _click.Command) -> None:
        self._eager[name] = command

    def __delitem__(self, name: str) -> None:
        del self._eager[name]

    def __iter__(self) -> Iterator[str]:
        yield from COMMANDS
        yield from (name for name in self._eager if name not in COMMANDS)

    def __len__(self) -> int:
        return len(COMMANDS) + sum(1 for name in self._eager if name not in COMMANDS)


class LazyRoot(TyperGroup):
    """Typer's group, with the command table above and a listing that loads nothing."""

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        self.commands = _LazyCommands(self.commands)

    def format_commands(self, ctx: _click.Context, formatter: _click.HelpFormatter) -> None:
        limit = formatter.width - 6 - max(len(name) for name in COMMANDS)
        rows = [(name, TyperCommand(name, help=entry.help).get_short_help_str(limit)) for name, entry in COMMANDS.items()]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


app = typer.Typer(
    name="c2c",
    cls=LazyRoot,
    help="Coordinate Cluster2Cluster business missions: missions, participants, pitches, coaches, B2B and calendars.",
    no_args_is_help=True,
    **ROOT_SETTINGS,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"c2c {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    db_path: Annotated[
        str | None,
        typer.Option(
            "--db",
            help=f"Store file (or SQLAlchemy URL). [env var: {EnvVars.DB}, or {EnvVars.DATABASE_URL} for a URL]",
            show_default=False,
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit."),
    ] = False,
) -> None:
    ctx.obj = AppContext(db_option=db_path)
    ctx.call_on_close(ctx.obj.close)


def main() -> None:
    app()
