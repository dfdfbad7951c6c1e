"""Rules every command keeps: fast start, one error handler (help text and docs: test_docs.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import typer

from c2c.cli import app

HEAVY = ("sqlmodel", "sqlalchemy", "openpyxl", "icalendar", "ortools", "alembic", "jinja2", "python_calamine")


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["mission", "--help"], ["participants", "--help"]])
def test_help_and_version_do_not_import_heavy_libraries(args: list[str]) -> None:
    code = (
        "import sys, json\n"
        "from c2c.cli import app\n"
        f"try:\n    app({args!r})\nexcept SystemExit:\n    pass\n"
        f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]), file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False,
                          cwd=Path(__file__).resolve().parents[1])
    assert json.loads(done.stderr.strip().splitlines()[-1]) == []


def _commands() -> Iterator[tuple[str, typer.models.CommandInfo]]:
    def walk(group: typer.Typer, prefix: str) -> Iterator[tuple[str, typer.models.CommandInfo]]:
        for info in group.registered_commands:
            name = info.name or (info.callback.__name__ if info.callback else "")
            yield f"{prefix}{name}".strip(), info
        for sub in group.registered_groups:
            assert sub.typer_instance is not None
            yield from walk(sub.typer_instance, f"{prefix}{sub.name} ")

    return walk(app, "")


def test_every_command_handles_errors() -> None:
    missing = [name for name, info in _commands() if not getattr(info.callback, "__c2c_handles_errors__", False)]
    assert missing == []


def test_version(invoke) -> None:  # type: ignore[no-untyped-def]
    from c2c import __version__

    assert invoke("--version").stdout == f"c2c {__version__}\n"
