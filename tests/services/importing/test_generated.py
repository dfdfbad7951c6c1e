"""Generated attendee lists, imported through the CLI and read back field by field (issue #18).

Each case composes independent choices (tests/services/importing/generator/dimensions.py) and
knows the truth of every cell. ENABLED lists what must import right today; PENDING what is
known to fail, with the reason, until the branch fixing it is merged. Environment:

- ``C2C_GENERATED_CASES`` (default 32: each case is two CLI runs, ~0.13 s) and ``C2C_GENERATED_SEED``
  (default 18): run more, or another seed;
- ``C2C_GENERATED_XLS=1``: .xls cases too (LibreOffice converts them, ~2-6 s to start; the kept
  regressions in tests/data/generated/ hold .xls files made so);
- ``C2C_GENERATED_ENABLE=layout.blank_rows:before_short_rows``: switch pending choices on too;
- ``C2C_GENERATED_PENDING=1``: run each pending switch alone and report how it fails;
- ``C2C_GENERATED_KEEP=tests/data/generated``: keep every failing case there (file + truth).
"""

from __future__ import annotations

import json
import os
import random
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import DATA, Invoke, write_private
from tests.services.importing.generator import (
    NO_XLS,
    SOFFICE,
    Wrong,
    check_switches,
    compose_case,
    run_cases,
    write_cases,
)
from tests.services.importing.generator.cells import phone_cell
from tests.services.importing.generator.comparison import compare, import_and_compare, regressions
from tests.services.importing.generator.compose import saved_as
from tests.services.importing.generator.people import e164, mobile_number

ENABLED = [
    "format:xlsx", "format:xlsm", "format:ods", "format:csv", "format:tsv", "format:html_xls", "format:spreadsheetml",
    "encoding", "delimiter", "text.row_ends",
    "header.language", "header.spelling", "header.case", "header.bare_name", "header.shape",
    "header.europe", "columns.decoys", "columns.order", "columns.subset",
    "layout.title", "layout.start_column", "layout.blank_rows", "layout.footer",
    "names.layout", "names.case", "names.particles",
    "phone.style", "phone.extra", "names.note", "country.style", "pitch.style", "email.style", "company.style",
    "duplicates", "values.missing", "layout.sheets", "names.surnames", "layout.per_row", "role.layout",
]
PENDING: dict[str, str] = {}
if os.environ.get("C2C_GENERATED_XLS"):
    ENABLED.append("format:xls")
CASES = int(os.environ.get("C2C_GENERATED_CASES", "32"))
SEED = int(os.environ.get("C2C_GENERATED_SEED", "18"))
REGRESSIONS = DATA / "generated"


Reset = Callable[[], None]


@pytest.fixture
def reset(lyon_store: bytes, db_path: Path) -> Reset:
    """Put the Lyon store (two clusters, the mission held in France) back before each case."""
    return lambda: write_private(db_path, lyon_store)


def _report(wrong: list[Wrong], kept: Path | None) -> str:
    lines = [str(w) for w in wrong[:40]]
    by_field = Counter(w.field for w in wrong)
    lines.append(f"{len(wrong)} wrong fields ({dict(by_field)}); seed {SEED}, {CASES} cases "
                 f"(C2C_GENERATED_SEED={SEED} C2C_GENERATED_CASES={CASES} to run them again)")
    if kept is not None:
        lines.append(f"the failing files and their truth are in {kept}: copy them into {REGRESSIONS} to keep them")
    return "\n".join(lines)


def _switches() -> list[str]:
    extra = [s for s in os.environ.get("C2C_GENERATED_ENABLE", "").split(",") if s]
    check_switches([*ENABLED, *PENDING, *extra])
    return [*ENABLED, *extra]


def test_generated_lists_import_every_field(invoke: Invoke, reset: Reset, tmp_path: Path) -> None:
    if "format:xls" in ENABLED and SOFFICE is None:
        print(f"xls cases left out: {NO_XLS}")
    enabled = _switches()
    cases = [compose_case(SEED, number, enabled, PENDING) for number in range(CASES)]
    keep = Path(os.environ.get("C2C_GENERATED_KEEP") or tmp_path / "failing")
    wrong = run_cases(cases, tmp_path, invoke, reset, keep=keep)
    assert not wrong, _report(wrong, keep)


@pytest.mark.parametrize("switch", sorted(PENDING) or [None])
def test_pending_switches_still_fail(switch: str | None, invoke: Invoke, reset: Reset, tmp_path: Path) -> None:
    """Run with C2C_GENERATED_PENDING=1: a pending switch that no longer fails can be enabled."""
    if switch is None or not os.environ.get("C2C_GENERATED_PENDING"):
        pytest.skip("C2C_GENERATED_PENDING=1 runs the pending switches")
    others = {name: reason for name, reason in PENDING.items() if name != switch}
    cases = [compose_case(SEED, number, [*ENABLED, switch], others) for number in range(CASES)]
    keep = os.environ.get("C2C_GENERATED_KEEP")
    try:
        wrong = run_cases(cases, tmp_path, invoke, reset, keep=Path(keep) / f"pending-{switch}" if keep else None)
    except Exception as crash:  # still failing, as pending says: shown, not raised
        print(f"{switch}: crashes: {crash!r} ({'; '.join(getattr(crash, '__notes__', []))})")
        return
    print(f"{switch}: {len(wrong)} wrong fields; {wrong[0] if wrong else 'passes'}")
    assert wrong, (f"{switch} passes in {CASES} cases of seed {SEED}: if more cases (C2C_GENERATED_CASES, "
                   "C2C_GENERATED_SEED) and its kept regression pass too, move it from PENDING to ENABLED")


def _kept() -> list[object]:
    """The kept regressions; one that fails in a pending area is expected to fail until its fix lands."""
    return [pytest.param(path, truth, id=path.name,
                         marks=[pytest.mark.xfail(reason=str(truth["pending"]), strict=True)] if "pending" in truth else [])
            for path, truth in regressions(REGRESSIONS)]


@pytest.mark.parametrize(("path", "truth"), _kept())
def test_kept_regressions_import_every_field(path: Path, truth: dict[str, Any], invoke: Invoke, reset: Reset) -> None:
    reset()
    wrong = import_and_compare(invoke, path, truth["expected"], f"{path.name} (seed {truth['seed']} case {truth['case']})")
    assert not wrong, "\n".join(map(str, wrong))


@pytest.mark.parametrize(("number", "first", "then"), [(1, "xlsx", "csv"), (2, "ods", "xlsx"), (3, "csv", "ods")])
def test_the_same_list_in_another_format_updates_only_what_changed(number: int, first: str, then: str, invoke: Invoke,
                                                                   reset: Reset, tmp_path: Path) -> None:
    """Re-import across formats: the columns in another order, one phone and one role changed."""
    plain_layout = ["header.language", "header.spelling", "names.case:upper_surname", "phone.style", "country.style",
                    "pitch.style", "company.style:legal_form"]
    generated = compose_case(SEED, number, plain_layout, PENDING)
    case = saved_as(generated, first, list(range(len(generated.columns))))
    rng = random.Random(number)
    again = saved_as(case, then, rng.sample(range(len(case.columns)), len(case.columns)))
    new_phone = e164(mobile_number(rng, case.expected[0]["country"]))
    again.rows[1][again.columns.index("phone")] = str(phone_cell(new_phone, "international", False))
    again.rows[2][again.columns.index("role")] = "Direttore generale"
    again.expected[0]["phone"], again.expected[1]["role"] = new_phone, "Direttore generale"
    reset()
    assert import_and_compare(invoke, write_cases([case], tmp_path)[case.name], case.expected, case.name) == []
    (tmp_path / "again").mkdir()
    path = write_cases([again], tmp_path / "again")[again.name]
    result = invoke("participants", "import", str(path), "--mission", "lyon-2018", "--format", "json")
    report = json.loads(result.stdout)
    assert (report["new"], report["updated"], report["unchanged"]) == (0, 2, len(case.expected) - 2), result.stdout
    assert [(u["key"], u["changes"]) for u in report["updated_keys"]] == [
        (case.expected[0]["email"], {"phone": [case.expected[0]["phone"], new_phone]}),
        (case.expected[1]["email"], {"role": [case.expected[1]["role"], "Direttore generale"]})]
    listed = invoke("participants", "list", "--mission", "lyon-2018", "--format", "json")
    assert compare(json.loads(listed.stdout), again.expected, again.name) == []
