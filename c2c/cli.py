"""The root ``c2c`` command: global options and one line per command group.

Command modules import only typer at module level, so ``c2c --help`` stays fast.
"""

from __future__ import annotations

from typing import Annotated

import typer

from c2c import __version__
from c2c.commands import (
    b2b,
    bus,
    cluster,
    companies,
    db,
    demo,
    mission,
    participants,
    pitches,
    program,
)
from c2c.commands import calendar as calendar_commands
from c2c.commands._common import AppContext
from c2c.config import EnvVars

app = typer.Typer(
    name="c2c",
    help="Coordinate Cluster2Cluster business missions: missions, participants, pitches, coaches, B2B and calendars.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: rich-formatted help costs ~110 ms of start-up
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.add_typer(mission.app, name="mission")
app.add_typer(cluster.app, name="cluster")
app.add_typer(db.app, name="db")
app.add_typer(program.app, name="program")
app.add_typer(pitches.app, name="pitches")
app.add_typer(bus.app, name="bus")
app.add_typer(b2b.app, name="b2b")
app.command("demo")(demo.run_demo)
app.add_typer(participants.app, name="participants")
app.add_typer(companies.app, name="companies")
app.add_typer(calendar_commands.app, name="calendar")


def _keep_examples_verbatim(group: typer.Typer) -> None:
    """Plain click help rewraps paragraphs; ``\\b`` keeps each Example block as written."""
    import inspect

    for info in group.registered_commands:
        doc = info.help or (info.callback.__doc__ if info.callback else None)
        if doc and "Example:" in doc:
            info.help = inspect.cleandoc(doc).replace("Example:", "\b\nExample:")
    for sub in group.registered_groups:
        if sub.typer_instance is not None:
            _keep_examples_verbatim(sub.typer_instance)


_keep_examples_verbatim(app)


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
