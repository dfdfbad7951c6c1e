"""The ``--help`` of every c2c command as Markdown: docs/reference.md embeds it with cog.

Regenerate the reference with:  python -m cogapp -r docs/reference.md
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import typer

# click wraps help to the terminal it finds; set before c2c is imported, so that nothing has
# read another width, and the reference does not depend on whose terminal generated it.
FIXED_TERMINAL = {"COLUMNS": "100", "NO_COLOR": "1", "TERM": "dumb"}


def commands() -> Iterator[tuple[str, typer.Context]]:
    """``("c2c mission new", context)`` for the root, every group and every command, in --help order.

    Groups are walked through ``list_commands``/``get_command`` rather than their ``commands``
    dict, so a group that loads its sub-commands on demand is walked all the same.
    """
    import typer

    from c2c.cli import app

    root = typer.main.get_command(app)
    yield from _walk("c2c", root.make_context("c2c", [], resilient_parsing=True))


def _walk(path: str, ctx: typer.Context) -> Iterator[tuple[str, typer.Context]]:
    yield path, ctx
    group = ctx.command
    if not hasattr(group, "list_commands"):
        return
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        if command is None or command.hidden:
            continue
        # resilient: a command's required arguments must not stop its help from being built
        sub_ctx = command.make_context(name, [], parent=ctx, resilient_parsing=True)
        yield from _walk(f"{path} {name}", sub_ctx)


def anchor(path: str) -> str:
    """The id GitHub gives the heading ``## c2c bus route add``."""
    return path.replace(" ", "-")


def markdown() -> str:
    os.environ.update(FIXED_TERMINAL)
    pages = list(commands())
    lines = [f"{'  ' * (path.count(' ') - 1)}- [`{path}`](#{anchor(path)})" for path, _ in pages[1:]]
    for path, ctx in pages:
        lines += ["", f"## {path}", "", "```text", ctx.get_help(), "```"]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(markdown(), end="")
