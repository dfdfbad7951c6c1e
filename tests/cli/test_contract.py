"""Rules every command keeps: fast start, one error handler (help text and docs: test_docs.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.main import get_command

from c2c.cli import app

HEAVY = ("sqlmodel", "sqlalchemy", "openpyxl", "icalendar", "ortools", "alembic", "jinja2", "python_calamine", "babel", "weasyprint", "matplotlib",
         "pycountry")


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["mission", "--help"], ["participants", "--help"]])
def test_help_and_version_do_not_import_heavy_libraries(args: list[str]) -> None:
    code = (
        "import sys, json\n"
        "from c2c.cli import app\n"
        f"try:\n    app({args!r})\nexcept SystemExit:\n    pass\n"
        f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]), file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False,
                          cwd=Path(__file__).resolve().parents[2])
    assert json.loads(done.stderr.strip().splitlines()[-1]) == []


def _commands() -> Iterator[tuple[str, Any]]:
    """Every leaf command of the tree as users reach it (lazy groups included), by full name."""
    def walk(group: Any, ctx: Any, prefix: str) -> Iterator[tuple[str, Any]]:
        for name in group.list_commands(ctx):
            command = group.get_command(ctx, name)
            if hasattr(command, "list_commands"):
                yield from walk(command, command.make_context(name, [], parent=ctx, resilient_parsing=True), f"{prefix}{name} ")
            else:
                yield f"{prefix}{name}", command

    root = get_command(app)
    return walk(root, root.make_context("c2c", [], resilient_parsing=True), "")


def test_every_command_handles_errors() -> None:
    commands = dict(_commands())
    assert len(commands) > 60
    missing = [name for name, command in commands.items() if not getattr(command.callback, "__c2c_handles_errors__", False)]
    assert missing == []


def test_every_whole_number_parameter_has_bounds() -> None:
    """A number of any size would reach the store (OverflowError) or a loop; c2c.parsing bounds them."""
    unbounded = [f"{name} {param.name}" for name, command in _commands() for param in command.params
                 if getattr(param.type, "name", None) == "integer"]  # not "integer range", not a c2c.parsing kind
    assert unbounded == []


def test_each_group_is_listed_with_its_own_help() -> None:
    from c2c.cli import COMMANDS, load_command

    for name, entry in COMMANDS.items():
        command = load_command(name)
        assert command.name == name
        assert " ".join((command.help or "").split()).startswith(entry.help), name


@pytest.mark.parametrize(("args", "loaded"), [(["mission", "list", "--help"], "mission"), (["bus", "route", "--help"], "bus")])
def test_a_command_loads_its_own_group_only(args: list[str], loaded: str) -> None:
    code = (
        "import sys, json\n"
        "from c2c.cli import app\n"
        f"try:\n    app({args!r})\nexcept SystemExit:\n    pass\n"
        "groups = {m.split('.')[2] for m in sys.modules if m.startswith('c2c.commands.')}\n"
        "print(json.dumps(sorted(g for g in groups if not g.startswith('_'))), file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False,
                          cwd=Path(__file__).resolve().parents[2])
    assert json.loads(done.stderr.strip().splitlines()[-1]) == [loaded]


def test_version(invoke) -> None:  # type: ignore[no-untyped-def]
    from c2c import __version__

    assert invoke("--version").stdout == f"c2c {__version__}\n"
