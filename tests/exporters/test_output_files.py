"""Every file c2c writes: one cell policy for xlsx and csv, escaped HTML, written whole or not at all."""

from __future__ import annotations

import csv
import errno
import io
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook

from c2c.errors import InvalidInput
from c2c.exporters import files, templates
from c2c.exporters.agenda_xlsx import agenda_workbook
from c2c.exporters.cells import csv_text
from c2c.exporters.manifest_html import manifest_html
from c2c.exporters.manifest_xlsx import manifest_workbook
from c2c.exporters.paper import Heading
from c2c.exporters.words import words
from c2c.exporters.xlsx_print import tables_workbook
from c2c.services.buses.manifest import ManifestCoach, ManifestLeg, ManifestPassenger, ManifestStop
from tests.conftest import Invoke
from tests.factories import add_participant, store_at

DDE = "=cmd|' /C calc'!A0"
PHONE = "+39 333 000 0000"
SCRIPT = "<script>alert(1)</script>"
RISKY = [DDE, PHONE, "-Eve", "@boss", "\tTab"]


def _coaches(company: str, phone: str) -> list[ManifestCoach]:
    passenger = ManifestPassenger(email="e@example.com", name="Eve Hack", company=company, phone=phone, boarded=False)
    stop = ManifestStop("06:30", "Milano Cadorna", None, "2018-11-20", passengers=[passenger])
    leg = ManifestLeg("outbound", "outbound", "2018-11-20", [stop])
    return [ManifestCoach("Coach 1", 50, 2, 1, 47, None, None, phone, [leg])]


def _agenda_row(company: str, note: str) -> dict[str, object]:
    return {"order": 1, "start": "2018-11-20T09:30:00+01:00", "end": "2018-11-20T09:33:00+01:00",
            "company": company, "speakers": ["Eve Hack"], "cluster": "LAC", "session": "Pitches", "note": note}


# every xlsx writer, given a text and a phone number to put in cells of their own
XLSX_WRITERS: dict[str, Callable[[str, str], bytes]] = {
    "tables (b2b show, participants export, rejected rows)": lambda text, phone: tables_workbook(
        [("Sheet", ["Company", "Phone"], [[text, phone]])]),
    "pitch agenda": lambda text, phone: agenda_workbook([_agenda_row(text, phone)], title=text, subtitle=phone),
    "coach manifest": lambda text, phone: manifest_workbook(_coaches(text, phone), Heading(text, phone)),
}


def _cells(data: bytes) -> list[object]:
    return [cell for sheet in load_workbook(io.BytesIO(data)).worksheets for row in sheet.iter_rows() for cell in row]


@pytest.mark.parametrize("writer", XLSX_WRITERS.values(), ids=XLSX_WRITERS.keys())
@pytest.mark.parametrize("text", RISKY)
def test_xlsx_cells_that_look_like_formulas_are_text_shown_as_they_are(
    writer: Callable[[str, str], bytes], text: str
) -> None:
    cells = _cells(writer(text, PHONE))
    assert all(c.data_type != "f" for c in cells)  # type: ignore[attr-defined]
    for value in (text, PHONE):
        found = [c for c in cells if c.value == value]  # type: ignore[attr-defined]
        assert found, f"{value!r} not written as it is (no apostrophe)"
        assert all(c.data_type == "s" and c.number_format == "@" for c in found)  # type: ignore[attr-defined]


def test_a_csv_file_puts_an_apostrophe_before_formulas_and_standard_output_does_not() -> None:
    rows = [{"company": text, "plain": "Alfa Srl", "pitch": True, "speakers": ["A", "B"]} for text in RISKY]
    read = list(csv.DictReader(io.StringIO(csv_text(rows, for_people=True))))
    assert [r["company"] for r in read] == ["'" + text for text in RISKY]
    assert (read[0]["plain"], read[0]["pitch"], read[0]["speakers"]) == ("Alfa Srl", "true", "A; B")
    raw = list(csv.DictReader(io.StringIO(csv_text(rows, for_people=False))))
    assert [r["company"] for r in raw] == RISKY
    # (xml, hence xlsx, keeps no bare carriage return, and the csv module does not quote one)
    assert csv_text([{"c": "\rReturn"}], for_people=True) == "c\n'\rReturn\n"


def _printed(text: str) -> dict[str, object]:
    return {"heading": Heading(text, text, what=text), "t": words("en")}


# every HTML document, given a text to show
HTML_WRITERS: dict[str, Callable[[str], str]] = {
    "pitch agenda": lambda text: templates.render("agenda.html.j2", {
        "title": text, "subtitle": text, "language": "en", "overflow": text, **_printed(text),
        "rows": [{**_agenda_row(text, text), "time": "09:30", "status": "scheduled", "speakers": [text]}]}),
    "pitch booklet": lambda text: templates.render("booklet.html.j2", {
        "title": text, "subtitle": text, "language": "en", **_printed(text),
        "cards": [{"order": 1, "time": "09:30", "company": text, "speakers": [text], "cluster_name": text,
                   "city": text, "profile": [("Core business", text)], "website": "https://example.com"}]}),
    "coach manifest": lambda text: manifest_html(_coaches(text, text), Heading(text, text)),
    "tables (b2b show, participants export)": lambda text: templates.render("tables.html.j2", {
        "title": text, "tables": [{"title": text, "headers": [text], "rows": [[text]]}]}),
}


@pytest.mark.parametrize("render", HTML_WRITERS.values(), ids=HTML_WRITERS.keys())
def test_every_html_document_escapes_what_it_shows(render: Callable[[str], str]) -> None:
    html = render(SCRIPT)
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_markdown_is_not_html_escaped_but_keeps_its_table_rows() -> None:
    text = templates.render("tables.md.j2", {"title": "T & Co", "tables": [
        {"title": "T & Co", "headers": ["Company"], "rows": [["Pipe | & Co\nLtd"]]}]})
    assert text.splitlines() == ["# T & Co", "", "| Company |", "|---|", "| Pipe \\| & Co Ltd |"]


def test_a_file_is_written_whole_in_a_folder_made_for_it(tmp_path: Path) -> None:
    target = tmp_path / "new" / "folder" / "list.csv"
    assert files.write_file(target, "é\n", encoding="utf-8-sig") == target
    assert target.read_bytes() == "\ufeffé\n".encode()
    files.write_file(target, b"again")
    assert target.read_bytes() == b"again"
    assert os.listdir(target.parent) == ["list.csv"]


def test_a_new_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        files.write_file(tmp_path / "a.html", "<p>")
    finally:
        os.umask(previous)
    assert (tmp_path / "a.html").stat().st_mode & 0o777 == 0o644


def _disk_full(*args: object, **kwargs: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize("where", ["while writing", "when replacing"])
def test_a_failed_write_keeps_the_previous_file_and_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "agenda.xlsx"
    target.write_bytes(b"the agenda printed yesterday")
    if where == "when replacing":
        monkeypatch.setattr(files.os, "replace", _disk_full)
    else:
        real_open = Path.open

        def full_disk_open(self: Path, mode: str = "r", *args: object, **kwargs: object) -> object:
            handle = real_open(self, mode, *args, **kwargs)  # type: ignore[call-overload]
            if "x" in mode:
                handle.write = _disk_full
            return handle

        monkeypatch.setattr(Path, "open", full_disk_open)
    with pytest.raises(InvalidInput) as raised:
        files.write_file(target, b"half a workbook")
    assert raised.value.message == f"cannot write {target}: No space left on device"
    assert target.read_bytes() == b"the agenda printed yesterday"
    assert os.listdir(folder) == ["agenda.xlsx"]


def test_a_failed_export_exits_1_with_one_line_and_keeps_the_previous_file(
    invoke: Invoke, lyon: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "people.xlsx"
    out.write_bytes(b"last week's list")
    monkeypatch.setattr(files.os, "replace", _disk_full)
    result = invoke("participants", "export", "--mission", lyon, "--out", str(out), "--force")
    assert (result.exit_code, result.stderr) == (1, f"Error: cannot write {out}: No space left on device\n")
    assert out.read_bytes() == b"last week's list"
    assert [name for name in os.listdir(tmp_path) if name.startswith(".")] == []  # no temporary file left


@pytest.mark.parametrize("suffix", [".html", ".md", ".json"])
def test_rows_go_to_any_file_format_the_name_asks_for(invoke: Invoke, lyon: str, db_path: Path, tmp_path: Path,
                                                      suffix: str) -> None:
    store = store_at(db_path)
    add_participant(store, lyon, "Eve", SCRIPT, "Pipe | & Co", phone=PHONE)
    store.dispose()
    out = tmp_path / f"people{suffix}"
    result = invoke("participants", "export", "--mission", lyon, "--out", str(out))
    assert (result.exit_code, result.stderr) == (0, f"Wrote 1 participants of {lyon} to {out}\n")
    text = out.read_text(encoding="utf-8")
    expected = {".html": "<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>", ".md": "| Pipe \\| & Co |",
                ".json": '"last_name": "<script>alert(1)</script>"'}
    assert expected[suffix] in text
    if suffix == ".html":
        assert "<script>" not in text


def test_a_command_that_only_prints_refuses_a_file_format(invoke: Invoke, lyon: str) -> None:
    result = invoke("mission", "list", "--format", "xlsx")
    assert result.exit_code == 2
    assert "xlsx is a file format: this command prints table, json or csv" in result.stderr


def test_an_existing_file_is_not_replaced_without_force(invoke: Invoke, lyon: str, tmp_path: Path) -> None:
    out, booklet = tmp_path / "people.xlsx", tmp_path / "booklet.pdf"
    for path in (out, booklet):
        path.write_bytes(b"last week's list")
    programme, badges = tmp_path / "programme.html", tmp_path / "badges.pdf"
    for path in (programme, badges):
        path.write_bytes(b"last week's list")
    for args, path in ((("participants", "export", "--mission", lyon, "--out", str(out)), out),
                       (("pitches", "booklet", "--mission", lyon, "--out", str(booklet)), booklet),
                       (("program", "list", "--mission", lyon, "--out", str(programme)), programme),
                       (("participants", "badges", "--mission", lyon, "--out", str(badges)), badges),
                       (("participants", "sign-in", "--mission", lyon, "--out", str(programme)), programme)):
        result = invoke(*args)
        assert (result.exit_code, result.stderr) == (1, f"Error: {path} exists\nHint: pass --force to replace it\n")
        assert path.read_bytes() == b"last week's list"
    assert invoke("participants", "export", "--mission", lyon, "--out", str(out), "--force").exit_code == 0


def test_the_errors_file_can_never_be_the_list_imported(invoke: Invoke, lyon: str, db_path: Path, tmp_path: Path) -> None:
    from tests.store_dump import dump

    listed = tmp_path / "iscritti.csv"
    listed.write_text("Nome,Cognome,Email,Azienda\nAnna,Rossi,not-an-email,Aero\n", encoding="utf-8")
    before = (dump(db_path), listed.read_bytes())
    for extra in ((), ("--force",), ("--dry-run", "--force")):
        result = invoke("participants", "import", str(listed), "-m", lyon, "--cluster", "LAC", "--errors",
                        str(tmp_path / "." / "iscritti.csv"), *extra)
        assert result.exit_code == 1
        assert result.stderr == (f"Error: {tmp_path / '.' / 'iscritti.csv'} is an input of this command: it cannot also "
                                 "be its output\nHint: choose another file name\n")
    assert (dump(db_path), listed.read_bytes()) == before
