"""Columns no header synonym names, guessed from their content.

Seeded composition: each case puts, under headers no synonym knows ('Kontakt', 'Recapito', '@',
a blank one…), columns of e-mails, phones in many national shapes, countries, and look-alikes
that must stay extra (postcodes, VAT numbers, dates, seat numbers, free notes), some cells left
empty; each guessed field must be the column's true one, and no look-alike may be taken.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from c2c.services.importing.guess import choose_by_content, guess_fields
from c2c.services.importing.headers import map_columns
from c2c.store.engine import Store
from tests.conftest import Invoke
from tests.importing_helpers import plan_report, write_csv, write_xlsx

HEADERS = ["Kontakt", "Recapito", "@", "", "Mail pro", "Contact", "Info", "Dati", "Spalte 7", "?"]
KINDS = {
    "email": ["giulia.deluca@avioparts.it", "M.Rossi@CV.it", "reto@stanser.ch", "j.mueller@ptn.de",
              "l.wroblewski@kl.pl", "ana@empresa.es"],
    "phone": ["+39 347 512 3380", "0039 335 123 4567", "06 12 45 78 90", "+41 (0)79 318 62 04", "3351234567",
              "0711 2486310", "+48 71 335 42 17", "02/89012351", "+1 (514) 555-0176", "347/5123380"],
    "country": ["Italia", "Francia", "Schweiz", "DE", "Poland", "FRA", "Deutschland", "Suisse", "Česko", "España"],
    # look-alikes: none of them is a phone, a country or an e-mail column
    "postcode": ["20121", "69002", "6370", "70569", "21040", "00185"],
    "vat": ["01234567890", "09876543210", "12345678901", "02345678912", "03456789123"],
    "date": ["05.12.2019", "2019-12-05", "20/11/2018", "14/11/2017", "2018-02-15"],
    "seat": ["12", "14", "3", "27", "45", "8"],
    "note": ["vegetariano", "arrivo la sera prima", "cheffe de délégation", "ohne Hotel", "Organisation"],
    "room": ["112", "114", "115", "118", "201"],
}
FIELD = {"email": "email", "phone": "phone", "country": "country"}


def compose(seed: int) -> tuple[list[tuple[int, str]], list[list[str]], dict[int, str]]:
    """Unnamed columns (index, header), their rows, and the field each must be guessed as."""
    rng = random.Random(seed)
    kinds = rng.sample(sorted(KINDS), rng.randint(2, 5))
    height = rng.randint(3, 12)
    headers = rng.sample(HEADERS, len(kinds))
    columns = list(enumerate(headers))
    rows = [["" if rng.random() < 0.15 else rng.choice(KINDS[kind]) for kind in kinds] for _ in range(height)]
    for i, kind in enumerate(kinds):  # at least two filled cells per column
        rows[0][i], rows[1][i] = KINDS[kind][0], KINDS[kind][1]
    expected = {i: FIELD[kind] for i, kind in enumerate(kinds) if kind in FIELD}
    return columns, rows, expected


@pytest.mark.parametrize("seed", range(30))
def test_composed_columns_are_guessed_by_their_content_and_look_alikes_left(seed: int) -> None:
    columns, rows, expected = compose(seed)
    guesses, _ = guess_fields(columns, rows, set(), ("FR", "IT"))
    assert {g.column: g.name for g in guesses} == expected, f"seed {seed}: {columns} {rows}"


def test_a_field_a_header_names_is_not_guessed_again() -> None:
    rows = [["a@b.it", "c@d.it"], ["e@f.it", "g@h.it"]]
    assert guess_fields([(1, "Mail pro")], rows, {"email"}, ("IT",)) == ([], [])


def test_yes_no_answers_are_the_pitch_only_under_a_header_that_says_nothing() -> None:
    answers = [["sì", "no"], ["no", "x"], ["Oui", ""], ["ja", "nein"]]
    guesses, unanswered = guess_fields([(0, "?"), (1, "Cena")], answers, set(), ("IT",))
    assert (guesses, unanswered) == ([], [0, 1])
    guesses, unanswered = guess_fields([(0, "")], answers, set(), ("IT",))
    assert ([(g.column, g.name) for g in guesses], unanswered) == ([(0, "pitch")], [])


def test_a_header_naming_one_field_is_found_when_its_columns_show_the_others(planning_store: Store, tmp_path: Path) -> None:
    rows = [["Elenco iscritti"], [], ["Partecipante", "Recapito", "@", "Kontakt", "Cena"],
            ["Mario Rossi", "335 123 4567", "mario.rossi@cv.it", "Italia", "sì"],
            ["Giulia De Luca", "+39 347 512 3380", "giulia@avioparts.it", "Italia", "no"],
            ["Reto von Matt", "+41 41 610 27 45", "", "Schweiz", "sì"]]
    report = plan_report(planning_store, write_xlsx(tmp_path / "guess.xlsx", {"S": rows}))
    assert report.header_row == 3
    assert report.columns == {"Partecipante": "full_name", "Recapito": "phone", "@": "email", "Kontakt": "country"}
    assert report.guessed_columns == ["Recapito", "@", "Kontakt"]
    assert report.extra_columns == ["Cena"]
    assert [n.message for n in report.notes] == [
        "column 'Cena' holds yes/no answers but its header does not say to what: kept as extra "
        '(if it says who pitches: --map "Cena=pitch")']
    assert [(p["phone"], p["country"]) for p in report.participants] == [
        ("+393351234567", "IT"), ("+393475123380", "IT"), ("+41416102745", "CH")]


def test_a_blank_header_column_of_emails_is_named_by_its_letter(planning_store: Store, tmp_path: Path) -> None:
    rows = [["Nome", "Cognome", ""], ["Mario", "Rossi", "m@cv.it"], ["Anna", "Verdi", "a@cv.it"]]
    report = plan_report(planning_store, write_csv(tmp_path / "blank.csv", rows))
    assert report.columns == {"Nome": "first_name", "Cognome": "last_name", "C": "email"}
    assert [p["email"] for p in report.participants] == ["m@cv.it", "a@cv.it"]


def test_the_import_report_marks_guessed_columns(invoke: Invoke, lyon: str, tmp_path: Path) -> None:
    rows = [["Nome", "Cognome", "Recapito"], ["Mario", "Rossi", "335 123 4567"], ["Anna", "Verdi", "347 512 3380"]]
    path = write_csv(tmp_path / "recapito.csv", rows)
    table = invoke("participants", "import", str(path), "--mission", lyon, "--dry-run")
    assert "Recapito → phone (from its content)" in table.stdout
    as_json = invoke("participants", "import", str(path), "--mission", lyon, "--dry-run", "--format", "json")
    report = json.loads(as_json.stdout)
    assert (report["columns"]["Recapito"], report["guessed_columns"]) == ("phone", ["Recapito"])


@pytest.mark.parametrize(("values", "role"), [
    (["Directrice des ventes", "VP Ingénierie", "Chargé de projets", "Contrôleuse"], True),
    (["M.", "Mme", "M.", "Mme", "Dr"], False),
    (["Dott.", "Ing.", "Dott.ssa", "Dott."], False),
])
def test_a_title_column_is_the_role_when_it_holds_job_titles(values: list[str], role: bool) -> None:
    rows = [[value] for value in values]
    guesses, _ = guess_fields([(0, "Titre")], rows, set(), ["FR"])
    assert [g.name for g in guesses] == (["role"] if role else [])


def test_a_column_whose_cells_do_not_fit_its_header_yields_to_one_whose_cells_do() -> None:
    columns = map_columns(["First Name", "Last Name", "Attendee #", "Phone", "Mobile number", "Email", "E-mail 2"], {})
    rows = [["Anna", "Berg", "1045-1", "Work", "+46 70 123 45 67", "coordinator@x.se", "anna@berg.se"],
            ["Jon", "Lund", "1045-2", "Mobile", "+46 70 765 43 21", "coordinator@x.se", "jon@lund.se"],
            ["Eva", "Ek", "1046-1", "Home", "+46 73 111 22 33", "coordinator@x.se", "eva@ek.se"]]
    choose_by_content(columns, rows)
    assert "full_name" not in columns.fields  # numbers name nobody
    assert columns.fields["phone"] == 4  # 'Work', 'Mobile' are no numbers
    assert columns.fields["email"] == 6  # one account on every row is nobody's own address
    assert columns.second_phone is None
