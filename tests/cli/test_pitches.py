from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tests.conftest import Invoke, LyonWith
from tests.factories import store_at
from tests.pitches_helpers import add_people
from tests.printing_helpers import assert_printable_sheet
from tests.store_dump import count


def _day(db_path: Path, invoke: Invoke) -> None:
    add_people(db_path)
    assert invoke("program", "template", "apply", "standard-day", "-m", "lyon-2018").exit_code == 0


@pytest.fixture
def day(lyon: str, db_path: Path, lyon_with: LyonWith) -> str:
    """Eight pitchers of seven companies and the standard day's programme."""
    lyon_with(_day, db_path)
    return lyon


def _agenda(invoke: Invoke, *args: str) -> list[dict[str, object]]:
    result = invoke("pitches", "agenda", "-m", "lyon-2018", "--format", "json", *args)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    return json.loads(result.stdout)


def test_json_contract(invoke: Invoke, day: str) -> None:
    rows = _agenda(invoke)
    first = rows[0]
    assert {"order", "start", "end", "company", "speakers", "cluster"} <= set(first)
    assert (first["order"], first["company"], first["speakers"], first["cluster"]) == (
        1, "Mécanique Alpine", ["Benoît Guignard"], "AAR",
    )
    assert first["start"] == "2018-11-20T09:30:00+01:00"
    assert first["end"] == "2018-11-20T09:33:00+01:00"
    assert rows[1]["speakers"] == ["Giulia De Luca", "Marco Rossi"]
    for row in rows:
        start, end = dt.datetime.fromisoformat(str(row["start"])), dt.datetime.fromisoformat(str(row["end"]))
        assert start.utcoffset() == dt.timedelta(hours=1)
        assert end - start == dt.timedelta(minutes=3)
    assert [r["order"] for r in rows] == list(range(1, 8))


def test_table_and_csv(invoke: Invoke, day: str) -> None:
    table = invoke("pitches", "agenda", "-m", day)
    assert table.exit_code == 0
    assert "Mécanique Alpine" in table.stdout
    assert "09:33:30" in table.stdout
    assert table.stderr == "7 pitches of 3:00 + 30 s changeover, order alternate, one per company\n"
    csv_lines = invoke("pitches", "agenda", "-m", day, "--format", "csv").stdout.splitlines()
    assert csv_lines[0].startswith("order,time,company,speakers,cluster,note")
    assert "Giulia De Luca; Marco Rossi" in csv_lines[2]


def test_options_are_saved_and_validated(invoke: Invoke, day: str) -> None:
    rows = _agenda(invoke, "--minutes", "4", "--changeover", "1m", "--order", "alphabetical")
    assert rows[1]["start"] == "2018-11-20T09:35:00+01:00"
    again = _agenda(invoke)
    assert [r["company"] for r in again] == [r["company"] for r in rows]
    assert again[1]["start"] == rows[1]["start"]
    bad = invoke("pitches", "agenda", "-m", day, "--order", "height")
    assert bad.exit_code == 2
    assert bad.stderr.splitlines()[-1] == (
        "Error: Invalid value for '--order': 'height' is not one of alternate, cluster, registration, alphabetical, random")
    bad_per = invoke("pitches", "agenda", "-m", day, "--per", "team")
    assert bad_per.stderr.splitlines()[-1] == "Error: Invalid value for '--per': 'team' is not one of company, person"


def test_move_pin_skip_unskip_through_the_cli(invoke: Invoke, day: str) -> None:
    moved = invoke("pitches", "move", "Galli Fasteners", "--to", "2", "-m", day)
    assert moved.exit_code == 0, moved.stderr
    assert moved.stderr == "Moved Galli Fasteners to #2 (pinned)\n"
    skipped = invoke("pitches", "skip", "mecanique alpine", "-m", day)
    assert skipped.stderr == "Skipped #1 Mécanique Alpine\n"
    rows = _agenda(invoke, "--order", "cluster")
    assert [(r["company"], r["status"], r["pinned"]) for r in rows[:2]] == [
        ("Mécanique Alpine", "skipped", False), ("Galli Fasteners", "scheduled", True),
    ]
    assert rows[0]["start"] is None
    assert rows[1]["start"] == "2018-11-20T09:30:00+01:00"
    assert invoke("pitches", "unskip", "Mécanique Alpine", "-m", day).stderr == "Restored #1 Mécanique Alpine\n"
    assert invoke("pitches", "unpin", "Galli Fasteners", "-m", day).exit_code == 0
    assert invoke("pitches", "pin", "Aviometal", "-m", day).stderr.startswith("Pinned #")
    reset = _agenda(invoke, "--reset")
    assert not any(r["pinned"] or r["status"] != "scheduled" for r in reset)
    unknown = invoke("pitches", "skip", "Nobody", "-m", day)
    assert unknown.exit_code == 3
    assert unknown.stderr == (
        "Error: no pitch for 'Nobody' in mission lyon-2018\nHint: see the agenda with: c2c pitches agenda --mission lyon-2018\n"
    )


def test_overflow_is_never_silent(invoke: Invoke, lyon: str, db_path: Path) -> None:
    add_people(db_path)
    invoke("program", "add", "-m", lyon, "--kind", "pitches", "--at", "09:30", "--minutes", "15", "--title", "Short")
    result = invoke("pitches", "agenda", "-m", lyon, "--format", "json", "--order", "registration")
    assert result.exit_code == 0
    assert result.stderr == (
        "Warning: the pitch sessions are 9 min short: 3 pitches do not fit: Roux Usinage, Neri Avionica, Galli Fasteners\n"
    )
    rows = json.loads(result.stdout)
    assert [r["status"] for r in rows[-3:]] == ["does not fit"] * 3
    assert rows[-1]["start"] is None
    md = invoke("pitches", "agenda", "-m", lyon, "--format", "md")
    assert md.stdout.rstrip().endswith(
        "**Warning:** the pitch sessions are 9 min short: 3 pitches do not fit: Roux Usinage, Neri Avionica, Galli Fasteners"
    )
    assert "| 7 | — | Galli Fasteners | Sofia Galli | LAC | does not fit |" in md.stdout


def test_no_participants_is_an_empty_agenda(invoke: Invoke, lyon: str) -> None:
    invoke("program", "template", "apply", "standard-day", "-m", lyon)
    table = invoke("pitches", "agenda", "-m", lyon)
    assert table.exit_code == 0
    assert table.stderr == "No pitches yet in lyon-2018: nobody has the pitch flag.\n"
    assert json.loads(invoke("pitches", "agenda", "-m", lyon, "--format", "json").stdout) == []


def test_xlsx_reads_back(invoke: Invoke, day: str, db_path: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    store = store_at(db_path)
    with store.session() as session:
        from sqlmodel import select

        from c2c.store.models import Company

        company = session.exec(select(Company).where(Company.name == "Neri Avionica")).one()
        company.name = "=HYPERLINK(\"http://evil\")"
        session.add(company)
    store.dispose()
    out = tmp_path / "agenda.xlsx"
    result = invoke("pitches", "agenda", "-m", day, "--format", "xlsx", "--out", str(out), "--order", "registration")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == f"Wrote {out}\n"
    sheet = load_workbook(out).active
    assert sheet["A1"].value == "Cluster2Cluster: Lombardia visits Auvergne-Rhône-Alpes"
    # in the mission's language, French
    assert [c.value for c in sheet[4]] == ["#", "Début", "Fin", "Entreprise", "Intervenants", "Cluster", "Session",
                                           "Remarque"]
    assert_printable_sheet(sheet, title_rows="$4:$4")
    assert sheet.column_dimensions["D"].width == 32
    assert [c.value for c in sheet[5]][:6] == [1, dt.time(9, 30), dt.time(9, 33), "Mécanique Alpine", "Benoît Guignard", "AAR"]
    assert sheet["B5"].number_format == "HH:MM"
    companies = [sheet.cell(row=r, column=4) for r in range(5, 12)]
    evil = next(c for c in companies if c.value.startswith("="))
    assert (evil.value, evil.data_type) == ("=HYPERLINK(\"http://evil\")", "s")  # text, not a formula
    needs_out = invoke("pitches", "agenda", "-m", day, "--format", "xlsx")
    assert needs_out.exit_code == 1
    assert needs_out.stderr == "Error: --format xlsx needs --out FILE.xlsx\n"


def test_markdown_and_html(invoke: Invoke, day: str, db_path: Path, tmp_path: Path) -> None:
    add_people(db_path, [("Eve", "<script>", "Pipe | & <Co>", "AAR")])
    md = invoke("pitches", "agenda", "-m", day, "--format", "md", "--order", "registration")
    assert md.exit_code == 0, md.stderr
    lines = md.stdout.splitlines()
    assert lines[0] == "# Cluster2Cluster: Lombardia visits Auvergne-Rhône-Alpes"
    assert "| 1 | 09:30 | Mécanique Alpine | Benoît Guignard | AAR |  |" in lines
    assert any("Pipe \\| & \\<Co\\>" in line for line in lines)  # printed as written, never as HTML
    assert "<script>" not in md.stdout
    out = tmp_path / "agenda.html"
    html = invoke("pitches", "agenda", "-m", day, "--format", "html", "--out", str(out))
    assert html.exit_code == 0, html.stderr
    text = out.read_text(encoding="utf-8")
    assert "<td>Mécanique Alpine</td>" in text
    assert "Pipe | &amp; &lt;Co&gt;" in text
    assert "<script>" not in text
    assert '<html lang="fr">' in text


def test_booklet_has_one_card_per_company_in_running_order(invoke: Invoke, day: str, db_path: Path, tmp_path: Path) -> None:
    store = store_at(db_path)
    with store.session() as session:
        from sqlmodel import select

        from c2c.store.models import Company

        company = session.exec(select(Company).where(Company.name == "Aviometal")).one()
        company.core_business = "Sheet-metal parts for aerostructures"
        company.partners_sought = "French tier-1 <suppliers>"
        company.website = "javascript:alert(document.cookie)"
        session.add(company)
    store.dispose()
    invoke("pitches", "skip", "Roux Usinage", "-m", day)
    out = tmp_path / "booklet.html"
    result = invoke("pitches", "booklet", "-m", day, "--out", str(out))
    assert result.exit_code == 0, result.stderr
    assert result.stderr == f"Wrote {out} (6 pitches)\n"
    text = out.read_text(encoding="utf-8")
    assert text.count('<section class="card"') == 6
    assert text.index("1. Mécanique Alpine") < text.index("2. Aviometal") < text.index("3. Aubert Composites")
    assert "Roux Usinage" not in text
    assert "<dt>Cœur de métier</dt><dd>Sheet-metal parts for aerostructures</dd>" in text  # the mission's language
    assert "French tier-1 &lt;suppliers&gt;" in text
    assert "<p>javascript:alert(document.cookie)</p>" in text  # shown, never a link
    assert 'href="javascript' not in text
    assert "Giulia De Luca, Marco Rossi" in text


def test_every_command_has_help_and_error_handling() -> None:
    from c2c.commands import pitches, program

    for group in (pitches.app, program.app, program.template_app):
        for command in group.registered_commands:
            assert command.callback is not None
            assert command.callback.__doc__
            assert getattr(command.callback, "__c2c_handles_errors__", False), command.callback.__name__


def test_migration_matches_models(db_path: Path, invoke: Invoke, lyon: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlmodel import SQLModel

    store = store_at(db_path)
    with store.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection, opts={"compare_type": True}), SQLModel.metadata)
    store.dispose()
    assert diff == []


def test_read_only_commands_write_nothing_and_bad_output_writes_nothing(invoke: Invoke, day: str, db_path: Path,
                                                                        tmp_path: Path) -> None:
    assert invoke("pitches", "timing", "-m", day, "--format", "json").exit_code == 0
    assert count(db_path, "pitch_agenda") == 0
    assert count(db_path, "pitch_entry") == 0
    bad = invoke("pitches", "agenda", "-m", day, "--order", "cluster", "--out", str(tmp_path / "a.txt"))
    assert bad.exit_code == 1
    assert bad.stderr == "Error: --out a.txt: name a .csv, .json, .xlsx, .html, .md or .pdf file, or give --format\n"
    assert count(db_path, "pitch_agenda") == 0
    assert not (tmp_path / "a.txt").exists()


def test_deleting_the_mission_deletes_its_agenda(invoke: Invoke, day: str, db_path: Path) -> None:
    invoke("pitches", "move", "Aviometal", "--to", "1", "-m", day)
    assert count(db_path, "pitch_entry") == 7
    assert invoke("mission", "delete", day, "--yes").exit_code == 0
    assert (count(db_path, "pitch_entry"), count(db_path, "pitch_agenda"), count(db_path, "program_block")) == (0, 0, 0)


def test_templates_render_from_the_wheel_layout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    import c2c.config
    from c2c.exporters.templates import render as render_template

    package = tmp_path / "site-packages" / "c2c"
    shutil.copytree(Path(__file__).resolve().parents[2] / "templates", package / "templates")
    monkeypatch.setattr(c2c.config, "__file__", str(package / "config.py"))
    assert c2c.config.templates_dir() == package / "templates"
    from c2c.exporters.paper import Heading
    from c2c.exporters.words import words

    heading = {"title": "T & Co", "subtitle": "S", "language": "en", "heading": Heading("T & Co", "S"), "t": words("en")}
    assert "T &amp; Co" in render_template("booklet.html.j2", {**heading, "cards": []})
    assert render_template("agenda.md.j2", {**heading, "rows": [], "overflow": None}).startswith("# T & Co\n")


def _pinned_and_skipped(invoke: Invoke) -> list[tuple[object, object, object]]:
    return [(r["order"], r["company"], r["note"]) for r in _agenda(invoke) if r["note"]]


SWITCH_WARNING = ("Warning: switching lyon-2018 to one pitch per person drops 1 pin/move and 1 skip of the "
                  "per-company agenda: they do not carry over\n")


def _arranged(db_path: Path, invoke: Invoke) -> None:
    _day(db_path, invoke)
    assert invoke("pitches", "move", "Aviometal", "--to", "3", "-m", "lyon-2018").exit_code == 0
    assert invoke("pitches", "skip", "Roux Usinage", "-m", "lyon-2018").exit_code == 0


@pytest.fixture
def arranged(lyon: str, db_path: Path, lyon_with: LyonWith) -> str:
    """The day's per-company agenda with Aviometal moved to #3 and Roux Usinage skipped."""
    lyon_with(_arranged, db_path)
    return lyon


def test_switching_per_without_yes_off_a_terminal_warns_and_changes_nothing(invoke: Invoke, arranged: str) -> None:
    before = _pinned_and_skipped(invoke)
    assert [note for _, _, note in before] == ["pinned", "skipped"]
    result = invoke("pitches", "agenda", "-m", arranged, "--per", "person", "--format", "json")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == SWITCH_WARNING + (
        "Error: Switch the pitch agenda of lyon-2018 to one pitch per person? "
        "Refusing without --yes when not on a terminal.\n")
    assert _pinned_and_skipped(invoke) == before
    assert len(_agenda(invoke)) == 7  # still one pitch per company


def test_switching_per_with_yes_drops_pins_and_skips_after_the_warning(invoke: Invoke, arranged: str) -> None:
    result = invoke("pitches", "agenda", "-m", arranged, "--per", "person", "--format", "json", "--yes")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == SWITCH_WARNING
    rows = json.loads(result.stdout)
    assert len(rows) == 8
    assert [r["note"] for r in rows if r["note"]] == []
    # nothing pinned per person: switching back asks nothing and says nothing
    assert len(_agenda(invoke, "--per", "company")) == 7


def test_switching_per_on_a_terminal_asks_first(invoke: Invoke, arranged: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from c2c import prompts

    asked: list[str] = []
    monkeypatch.setattr(prompts, "is_interactive", lambda: True)
    monkeypatch.setattr(prompts, "confirm", lambda message, default=False: asked.append(message) or False)
    before = _pinned_and_skipped(invoke)
    refused = invoke("pitches", "agenda", "-m", arranged, "--per", "person")
    assert refused.exit_code == 1
    assert asked == ["Switch the pitch agenda of lyon-2018 to one pitch per person?"]
    assert _pinned_and_skipped(invoke) == before
    monkeypatch.setattr(prompts, "confirm", lambda message, default=False: True)
    accepted = invoke("pitches", "agenda", "-m", arranged, "--per", "person", "--format", "json")
    assert accepted.exit_code == 0, accepted.stderr
    assert len(json.loads(accepted.stdout)) == 8


def test_same_per_asks_nothing_and_keeps_pins(invoke: Invoke, arranged: str) -> None:
    assert len(_agenda(invoke, "--per", "company")) == 7  # unchanged setting: pins kept, no question
    assert [note for _, _, note in _pinned_and_skipped(invoke)] == ["pinned", "skipped"]


def test_pitches_take_a_name_as_every_command_does_and_echo_the_full_one(invoke: Invoke, day: str) -> None:
    moved = invoke("pitches", "move", "galli", "--to", "2", "-m", day)
    assert (moved.exit_code, moved.stderr) == (0, "Moved Galli Fasteners to #2 (pinned)\n")
    typo = invoke("pitches", "skip", "Galli Fastners", "-m", day)
    assert (typo.exit_code, typo.stderr) == (3, "Error: no pitch for 'Galli Fastners' in mission lyon-2018\n"
                                                "Hint: did you mean 'Galli Fasteners'?\n")
