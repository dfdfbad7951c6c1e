"""Participant import from real-world spreadsheets.

``import_participants(session, mission, path, options)`` reads the file (reading), finds the
header (headers), cleans every row (rows, normalise), compares it with the store (identity,
plan) and writes it in bulk (apply), all inside the caller's one transaction.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from c2c.services.importing.apply import apply_plan
from c2c.services.importing.plan import (
    ImportNote,
    ImportOptions,
    ImportPlan,
    ImportReport,
    InvalidRows,
    Update,
    plan_import,
)
from c2c.services.importing.reading import ImportFileError
from c2c.services.importing.rows import RowError

if TYPE_CHECKING:
    from sqlmodel import Session

    from c2c.store.models import Mission

__all__ = [
    "ImportFileError", "ImportNote", "ImportOptions", "ImportPlan", "ImportReport", "InvalidRows", "RowError", "Update",
    "apply_plan", "import_participants", "plan_import",
]


def import_participants(session: Session, mission: Mission, path: Path, options: ImportOptions) -> ImportReport:
    """Import ``path`` into ``mission``; raises ``InvalidRows`` (nothing written) unless skipping them."""
    plan = plan_import(session, mission, path, options)
    check_invalid(plan, options)
    if not options.dry_run:
        apply_plan(session, plan, prune=options.prune)
    return plan.report


def check_invalid(plan: ImportPlan, options: ImportOptions) -> None:
    if plan.report.invalid and not options.skip_invalid:
        raise InvalidRows(plan.report)
