"""The printables made once per module from a copy of the demo store, and how to read them back."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from tests.conftest import DemoRun, invoker, isolate


def print_from_demo(demo_run: DemoRun, runner: CliRunner, folder: Path, commands: Sequence[Sequence[str]]) -> Path:
    """Run each command on a copy of the demo store (Lyon 2018), in ``folder``; returns the folder."""
    from c2c.store.engine import backup_sqlite

    store = backup_sqlite(demo_run.folder / "home" / "demo.db", folder / "demo.db")
    with pytest.MonkeyPatch.context() as monkeypatch:
        isolate(monkeypatch, folder)
        monkeypatch.chdir(folder)
        invoke = invoker(runner)
        for args in commands:
            result = invoke("--db", str(store), *args, "--mission", "lyon-2018")
            assert result.exit_code == 0, result.output
    return folder


def pdf_pages(source: Path | bytes, first: int | None = None) -> list[str]:
    """The text of each page (of the ``first`` pages only, when given: reading text out of
    pages of vector drawings such as QR codes is slow)."""
    import io

    from pypdf import PdfReader

    pages = PdfReader(io.BytesIO(source) if isinstance(source, bytes) else source).pages
    return [page.extract_text() if first is None or index < first else "" for index, page in enumerate(pages)]


def assert_printable_sheet(sheet: Any, *, paper: int = 9, landscape: bool = False, title_rows: str | None = None) -> None:
    """The print set-up every sheet meant for paper has: paper, orientation, page numbers, a
    frozen header row that repeats on every page, the mission in the page header."""
    assert sheet.page_setup.paperSize == paper
    assert sheet.page_setup.orientation == ("landscape" if landscape else "portrait")
    assert "&P" in sheet.oddFooter.right.text
    assert "&N" in sheet.oddFooter.right.text
    assert sheet.oddHeader.left.text or sheet.oddHeader.center.text
    assert sheet.freeze_panes is not None
    if title_rows is not None:
        assert sheet.print_title_rows == title_rows
