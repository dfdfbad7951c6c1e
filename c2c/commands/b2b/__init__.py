"""``c2c b2b``: one-to-one meetings between companies: wishes, setup, schedule, timetables."""

from __future__ import annotations

import typer

from c2c.commands.b2b import order, outcomes, request, timetable

app = typer.Typer(no_args_is_help=True)  # its help: COMMANDS in c2c/cli.py
app.add_typer(timetable.app)
app.add_typer(request.app, name="request")
app.add_typer(order.app, name="order")
app.add_typer(outcomes.app, name="outcome")
app.add_typer(outcomes.debrief_app)
