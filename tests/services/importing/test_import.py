"""The import service on files the tests write themselves: formats, shapes, normalisation, errors."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from c2c.errors import InvalidInput, NotFound
from c2c.services import missions
from c2c.services.importing import (
    ImportFileError,
    ImportOptions,
    ImportReport,
    InvalidRows,
    import_participants,
)
from c2c.services.importing.headers import match_header, parse_overrides
from c2c.store.engine import Store
from c2c.store.reading import session_reader
from tests.importing_helpers import (
    HEADER,
    PEOPLE,
    attendee_rows,
    fields,
    store_with_mission,
    write_csv,
    write_encrypted,
    write_ods,
    write_xlsx,
)

DATA = Path(__file__).resolve().parents[2] / "data"
GIULIA = {"first_name": "Giulia", "last_name": "De Luca", "email": "giulia.deluca@avioparts.it",
          "phone": "+393475123380", "company": "Avioparts Srl", "role": "Project manager", "country": "IT",
          "pitch": False, "bus_stop": "Milano Cadorna"}
BENOIT = {"first_name": "Benoît-Étienne", "last_name": "Marchal", "email": "be.marchal@aerodauphine.fr",
          "phone": "+33612457890", "company": "Aérocomposites Dauphiné", "role": "Directeur technique",
          "country": "FR", "pitch": True, "bus_stop": None}


@pytest.fixture
def store(db_path: Path) -> Store:
    return store_with_mission(db_path, "FR")


def run(store: Store, path: Path, **options: object) -> ImportReport:
    with store.session() as session:
        mission = missions.get_mission(session, "test-mission")
        return import_participants(session, mission, path, ImportOptions(**options))  # type: ignore[arg-type]


def test_xlsx_with_title_rows_is_read_from_its_header(store: Store, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "list.xlsx", {"Partecipanti": attendee_rows()}, merges=["A1:J1"])
    report = run(store, path)
    assert (report.sheet, report.header_row) == ("Partecipanti", 3)
    assert [fields(p) for p in report.participants][0] == GIULIA
    assert fields(report.participants[2]) == BENOIT
    assert report.extra_columns == ["Esigenze alimentari"]
    assert report.participants[1]["extra"] == {"Esigenze alimentari": "vegetariano"}


def test_company_merged_over_two_rows_belongs_to_both(store: Store, tmp_path: Path) -> None:
    people = [["Rossi", "Mario", "Avioparts Srl", "", "m.rossi@avioparts.it"],
              ["Ferri", "Marco", "", "", "m.ferri@avioparts.it"]]
    path = write_xlsx(tmp_path / "merged.xlsx", {"S": [HEADER[:5], *people]}, merges=["C2:C3"])
    assert [p["company"] for p in run(store, path).participants] == ["Avioparts Srl", "Avioparts Srl"]


def test_ods_csv_cp1252_utf8_sig_and_tsv_read_alike(store: Store, tmp_path: Path) -> None:
    rows = attendee_rows()
    files = [
        write_ods(tmp_path / "list.ods", {"Copertina": [["Lione 2018"]], "Iscritti": rows}),
        write_csv(tmp_path / "cp1252.csv", rows, encoding="cp1252", delimiter=";"),
        write_csv(tmp_path / "bom.csv", rows, encoding="utf-8-sig", delimiter=","),
        write_csv(tmp_path / "list.tsv", rows, delimiter="\t"),
    ]
    for path in files:
        report = run(store, path, dry_run=True)
        assert [fields(p) for p in report.participants][0] == GIULIA, path.name
        assert fields(report.participants[2]) == BENOIT, path.name
    assert run(store, files[0], dry_run=True).sheet == "Iscritti"


def test_committed_cp1252_csv_with_title_row(store: Store) -> None:
    report = run(store, DATA / "import_quebec_cp1252.csv", dry_run=True)
    assert report.header_row == 2
    assert [(p["first_name"], p["last_name"]) for p in report.participants] == [
        ("Marie-Ève", "Tremblay"), ("Jean-François", "d'Arcy"), ("Seán", "O'Neill")]
    assert report.participants[0]["phone"] == "+15145550176"
    assert report.participants[0]["role"] == "Directrice – affaires internationales"


@pytest.mark.parametrize(("header", "values", "expected"), [
    ("Nome e cognome", ["ROSSI Mario", "Mario Rossi", "Rossi, Mario", "Anna Maria Della Valle", "LE GOFF Yann"],
     [("Mario", "Rossi"), ("Mario", "Rossi"), ("Mario", "Rossi"), ("Anna Maria", "Della Valle"), ("Yann", "Le Goff")]),
    ("Cognome e nome", ["Rossi Mario", "De Luca Giulia"], [("Mario", "Rossi"), ("Giulia", "De Luca")]),
    ("Full name", ["Hans-Peter van der Berg", "Reto von Matt", "MARIO ROSSI"],
     [("Hans-Peter", "van der Berg"), ("Reto", "von Matt"), ("Mario", "Rossi")]),
])
def test_full_name_column_shapes(store: Store, tmp_path: Path, header: str, values: list[str],
                                 expected: list[tuple[str, str]]) -> None:
    rows = [[header, "Azienda"], *([v, f"Company {i}"] for i, v in enumerate(values))]
    report = run(store, write_xlsx(tmp_path / "names.xlsx", {"S": rows}), dry_run=True)
    assert [(p["first_name"], p["last_name"]) for p in report.participants] == expected


def test_mojibake_is_repaired(store: Store, tmp_path: Path) -> None:
    rows = [["Name", "Organisation"], ["Å»muda, MaÅ‚gorzata", "Aerotechnika WrocÅ‚aw"], ["MARCHAL BenoÃ®t", "X"]]
    report = run(store, write_csv(tmp_path / "moji.tsv", rows, delimiter="\t"), dry_run=True)
    assert [(p["first_name"], p["last_name"], p["company"]) for p in report.participants] == [
        ("Małgorzata", "Żmuda", "Aerotechnika Wrocław"), ("Benoît", "Marchal", "X")]


def test_duplicates_near_duplicates_blank_rows_and_footer(store: Store, tmp_path: Path) -> None:
    people = [
        ["Guignard", "Benoît", "Micro-Usinage Jura SA", "", "benoit.guignard@mujura.ch"],
        ["", "", "", "", "   "],
        ["Guignard", "Benoit", "Micro-Usinage Jura SA", "", "b.guignard@mujura.ch"],
        ["GUIGNARD", "Benoît", "Micro-Usinage Jura SA", "", " BENOIT.GUIGNARD@MUJURA.CH"],
        ["Ferri", "Marco", "Avioparts Srl", "", ""],
        ["Ferri", "Marco", "AVIOPARTS  SRL", "", ""],
        [],
        ["Totale: 4"],
    ]
    report = run(store, write_xlsx(tmp_path / "dups.xlsx", {"S": [HEADER[:5], *people]}))
    # a person entered twice keeps the place of the first row and what the later one says
    assert [p["row"] for p in report.participants] == [5, 4, 7]
    assert report.duplicates == [(5, 2), (7, 6)]
    assert report.near_duplicates == [(5, 4)]
    assert report.invalid == []


def test_invalid_rows_name_sheet_row_column_reason_and_block_the_import(store: Store, tmp_path: Path) -> None:
    people = [["Rossi", "Mario", "A", "", "mario(at)a.it", "", "", ""],
              ["", "", "A", "", "x@a.it", "", "", ""],
              ["Bianchi", "Chiara", "A", "", "c@a", "", "", ""],
              ["Verdi", "Anna", "A", "", "anna@a.it", "12", "Atlantide", "forse"],
              ["Neri", "Ugo", "A", "", "ugo@a.it", "", "", ""]]
    path = write_xlsx(tmp_path / "bad.xlsx", {"Iscrizioni": [HEADER[:8], *people]})
    with pytest.raises(InvalidRows) as failure:
        run(store, path)
    assert failure.value.message == "3 invalid rows in bad.xlsx, sheet Iscrizioni; nothing imported"
    assert [(e.row, e.column, e.reason) for e in failure.value.report.invalid] == [
        (2, "E-mail", "invalid e-mail address: no '@'"),
        (3, "Nome", "missing name (first and last name empty)"),
        (4, "E-mail", "invalid e-mail address: domain has no dot"),
    ]
    skipping = run(store, path, skip_invalid=True)
    assert [p["last_name"] for p in skipping.participants] == ["Verdi", "Neri"]
    # an optional field c2c cannot read is left empty, with a note naming its row and column
    assert [(p["phone"], p["country"], p["pitch"]) for p in skipping.participants[:1]] == [(None, None, None)]
    assert [(note.row, note.message) for note in skipping.notes if note.row == 5] == [
        (5, "column Paese: unknown country 'Atlantide': use its ISO code (e.g. FR) or its name; left empty"),
        (5, "column Pitch: 'forse' is neither yes nor no yet; left empty"),
        (5, "column Cellulare: not a phone number: '12' has the wrong number of digits; left empty"),
    ]


@pytest.mark.parametrize(("make", "kind", "message"), [
    (lambda p: write_encrypted(p / "locked.xlsx"), "encrypted",
     "locked.xlsx is password-protected (encrypted); c2c cannot read it"),
    (lambda p: _write(p / "mail.xlsx", b"Ciao Giulia,\r\nin allegato l'elenco.\r\n"), "not_a_spreadsheet",
     "mail.xlsx is not a spreadsheet: its content is not an Excel or OpenDocument workbook"),
    (lambda p: _write(p / "zero.xlsx", b""), "empty_workbook", "zero.xlsx is empty (0 bytes)"),
    (lambda p: write_xlsx(p / "blank.xlsx", {"Foglio1": []}), "empty_workbook",
     "blank.xlsx is empty: no sheet holds any data"),
    (lambda p: _write(p / "cut.xlsx", (DATA / "import_small.xlsx").read_bytes()[:900]), "corrupt", None),
    (lambda p: _write(p / "list.pdf", b"%PDF-1.4 not a list"), "unknown_format", "list.pdf: unknown format '.pdf'"),
    (lambda p: write_xlsx(p / "notes.xlsx", {"Note": [["Appunti"], ["chiamare Giulia"]]}), "no_header",
     "notes.xlsx, sheet Note: no header row found in the top 20 rows"),
])
def test_unreadable_files_are_one_clear_error(store: Store, tmp_path: Path, make: object, kind: str,
                                              message: str | None) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    with pytest.raises(ImportFileError) as failure:
        run(store, path)
    assert failure.value.kind == kind
    if message is not None:
        assert failure.value.message == message
    else:
        assert failure.value.message.startswith("cut.xlsx is damaged and cannot be read")


def test_too_large_file_is_refused_before_reading(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as handle:
        handle.truncate(51 * 1024 * 1024)  # sparse: no real 51 MB on disk
    with pytest.raises(ImportFileError) as failure:
        run(store, path)
    assert failure.value.message == "huge.csv is 51.0 MB; c2c imports files up to 50 MB"
    assert os.path.getsize(path) > 50 * 1024 * 1024


def test_sheet_option_and_missing_sheet(store: Store, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "two.xlsx", {"Bus": attendee_rows(PEOPLE[:1]), "Tutti": attendee_rows()})
    assert len(run(store, path, dry_run=True).participants) == 3  # every sheet, the person of both once
    assert len(run(store, path, dry_run=True, sheet="bus").participants) == 1
    with pytest.raises(NotFound) as failure:
        run(store, path, sheet="Hotel")
    assert (failure.value.message, failure.value.hint) == ("two.xlsx has no sheet 'Hotel'", "its sheets: 'Bus', 'Tutti'")


def test_map_overrides_and_bad_map(store: Store, tmp_path: Path) -> None:
    rows = [["Partecipante", "Ragione sociale", "Posta"], ["Mario Rossi", "Avioparts Srl", "m@avioparts.it"]]
    path = write_xlsx(tmp_path / "map.xlsx", {"S": rows})
    report = run(store, path, mapping=["Partecipante=full_name", "Posta=email"], dry_run=True)
    assert fields(report.participants[0])["email"] == "m@avioparts.it"
    assert report.participants[0]["company"] == "Avioparts Srl"
    with pytest.raises(InvalidInput) as failure:
        parse_overrides(["Posta=mailbox"])
    assert failure.value.message == "column mapping 'Posta=mailbox': unknown field 'mailbox'"


@pytest.mark.parametrize(("header", "field"), [
    ("Prénom", "first_name"), ("Vorname", "first_name"), ("First name", "first_name"), ("NOME", "first_name"),
    ("Nachname", "last_name"), ("Nom", "last_name"), ("Ragione sociale", "company"), ("Société", "company"),
    ("Unternehmen", "company"), ("Courriel", "email"), ("E-Mail", "email"), ("Handy", "phone"),
    ("Téléphone", "phone"), ("Fonction", "role"), ("Job title", "role"), ("Pays", "country"), ("Land", "country"),
    ("Pitch (Y/N)", "pitch"), ("Presentazione", "pitch"), ("Fermata bus", "bus_stop"), ("Pick-up", "bus_stop"),
    ("Attività principale", "core_business"), ("Kerngeschäft", "core_business"), ("Cluster", "cluster"),
    ("Esigenze alimentari", None), ("Note", None),
])
def test_header_synonyms_in_four_languages(header: str, field: str | None) -> None:
    assert match_header(header) == field


def test_reimport_updates_adds_lists_removed_and_prunes(store: Store, tmp_path: Path) -> None:
    run(store, write_xlsx(tmp_path / "v1.xlsx", {"S": attendee_rows()}))
    changed = [list(PEOPLE[0]), list(PEOPLE[2]), ["Verdi", "Anna", "Nuova Srl", "", "", "", "", "", "", ""]]
    changed[0][5] = "+39 347 000 1111"
    changed[1][0] = "Marchal"  # case only: not a change
    v2 = write_xlsx(tmp_path / "v2.xlsx", {"S": attendee_rows(changed)})
    report = run(store, v2, dry_run=True)
    assert report.added == ["Anna Verdi | Nuova Srl"]
    assert [(u.key, u.changes) for u in report.updated] == [
        ("giulia.deluca@avioparts.it", {"phone": ["+393475123380", "+393470001111"]})]
    assert report.unchanged == ["be.marchal@aerodauphine.fr"]
    assert report.removed == ["mario.rossi@avioparts.it"]
    assert run(store, v2, prune=True).pruned == 1
    again = run(store, v2)
    assert (again.added, again.updated, again.removed, len(again.unchanged)) == ([], [], [], 3)


def test_company_profile_and_cluster_columns(store: Store, tmp_path: Path) -> None:
    from c2c.services.companies import company_rows

    rows = [["Nome", "Cognome", "Azienda", "Cluster", "Attività principale", "Areas of interest", "Partner cercati",
             "Progetti in corso"],
            ["Mario", "Rossi", "Avioparts Srl", "lac", "Lavorazioni meccaniche", "Space", "Integratori", "EU H2020"],
            ["Marco", "Ferri", "Avioparts Srl", "", "", "", "", ""]]
    run(store, write_xlsx(tmp_path / "profile.xlsx", {"S": rows}))
    with store.session() as session:
        found = company_rows(session_reader(session), missions.get_mission(session, "test-mission").id or 0)
    # the cluster LAC is Italian, so is its company
    assert found == [{"name": "Avioparts Srl", "cluster": "LAC", "country": "IT", "people": 2, "cancelled": 0,
                      "core_business": "Lavorazioni meccaniche", "areas_of_interest": "Space",
                      "partners_sought": "Integratori", "current_projects": "EU H2020", "website": None}]


def test_unknown_cluster_is_an_invalid_row(store: Store, tmp_path: Path) -> None:
    rows = [["Nome", "Cognome", "Cluster"], ["Mario", "Rossi", "Atlantis Cluster"]]
    with pytest.raises(InvalidRows) as failure:
        run(store, write_xlsx(tmp_path / "c.xlsx", {"S": rows}))
    assert failure.value.message == ("c.xlsx, sheet S, row 2, column Cluster: unknown cluster 'Atlantis Cluster' "
                                     "(add it with: c2c cluster add); nothing imported")


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_interrupted_import_leaves_the_store_as_before(store: Store, tmp_path: Path, db_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    from c2c.services.importing import apply

    def interrupted(*_: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(apply, "_write_participations", interrupted)
    with pytest.raises(KeyboardInterrupt):
        run(store, write_xlsx(tmp_path / "list.xlsx", {"S": attendee_rows()}))
    with sqlite3.connect(db_path) as connection:
        counts = [connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("company", "person")]
    assert counts == [0, 0]


def test_progress_is_reported_to_the_caller(store: Store, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    rows = [HEADER[:5], *([f"Rossi{i}", "Mario", "Avioparts Srl", "", f"m{i}@avioparts.it"] for i in range(2500))]
    run(store, write_xlsx(tmp_path / "big.xlsx", {"S": rows}), dry_run=True, progress=lambda d, t: seen.append((d, t)))
    assert seen == [(1000, 2501), (2000, 2501), (2501, 2501)]


def test_quick_phone_path_agrees_with_phonenumbers() -> None:
    import random

    import phonenumbers

    from c2c.phones import _quick_e164

    rng = random.Random(2018)
    compared = 0
    for region in ("FR", "DE", "CH", "AT", "BE", "NL", "PL", "ES", "IT"):
        for _ in range(300):
            digits = ("0" if rng.random() < 0.6 else "") + str(rng.randint(10 ** 5, 10 ** 11))
            if rng.random() < 0.3:
                digits = "+" + str(rng.choice([33, 49, 41, 39, 1, 44, 48, 352])) + digits.lstrip("0")
            quick = _quick_e164(digits, region)
            if quick is None:
                continue
            number = phonenumbers.parse(digits, region)
            assert phonenumbers.is_possible_number(number), digits
            assert quick == phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), (region, digits)
            compared += 1
    assert compared > 1000


def test_committed_excel_97_xls(db_path: Path) -> None:
    swiss = store_with_mission(db_path, "CH")
    report = run(swiss, DATA / "import_legacy.xls", dry_run=True)
    assert (report.sheet, report.header_row) == ("Teilnehmer", 4)
    got = [(p["first_name"], p["last_name"], p["email"], p["phone"], p["pitch"]) for p in report.participants]
    assert got == [
        ("Reto", "von Matt", "reto.vonmatt@pilatus-teile.example", "+41795551234", True),
        ("Benoît", "Guignard", "b.guignard@jura-precision.example", "+41325556677", False),
        ("Ursula", "Schäfer", None, "+41795551100", True),
    ]
