"""A generator of attendee lists (issue #18): each case composes independent choices — format,
header language and spelling, column order, header shape, where the table sits, footers, how
names, phones, countries, yes/no answers, e-mails and companies are written, duplicates — and
knows the truth of every cell, so an import can be checked field by field."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.conftest import Invoke
from tests.services.importing.generator.comparison import (
    Wrong,
    import_and_compare,
    keep_regression,
)
from tests.services.importing.generator.compose import Case, compose_case
from tests.services.importing.generator.dimensions import DIMENSIONS, check_switches
from tests.services.importing.generator.writers import NO_XLS, SOFFICE, convert_to_xls, write_case

__all__ = ["DIMENSIONS", "NO_XLS", "SOFFICE", "Case", "Wrong", "check_switches", "compose_case", "run_cases", "truth_of", "write_cases"]


def write_cases(cases: list[Case], folder: Path) -> dict[str, Path]:
    """Each case's file by case name; the xls cases converted together, or left out without LibreOffice."""
    paths = {case.name: write_case(case, folder) for case in cases}
    xls = [case.name for case in cases if case.choices["format"] == "xls"]
    if SOFFICE is None:
        for name in xls:
            del paths[name]
        return paths
    paths.update(zip(xls, convert_to_xls([paths[name] for name in xls], folder), strict=True))
    return paths


def truth_of(case: Case) -> dict[str, Any]:
    return {"seed": case.seed, "case": case.number, "choices": case.choices, "expected": case.expected}


def run_cases(cases: list[Case], folder: Path, invoke: Invoke, reset: Callable[[], None],
              keep: Path | None = None) -> list[Wrong]:
    """Import each case into a fresh copy of the store and compare; failing cases kept in ``keep``."""
    paths = write_cases(cases, folder)
    wrong: list[Wrong] = []
    for case in cases:
        if case.name not in paths:
            continue
        reset()
        where = f"seed {case.seed} case {case.number} ({paths[case.name].name}; {case.describe()})"
        try:
            found = import_and_compare(invoke, paths[case.name], case.expected, where)
        except Exception as crash:  # a bug of the importer: its traceback, and the case that shows it
            crash.add_note(f"importing the generated list of {where}")
            if keep is not None:
                crash.add_note(f"kept in {keep_regression(paths[case.name], truth_of(case), keep)}")
            raise
        if found and keep is not None:
            keep_regression(paths[case.name], truth_of(case), keep)
        wrong += found
    return wrong

