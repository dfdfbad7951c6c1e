from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import Invoke
from tests.importing_helpers import HEADER, PEOPLE, attendee_rows, write_encrypted, write_xlsx
from tests.store_dump import count

KEYS = ["first_name", "last_name", "email", "phone", "company", "role", "country", "cluster", "pitch", "status",
        "bus_stop"]
# json and csv carry the fields in the order the table shows them; the export file has its own
# order and leaves out the calendar language
LIST_KEYS = ["id", "first_name", "last_name", "company", "cluster", "role", "email", "phone", "country", "language", "pitch",
             "bus_stop", "status"]


@pytest.fixture
def attendees(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "iscritti.xlsx", {"Partecipanti": attendee_rows()}, merges=["A1:J1"])


def _listed(invoke: Invoke) -> list[dict[str, object]]:
    result = invoke("participants", "list", "--mission", "lyon-2018", "--format", "json")
    assert result.exit_code == 0, result.stderr
    return list(json.loads(result.stdout))


def test_import_then_list_json_has_the_documented_keys(invoke: Invoke, lyon: str, attendees: Path) -> None:
    result = invoke("participants", "import", str(attendees), "--mission", lyon)
    assert result.exit_code == 0, result.stderr
    assert "Kept as extra    Esigenze alimentari" in result.stdout
    assert "Cognome → last name" in result.stdout
    assert result.stderr.endswith("Imported 3 participants into lyon-2018: 3 new, 0 updated, 0 unchanged\n")
    rows = _listed(invoke)
    assert [k for k in rows[0] if k != "extra"] == LIST_KEYS
    assert rows[0]["language"] is None
    assert {k: rows[0][k] for k in KEYS} == {
        "first_name": "Giulia", "last_name": "De Luca", "email": "giulia.deluca@avioparts.it",
        "phone": "+39 347 512 3380", "company": "Avioparts Srl", "role": "Project manager", "country": "IT",
        "cluster": None, "pitch": False, "status": "registered", "bus_stop": "Milano Cadorna"}
    assert rows[1]["extra"] == {"Esigenze alimentari": "vegetariano"}
    table = invoke("participants", "list", "--mission", lyon).stdout
    assert "Benoît-Étienne" in table


def test_import_report_as_json(invoke: Invoke, lyon: str, attendees: Path) -> None:
    result = invoke("participants", "import", str(attendees), "--mission", lyon, "--dry-run", "--format", "json")
    report = json.loads(result.stdout)
    assert (report["new"], report["written"], report["header_row"]) == (3, False, 3)
    assert report["columns"]["Cognome"] == "last_name"
    assert result.stderr.endswith("Dry run: nothing written.\n")


def test_dry_run_writes_nothing(invoke: Invoke, lyon: str, attendees: Path, db_path: Path) -> None:
    result = invoke("participants", "import", str(attendees), "--mission", lyon, "--dry-run")
    assert result.exit_code == 0
    assert "New" in result.stdout
    assert count(db_path, "participation") == 0


def test_invalid_rows_block_import_and_are_written_for_the_sender(invoke: Invoke, lyon: str, tmp_path: Path,
                                                                  db_path: Path) -> None:
    people = [PEOPLE[0], ["Rossi", "Mario", "Avioparts Srl", "", "mario(at)avioparts.it", "", "", "", "", ""]]
    path = write_xlsx(tmp_path / "bad.xlsx", {"Iscrizioni": [HEADER, *people]})
    rejected = tmp_path / "rejected.xlsx"
    result = invoke("participants", "import", str(path), "--mission", lyon, "--errors", str(rejected))
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert "Invalid: bad.xlsx, sheet Iscrizioni, row 3, column E-mail: invalid e-mail address: no '@'" in lines
    assert lines[-2] == ("Error: bad.xlsx, sheet Iscrizioni, row 3, column E-mail: invalid e-mail address: "
                         "no '@'; nothing imported")
    assert count(db_path, "participation") == 0
    from openpyxl import load_workbook

    sheet = load_workbook(rejected).active
    values = list(sheet.values)
    assert values[0][:3] == ("Row", "Cognome", "Nome")
    assert values[1][0] == 3
    assert values[1][-1] == "E-mail: invalid e-mail address: no '@'"
    skipped = invoke("participants", "import", str(path), "--mission", lyon, "--skip-invalid")
    assert skipped.exit_code == 0
    assert "Skipped: bad.xlsx, sheet Iscrizioni, row 3, column E-mail: invalid e-mail address: no '@'" in skipped.stderr
    assert count(db_path, "participation") == 1


@pytest.mark.parametrize(("content", "name", "line"), [
    (None, "locked.xlsx", "Error: locked.xlsx is password-protected (encrypted); c2c cannot read it"),
    (b"Ciao,\r\necco la lista\r\n", "lista.xlsx",
     "Error: lista.xlsx is not a spreadsheet: its content is not an Excel or OpenDocument workbook"),
    (b"", "vuoto.csv", "Error: vuoto.csv is empty (0 bytes)"),
    (b"PK\x03\x04garbage", "rotto.xlsx", None),
    (b"{}", "list.json", "Error: list.json: unknown format '.json'"),
])
def test_unreadable_files_fail_with_one_line(invoke: Invoke, lyon: str, tmp_path: Path, db_path: Path,
                                            content: bytes | None, name: str, line: str | None) -> None:
    path = tmp_path / name
    if content is None:
        write_encrypted(path)
    else:
        path.write_bytes(content)
    result = invoke("participants", "import", str(path), "--mission", lyon)
    assert result.exit_code == 1
    first = result.stderr.splitlines()[0]
    if line is None:
        assert first.startswith("Error: rotto.xlsx is damaged and cannot be read")
    else:
        assert first == line
    assert count(db_path, "participation") == 0


def test_missing_file_and_mission(invoke: Invoke, lyon: str, tmp_path: Path) -> None:
    missing = invoke("participants", "import", str(tmp_path / "nope.xlsx"), "--mission", lyon)
    assert missing.exit_code == 3
    assert missing.stderr == f"Error: no file {str(tmp_path / 'nope.xlsx')!r}\n"
    no_mission = invoke("participants", "list", "--mission", "atlantis-2030")
    assert no_mission.exit_code == 3


def test_map_option_and_bad_map(invoke: Invoke, lyon: str, tmp_path: Path) -> None:
    rows = [["Partecipante", "Ragione sociale"], ["Mario Rossi", "Avioparts Srl"]]
    path = write_xlsx(tmp_path / "m.xlsx", {"S": rows})
    ok = invoke("participants", "import", str(path), "--mission", lyon, "--map", "Partecipante=full_name")
    assert ok.exit_code == 0, ok.stderr
    assert _listed(invoke)[0]["company"] == "Avioparts Srl"
    bad = invoke("participants", "import", str(path), "--mission", lyon, "--map", "Partecipante")
    assert bad.exit_code == 1
    assert bad.stderr.startswith("Error: column mapping 'Partecipante' must be HEADER=FIELD\n")


def test_reimport_prune_asks_and_yes_removes(invoke: Invoke, lyon: str, tmp_path: Path, db_path: Path) -> None:
    v1 = write_xlsx(tmp_path / "v1.xlsx", {"S": attendee_rows()})
    invoke("participants", "import", str(v1), "--mission", lyon, "--cluster", "LAC")
    v2 = write_xlsx(tmp_path / "v2.xlsx", {"S": attendee_rows(PEOPLE[:2])})
    kept = invoke("participants", "import", str(v2), "--mission", lyon, "--cluster", "LAC")
    assert "No longer in the file, still in the mission (remove them with --prune): be.marchal@aerodauphine.fr" in kept.stderr
    assert count(db_path, "participation") == 3
    refused = invoke("participants", "import", str(v2), "--mission", lyon, "--prune", "--cluster", "LAC")
    assert refused.exit_code == 1
    assert refused.stderr.splitlines()[-1] == ("Error: Remove 1 participant(s) no longer in v2.xlsx from lyon-2018? "
                                                "Refusing without --yes when not on a terminal.")
    assert count(db_path, "participation") == 3
    pruned = invoke("participants", "import", str(v2), "--mission", lyon, "--prune", "--yes", "--cluster", "LAC")
    assert pruned.exit_code == 0
    assert count(db_path, "participation") == 2
    assert count(db_path, "person") == 3


def test_add_edit_remove_by_hand(invoke: Invoke, lyon: str, db_path: Path) -> None:
    added = invoke("participants", "add", "--mission", lyon, "--first", "JEAN", "--last", "D'ARCY", "--email",
                   " J.Darcy@Usinage.fr", "--phone", "04 72 40 18 31", "--company", "Usinage Rhône", "--cluster", "AAR",
                   "--pitch", "--bus-stop", "Lyon Part-Dieu", "--language", "it")
    assert added.exit_code == 0, added.stderr
    assert added.stderr == "Added Jean d'Arcy to lyon-2018\n"
    row = _listed(invoke)[0]
    assert (row["email"], row["phone"], row["cluster"], row["pitch"], row["language"]) == (
        "j.darcy@usinage.fr", "+33 4 72 40 18 31", "AAR", True, "it")
    again = invoke("participants", "add", "--mission", lyon, "--first", "Jean", "--last", "d'Arcy", "--email",
                   "j.darcy@usinage.fr")
    assert again.exit_code == 4
    assert again.stderr == "Error: Jean d'Arcy already takes part in lyon-2018\n"
    edited = invoke("participants", "edit", "jean d'arcy", "--mission", lyon, "--no-pitch", "--status", "confirmed",
                    "--country", "Frankreich", "--language", " FR")
    assert edited.exit_code == 0, edited.stderr
    row = _listed(invoke)[0]
    assert (row["pitch"], row["status"], row["country"], row["language"]) == (False, "confirmed", "FR", "fr")
    cleared = invoke("participants", "edit", "j.darcy@usinage.fr", "--mission", lyon, "--language", "", "--phone", " ",
                     "--bus-stop", "")
    assert cleared.exit_code == 0, cleared.stderr
    row = _listed(invoke)[0]
    assert (row["language"], row["phone"], row["bus_stop"], row["email"]) == (None, None, None, "j.darcy@usinage.fr")
    spanish = invoke("participants", "edit", "j.darcy@usinage.fr", "--mission", lyon, "--language", "pt")
    assert spanish.exit_code == 2
    assert spanish.stderr.splitlines()[-1] == (
        "Error: Invalid value for '--language': language 'pt' is not one of it, en, fr, de, pl, es")
    bad = invoke("participants", "edit", "j.darcy@usinage.fr", "--mission", lyon, "--email", "nobody")
    assert bad.exit_code == 1
    assert bad.stderr == "Error: invalid e-mail address: no '@'\n"
    refused = invoke("participants", "remove", "j.darcy@usinage.fr", "--mission", lyon)
    assert refused.exit_code == 1
    assert "Refusing without --yes" in refused.stderr
    removed = invoke("participants", "remove", "j.darcy@usinage.fr", "--mission", lyon, "--yes")
    assert removed.exit_code == 0
    assert count(db_path, "participation") == 0
    assert count(db_path, "person") == 1
    unknown = invoke("participants", "remove", "Nobody Here", "--mission", lyon, "--yes")
    assert unknown.exit_code == 3
    assert unknown.stderr == ("Error: no participant 'Nobody Here' in lyon-2018\n"
                              "Hint: see them with: c2c participants list --mission lyon-2018\n")


def test_add_without_tty_needs_flags_and_prompts_on_a_tty(invoke: Invoke, lyon: str,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    missing = invoke("participants", "add", "--mission", lyon, "--last", "Rossi")
    assert missing.exit_code == 1
    assert missing.stderr == "Error: --first is required when not on a terminal\n"
    from c2c import prompts

    answers = iter(["Mario", "Avioparts Srl", "mario.rossi@avioparts.it"])
    monkeypatch.setattr(prompts, "is_interactive", lambda: True)
    monkeypatch.setattr(prompts, "text", lambda *a, **k: next(answers))
    result = invoke("participants", "add", "--mission", lyon, "--last", "Rossi")
    assert result.exit_code == 0, result.stderr
    row = _listed(invoke)[0]
    assert (row["first_name"], row["company"], row["email"]) == ("Mario", "Avioparts Srl", "mario.rossi@avioparts.it")


def test_export_escapes_formulas(invoke: Invoke, lyon: str, tmp_path: Path) -> None:
    invoke("participants", "add", "--mission", lyon, "--first", "Eve", "--last", "Hack", "--company", "=HYPERLINK(1)",
           "--role", "@boss", "--phone", "+33 4 72 40 18 31", "--bus-stop", "-stop")
    out_csv, out_xlsx = tmp_path / "list.csv", tmp_path / "list.xlsx"
    assert invoke("participants", "export", "--mission", lyon, "--out", str(out_csv)).exit_code == 0
    text = out_csv.read_text(encoding="utf-8-sig").splitlines()
    assert text[0] == ",".join(KEYS)
    assert text[1] == "Eve,Hack,,'+33 4 72 40 18 31,'=HYPERLINK(1),'@boss,,,,registered,'-stop"
    assert invoke("participants", "export", "--mission", lyon, "--out", str(out_xlsx)).exit_code == 0
    from openpyxl import load_workbook

    sheet = load_workbook(out_xlsx).active
    company, phone = sheet["E2"], sheet["D2"]
    assert (company.value, company.data_type, phone.value, phone.data_type) == ("=HYPERLINK(1)", "s", "+33 4 72 40 18 31", "s")
    bad = invoke("participants", "export", "--mission", lyon, "--out", str(tmp_path / "list.txt"))
    assert bad.exit_code == 1
    assert bad.stderr == "Error: --out list.txt: name a .csv, .json, .xlsx, .html, .md or .pdf file, or give --format\n"
    (tmp_path / "taken").write_text("a file, not a folder", encoding="utf-8")
    for name in ("list.xlsx", "list.csv"):
        under_a_file = tmp_path / "taken" / name
        bad = invoke("participants", "export", "--mission", lyon, "--out", str(under_a_file))
        assert (bad.exit_code, bad.stderr) == (1, f"Error: cannot write {under_a_file}: File exists\n")


def test_encrypted_and_empty_write_nothing_even_with_skip_invalid(invoke: Invoke, lyon: str, tmp_path: Path) -> None:
    path = write_encrypted(tmp_path / "p.xlsx")
    result = invoke("participants", "import", str(path), "--mission", lyon, "--skip-invalid")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: p.xlsx is password-protected")


def test_near_duplicates_and_repeats_are_warned_on_stderr(invoke: Invoke, lyon: str, tmp_path: Path) -> None:
    people = [["Guignard", "Benoît", "Micro-Usinage Jura SA", "", "benoit.guignard@mujura.ch"],
              ["Guignard", "Benoit", "Micro-Usinage Jura SA", "", "b.guignard@mujura.ch"],
              ["Guignard", "Benoît", "Micro-Usinage Jura SA", "", "BENOIT.GUIGNARD@MUJURA.CH "]]
    path = write_xlsx(tmp_path / "near.xlsx", {"Liste": [HEADER[:5], *people]})
    result = invoke("participants", "import", str(path), "--mission", lyon)
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines()[:2] == [
        "Warning: near.xlsx, sheet Liste, row 4 repeats row 2 (same person): what the later row says is kept",
        "Warning: near.xlsx, sheet Liste: rows 4 and 3 look alike (Benoît Guignard / Benoit Guignard) but have different "
        "e-mails: both kept, check them",
    ]
    assert len(_listed(invoke)) == 2


def test_warnings_are_capped_on_big_lists(invoke: Invoke, lyon: str, tmp_path: Path) -> None:
    person = ["Rossi", "Mario", "Avioparts Srl", "", "mario.rossi@avioparts.it"]
    path = write_xlsx(tmp_path / "many.xlsx", {"S": [HEADER[:5], *([person] * 26)]})
    result = invoke("participants", "import", str(path), "--mission", lyon)
    assert result.exit_code == 0, result.stderr
    lines = result.stderr.splitlines()
    assert sum(line.startswith("Warning: many.xlsx, sheet S, row") for line in lines) == 20
    assert "Warning: … and 5 more repeated rows" in lines


def test_full_names_split_by_their_column_and_typed_names_cased_alike(invoke: Invoke, lyon: str,
                                                                       tmp_path: Path) -> None:
    rows = [["Nominativo", "E-mail", "Paese"], ["Dott. ROSSI Mario", "", "IT"], ["Giulia De Luca", "", "IT"],
            ["Perrin Jean-Marc", "", "FR"], ["Zorvan Brindo", "", "FR"]]
    result = invoke("participants", "import", str(write_xlsx(tmp_path / "n.xlsx", {"S": rows})), "--mission", lyon)
    assert result.exit_code == 0, result.stderr
    assert ("n.xlsx, sheet S, row 5: 'Zorvan Brindo' in column Nominativo could be read either way round (the column "
            "holds both orders); read as given name 'Brindo', surname 'Zorvan'") in " ".join(result.stderr.split())
    added = invoke("participants", "add", "--mission", lyon, "--first", "dott. anna maria", "--last", "DELLA VALLE",
                   "--country", "IT")
    assert added.exit_code == 0, added.stderr
    # a given name the store now knows places a name no dictionary knows
    again = [["Nominativo", "Azienda"], ["Quilbette Brindo", "Avioparts"]]
    assert invoke("participants", "import", str(write_xlsx(tmp_path / "m.xlsx", {"S": again})), "--mission",
                  lyon).exit_code == 0
    assert [(p["first_name"], p["last_name"]) for p in _listed(invoke)] == [
        ("Mario", "Rossi"), ("Giulia", "De Luca"), ("Jean-Marc", "Perrin"), ("Brindo", "Zorvan"),
        ("Anna Maria", "Della Valle"), ("Brindo", "Quilbette")]


def test_look_alikes_without_e_mail_are_one_person_or_named_by_number(invoke: Invoke, lyon: str) -> None:
    add = ("participants", "add", "-m", lyon, "--first", "Anna", "--last", "Rossi")
    assert invoke(*add, "--company", "Avioparts Srl").exit_code == 0
    again = invoke(*add, "--company", "AVIOPARTS S.R.L.")  # the same person, as the import would match her
    assert (again.exit_code, again.stderr) == (4, "Error: Anna Rossi already takes part in lyon-2018\n")
    assert invoke(*add, "--company", "Daher").exit_code == 0
    people = _listed(invoke)
    assert [(p["first_name"], p["company"]) for p in people] == [("Anna", "Avioparts Srl"), ("Anna", "Daher")]
    ambiguous = invoke("participants", "remove", "Anna Rossi", "-m", lyon, "--yes")
    assert ambiguous.exit_code == 1  # an ambiguous name, as every command says it (c2c/names.py)
    assert ambiguous.stderr.splitlines()[1] == "Hint: name one by e-mail, or by its number: #ID (c2c participants list shows it)"
    second = f"#{people[1]['id']}"
    assert invoke("participants", "remove", second, "-m", lyon, "--yes").exit_code == 0
    assert [p["company"] for p in _listed(invoke)] == ["Avioparts Srl"]
    with_mail = ("participants", "add", "-m", lyon, "--first", "Luca", "--last", "Bianchi", "--company", "Daher")
    assert invoke(*with_mail, "--email", "luca.bianchi@daher.example").exit_code == 0
    same = invoke(*with_mail)  # without an e-mail: the one at that company with that name, e-mail or not
    assert (same.exit_code, same.stderr) == (4, "Error: Luca Bianchi already takes part in lyon-2018\n")
