"""Outcomes and leads through the CLI, end to end on a copy of the demo store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import DemoRun, Invoke
from tests.postgres import located


def test_an_outcome_by_command_opens_a_lead_that_leads_list_and_edit_follow(invoke: Invoke, demo_db: Path) -> None:
    db = ["--db", located(demo_db)]
    meetings = json.loads(invoke(*db, "b2b", "outcome", "list", "-m", "lyon-2018", "-c", "Avioparts",
                                 "--format", "json").stdout)
    meeting = next(m for m in meetings if m["meets"] == "Drones Vercors SAS")["meeting"]
    result = invoke(*db, "b2b", "outcome", str(meeting), "-m", "lyon-2018", "--company", "Drones Vercors",
                    "--held", "--interest", "high", "--next", "joint project", "--note", "Privé")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.startswith(f"Meeting {meeting}, Drones Vercors SAS (with Avioparts Srl): held, interest high, "
                                    "next: joint-project\n")
    listed = json.loads(invoke(*db, "leads", "list", "--cluster", "aar", "--format", "json").stdout)
    lead = next(r for r in listed if {r["company_a"], r["company_b"]} == {"Avioparts Srl", "Drones Vercors SAS"})
    assert lead["next_step"] == "joint-project"
    edited = invoke(*db, "leads", "edit", str(lead["id"]), "--status", "agreement", "--note", "Signed")
    assert (edited.exit_code, edited.stderr) == (0, f"Lead {lead['id']}: agreement (Signed)\n")
    assert json.loads(invoke(*db, "leads", "list", "--status", "agreement", "--format", "json").stdout)[0]["id"] == lead["id"]


def test_a_second_status_flag_and_an_unknown_step_are_usage_errors(invoke: Invoke, demo_db: Path) -> None:
    db = ["--db", located(demo_db)]
    both = invoke(*db, "b2b", "outcome", "1", "-m", "lyon-2018", "-c", "Avioparts", "--held", "--no-show")
    assert both.exit_code == 2
    unknown = invoke(*db, "b2b", "outcome", "record", "1", "-m", "lyon-2018", "-c", "Avioparts", "--next", "lunch")
    assert unknown.exit_code == 2
    assert "'lunch' is not a next step" in unknown.stderr
    template = invoke(*db, "b2b", "outcome", "import", "-m", "lyon-2018")
    assert (template.exit_code, template.stderr) == (
        1, "Error: give the sheet to read, or --template FILE.xlsx to write a blank one\n")


def test_the_demo_goes_on_past_the_day(demo_run: DemoRun, invoke: Invoke, demo_db: Path) -> None:
    import openpyxl
    import vobject

    home = demo_run.folder / "home"
    assert "Outcomes: 23 of 24 meetings held, 4 leads opened" in demo_run.result.stderr
    wishes = json.loads(invoke("--db", located(demo_db), "b2b", "request", "list", "-m", "francia-lombardia-2020",
                               "--format", "json").stdout)
    assert [(w["priority"], w["follow_up"] is not None) for w in wishes] == [(1, True), (1, True)]
    leads = json.loads(invoke("--db", located(demo_db), "leads", "list", "--format", "json").stdout)
    assert {w["follow_up"] for w in wishes} == {lead["id"] for lead in leads[:2]}
    assert [c.fn.value for c in vobject.readComponents((home / "catalogue-lyon-2018.vcf").read_text(encoding="utf-8"))]
    assert openpyxl.load_workbook(home / "catalogue-lyon-2018.xlsx").active.max_row > 16
    for report in ("report-lyon-2018.html", "report-series.html"):
        assert "<svg" in (home / report).read_text(encoding="utf-8")
    assert (home / "report-lyon-2018-meetings.png").read_bytes().startswith(b"\x89PNG")
    assert "Asked for our price list" not in (home / "report-lyon-2018.html").read_text(encoding="utf-8")


def test_debrief_walks_one_companys_meetings_and_records_them_together(
    invoke: Invoke, demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from c2c import prompts

    answers = iter(["held", "high", "partnership", "no-show", "skip"])
    notes = iter(["Met the CEO", ""])
    monkeypatch.setattr(prompts, "is_interactive", lambda: True)
    monkeypatch.setattr(prompts, "select", lambda message, choices, default=None: next(answers))
    monkeypatch.setattr(prompts, "text", lambda message, default="", validate=None: next(notes))
    db = ["--db", located(demo_db)]
    result = invoke(*db, "b2b", "debrief", "-m", "lyon-2018", "--company", "Software Volo")
    assert result.exit_code == 0, result.stderr
    said = json.loads(invoke(*db, "b2b", "outcome", "list", "-m", "lyon-2018", "-c", "Software Volo",
                             "--format", "json").stdout)
    assert [(s["status"], s["interest"], s["next_step"], s["note"]) for s in said][:2] == [
        ("held", "high", "partnership", "Met the CEO"), ("no-show", None, None, None)]


def test_debrief_needs_a_terminal(invoke: Invoke, demo_db: Path) -> None:
    result = invoke("--db", located(demo_db), "b2b", "debrief", "-m", "lyon-2018", "--company", "Software Volo")
    assert (result.exit_code, result.stderr.splitlines()[0]) == (1, "Error: b2b debrief asks on a terminal")
