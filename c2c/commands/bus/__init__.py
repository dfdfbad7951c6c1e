"""``c2c bus``: coaches, their routes, who sits where, the driver's manifest and roll call."""

from __future__ import annotations

import typer

from c2c.commands.bus import coaches, roll_call, routes

app = typer.Typer(no_args_is_help=True)  # its help: COMMANDS in c2c/cli.py
app.add_typer(coaches.app)
app.add_typer(routes.app, name="route")
app.add_typer(roll_call.app)
