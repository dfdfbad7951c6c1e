"""The docs stay true: the command reference is fresh, every command is in it, the README is short."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from docs._reference import commands

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "docs" / "reference.md"
README = ROOT / "README.md"
REGENERATE = "python -m cogapp -r docs/reference.md"
QUICK_START = [
    "python3 -m venv .venv && .venv/bin/pip install -q -e . && .venv/bin/c2c demo",
    "python3 -m venv .venv && .venv/bin/pip install -q -e '.[test]' && .venv/bin/python -m pytest",
]


def test_reference_is_fresh() -> None:
    # a child process: the generator fixes the terminal width for the whole interpreter
    done = subprocess.run(
        [sys.executable, "-m", "cogapp", "--check", "--diff", str(REFERENCE.relative_to(ROOT))],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0, (
        f"docs/reference.md is stale; regenerate it with: {REGENERATE}\n{done.stdout}{done.stderr}"
    )


def test_every_command_has_help_and_is_in_the_reference() -> None:
    headings = set(re.findall(r"^## (.+)$", REFERENCE.read_text(encoding="utf-8"), re.M))
    found = list(commands())
    assert len(found) > 1
    no_help = [path for path, ctx in found if not (ctx.command.help or "").strip()]
    assert no_help == []
    missing = [path for path, _ in found if path not in headings]
    assert missing == [], f"not in docs/reference.md; regenerate it with: {REGENERATE}"


def test_readme_is_short_and_its_quick_start_is_what_ci_runs() -> None:
    readme = README.read_text(encoding="utf-8")
    assert len(readme.splitlines()) < 300
    quick_start = readme.split("\n## Quick start\n", 1)[1].split("\n## ", 1)[0]
    assert re.findall(r"^```bash\n(.*?)\n```$", quick_start, re.M | re.S) == QUICK_START
    assert QUICK_START[1] in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
