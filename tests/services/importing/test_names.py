"""Names: titles, case by language, particles, and full-name columns split in the order the whole
column shows.

Seeded composition: each column draws people from independent parts (country, given name known
or not, surname with or without particles), renders each as a spreadsheet may hold it (order,
case, title, e-mail), and runs the rows through the importer's own row parser and column pass.
A failure prints its seed; keep it as a regression case below.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from c2c.config import package_data
from c2c.services.importing.full_names import (
    GIVEN_NAMES_FILE,
    known_given_names,
    read_full_name,
    split_full_names,
)
from c2c.services.importing.headers import map_columns
from c2c.services.importing.names import drop_titles, proper_case
from c2c.services.importing.rows import RowContext, parse_row
from c2c.store.engine import Store
from tests.importing_helpers import plan_report, write_xlsx

# surnames as each country writes them; the given names are in the first-name dictionary
PEOPLE = {
    "IT": (["Mario", "Anna Maria", "Giulia"], ["Rossi", "De Luca", "Della Valle", "D'Angelo", "Lo Presti"]),
    "FR": (["Jean-Marc", "Marie-Ève", "Pierre"], ["Perrin", "de la Tour", "d'Arcy", "Le Goff", "Moreau"]),
    "DE": (["Hans-Peter", "Jörg"], ["Müller", "von Matt", "Schmidt"]),
    "CH": (["Reto", "Urs"], ["von Matt", "Keller", "de Weck"]),
    "NL": (["Pieter", "Anneke"], ["van der Berg", "de Vries", "Bakker"]),
    "BR": (["João", "Ana"], ["dos Santos", "da Silva"]),
    "PL": (["Małgorzata", "Łukasz"], ["Wiśniewska", "Kowalski"]),
    "CZ": (["Jiří", "Petra"], ["Dvořák", "Nováková"]),
    "CA": (["Marie-Ève", "Jean-François"], ["Tremblay", "d'Arcy", "Côté"]),
}
# given names no dictionary knows: only the column, an e-mail or the writing can place them
UNKNOWN_GIVEN = ["Zorvan", "Quilbette", "Brindo"]
TITLES = ["", "", "", "Dr. ", "Ing. ", "Dott. ", "Prof. Dr. ", "Mgr. ", "Dipl.-Ing. ", "mgr inż. ", "dr hab. inż. "]
SUFFIXES = ["", "", "", ", Ph.D."]
CASES = ["as written", "as written", "surname in capitals", "capitals", "lower case"]
EMAILS = ["none", "given.surname", "initials+surname", "surname.initial", "generic"]
HEADERS = {True: "Name", False: "Nom Prénom"}


@dataclass(frozen=True)
class Person:
    country: str
    given: str
    surname: str

    def render(self, given_first: bool, case: str, title: str, suffix: str) -> str:
        surname = self.surname.upper() if case == "surname in capitals" else self.surname
        text = f"{self.given} {surname}" if given_first else f"{surname} {self.given}"
        text = text.upper() if case == "capitals" else text.lower() if case == "lower case" else text
        return f"{title}{text}{suffix}"

    def email(self, style: str) -> str:
        given = _ascii(self.given.split()[0]).replace("-", "")
        initials = "".join(part[0] for part in self.given.replace("-", " ").split()).lower()
        surname = _ascii(self.surname).replace(" ", "").replace("'", "")
        local = {"given.surname": f"{given}.{surname}", "initials+surname": f"{initials}{surname}",
                 "surname.initial": f"{surname}.{initials[0]}", "generic": "info"}[style]
        return f"{local}@example.com"


def _ascii(text: str) -> str:
    from c2c.text import fold

    return fold(text).replace(" ", "")


def _person(rng: random.Random, unknown_share: float) -> Person:
    country = rng.choice(sorted(PEOPLE))
    givens, surnames = PEOPLE[country]
    given = rng.choice(UNKNOWN_GIVEN) if rng.random() < unknown_share else rng.choice(givens)
    return Person(country, given, rng.choice(surnames))


def _import_column(header: str, texts: list[str], emails: list[str], countries: list[str], mission: str = "IT",
                   store_given: tuple[str, ...] = ()) -> tuple[list[dict[str, Any]], list[tuple[int | None, str]]]:
    """The rows through the importer's own row parser and column pass (no file, no store)."""
    columns = map_columns([header, "E-mail", "Paese"], {})
    ctx = RowContext(columns=columns, region=mission, find_cluster=lambda _: None)
    people = []
    for number, row in enumerate(zip(texts, emails, countries, strict=True), start=2):
        person, errors = parse_row(number, list(row), ctx)
        assert person is not None, errors
        people.append(person)
    notes: list[tuple[int | None, str]] = []
    named = {columns.headers[i]: name for name, i in columns.fields.items()}
    split_full_names(people, named, lambda message, row: notes.append((row, message)), mission,
                     lambda: store_given)
    return people, notes


def _compose(seed: int, mixed: bool, unknown_share: float) -> tuple[list[Person], list[str], list[str], str]:
    rng = random.Random(seed)
    column_given_first = rng.random() < 0.5
    people = [_person(rng, unknown_share) for _ in range(rng.randint(6, 14))]
    texts, emails = [], []
    for i, person in enumerate(people):
        # a column of both orders shows both in its own rows ('Jean-Marc PERRIN', 'PERRIN Jean-Marc')
        case = "surname in capitals" if mixed and i < 2 else rng.choice(CASES)
        given_first = (i == 0 if i < 2 else rng.random() < 0.5) if mixed else column_given_first
        texts.append(person.render(given_first, case, rng.choice(TITLES), rng.choice(SUFFIXES)))
        style = rng.choice(EMAILS)
        emails.append("" if style == "none" else person.email(style))
    return people, texts, emails, HEADERS[rng.random() < 0.7 or column_given_first]


def _expected(person: Person) -> tuple[str, str]:
    return person.given, person.surname


@pytest.mark.parametrize("seed", range(40))
def test_a_uniform_column_splits_every_row_right(seed: int) -> None:
    people, texts, emails, header = _compose(seed, mixed=False, unknown_share=0.2)
    rows, notes = _import_column(header, texts, emails, [p.country for p in people])
    assert [n for n in notes if n[0] is not None] == [], f"seed {seed}"
    if not notes:  # a column nothing places is noted once, and may be read the wrong way round
        assert [(r["first_name"], r["last_name"]) for r in rows] == [_expected(p) for p in people], f"seed {seed}"


@pytest.mark.parametrize("seed", range(40))
def test_a_column_of_both_orders_is_right_or_noted_row_by_row(seed: int) -> None:
    people, texts, emails, header = _compose(seed, mixed=True, unknown_share=0.5)
    rows, notes = _import_column(header, texts, emails, [p.country for p in people])
    noted = {row for row, _ in notes}
    wrong = [(r["row"], texts[i], (r["first_name"], r["last_name"])) for i, (r, p) in enumerate(zip(rows, people,
             strict=True)) if (r["first_name"], r["last_name"]) != _expected(p) and r["row"] not in noted
             and None not in noted]
    assert wrong == [], f"seed {seed}"


def test_the_order_is_decided_by_the_whole_column() -> None:
    texts = ["Jean-Marc Perrin", "PERRIN Jean-Marc", "Perrin Jean-Marc", "Zorvan Moreau", "Giulia Rossi"]
    rows, notes = _import_column("Nom Prénom", texts, [""] * 5, ["FR"] * 5)
    assert [(r["first_name"], r["last_name"]) for r in rows] == [
        ("Jean-Marc", "Perrin"), ("Jean-Marc", "Perrin"), ("Jean-Marc", "Perrin"), ("Zorvan", "Moreau"),
        ("Giulia", "Rossi")]
    # both orders are in the column, so the row that does not tell its own is noted
    assert notes == [(5, "'Zorvan Moreau' in column Nom Prénom could be read either way round (the column holds "
                         "both orders); read as given name 'Zorvan', surname 'Moreau'")]


def test_a_column_with_no_signal_is_noted_once() -> None:
    texts = ["Zorvan Quilbette", "Brindo Zorvan"]
    rows, notes = _import_column("Name", texts, ["", ""], ["", ""])
    assert [(r["first_name"], r["last_name"]) for r in rows] == [("Zorvan", "Quilbette"), ("Brindo", "Zorvan")]
    assert notes == [(None, "column Name: nothing shows whether given names or surnames come first; read as "
                            "given name first (map it to full_name_last_first if not)")]


def test_titles_capitals_and_transliterated_emails_in_one_column() -> None:
    texts = ["Dipl.-Ing. VON MATT Reto", "hans-peter müller", "Zorvan Brindo", "Keller Urs"]
    rows, notes = _import_column("Teilnehmer", texts, ["", "hp.mueller@x.de", "", ""], ["CH", "DE", "DE", "CH"],
                                 mission="DE")
    assert [(r["first_name"], r["last_name"]) for r in rows] == [
        ("Reto", "von Matt"), ("Hans-Peter", "Müller"), ("Brindo", "Zorvan"), ("Urs", "Keller")]
    assert notes == [(4, "'Zorvan Brindo' in column Teilnehmer could be read either way round (the column holds "
                         "both orders); read as given name 'Brindo', surname 'Zorvan'")]


def test_given_names_in_the_store_place_names_no_dictionary_knows() -> None:
    rows, notes = _import_column("Name", ["Quilbette Zorvan", "Moreau Brindo"], ["", ""], ["FR", "FR"],
                                 store_given=("Zorvan", "Brindo"))
    assert [(r["first_name"], r["last_name"]) for r in rows] == [("Zorvan", "Quilbette"), ("Brindo", "Moreau")]
    assert notes == []


@pytest.mark.parametrize(("email", "expected"), [
    ("zorvan.quilbette@x.it", ("Zorvan", "Quilbette")), ("zquilbette@x.it", ("Zorvan", "Quilbette")),
    ("quilbette.z@x.it", ("Zorvan", "Quilbette")), ("quilbette@x.it", ("Zorvan", "Quilbette")),
    ("qzorvan@x.it", ("Quilbette", "Zorvan")),
])
def test_the_email_of_the_row_tells_the_surname(email: str, expected: tuple[str, str]) -> None:
    rows, _ = _import_column("Nominativo", ["Zorvan Quilbette"], [email], ["IT"])
    assert (rows[0]["first_name"], rows[0]["last_name"]) == expected


@pytest.mark.parametrize(("name", "country", "expected"), [
    ("D'ANGELO", "IT", "D'Angelo"), ("D'ANGELO", "FR", "d'Angelo"), ("d'Arcy", "IT", "d'Arcy"),
    ("mario rossi", "IT", "Mario Rossi"), ("DE LA TOUR", "FR", "de la Tour"), ("DELLA VALLE", "IT", "Della Valle"),
    ("della valle", None, "Della Valle"), ("VAN DER BERG", "NL", "van der Berg"), ("van der BERG", "NL", "van der Berg"),
    ("VON MATT", "CH", "von Matt"), ("DE LUCA", "IT", "De Luca"), ("LE GOFF", "FR", "Le Goff"),
    ("DOS SANTOS", "BR", "dos Santos"), ("DELL'ACQUA", "IT", "Dell'Acqua"), ("O'NEILL", None, "O'Neill"),
    ("MCDONALD", "GB", "McDonald"), ("MAC DONALD", "GB", "Mac Donald"), ("VAN DAMME", "BE", "Van Damme"),
    ("McDonald", None, "McDonald"), ("de Luca", "IT", "de Luca"), ("JEAN-MARC", "FR", "Jean-Marc"),
    ("L'HÔTE", "FR", "L'Hôte"), ("l'hôte", "CA", "L'Hôte"), ("DE L'ISLE", "FR", "de l'Isle"),
])
def test_case_is_chosen_by_the_language_only_when_not_written(name: str, country: str | None, expected: str) -> None:
    assert proper_case(name, country) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Prof. Dr. Anna Weber", "Anna Weber"), ("Ing. Jan Novák, Ph.D.", "Jan Novák"), ("Dott.ssa Giulia Bianchi",
    "Giulia Bianchi"), ("Dipl.-Ing. Hans Müller", "Hans Müller"), ("Mgr. Petra Nováková", "Petra Nováková"),
    ("Prof.Dr. Anna Weber", "Anna Weber"), ("Dr.", "Dr."), ("Wei Ma", "Wei Ma"), ("Rossi, Mario", "Rossi, Mario"),
    ("Mag Rossi", "Mag Rossi"), ("Mag. Eva Gruber", "Eva Gruber"), ("Dr. med. Hans Weber", "Hans Weber"),
    ("Prof. Dr. h.c. Urs Keller", "Urs Keller"), ("Dr. rer. nat. Eva Roth", "Eva Roth"),
    ("mgr inż. Ada Duras", "Ada Duras"), ("dr hab. inż. Tymon Olszowa", "Tymon Olszowa"),
    ("Lic. Juan Pérez", "Juan Pérez"), ("Lic Pérez", "Lic Pérez"),
])
def test_titles_are_dropped_and_nothing_else(text: str, expected: str) -> None:
    assert drop_titles(text) == expected


@pytest.mark.parametrize(("text", "given", "surname"), [
    ("Anna Maria Della Valle", "Anna Maria", "Della Valle"), ("Pablo García López", "Pablo", "García López"),
    ("Reto von Matt", "Reto", "von Matt"), ("João dos Santos", "João", "dos Santos"),
    ("Angus Mac Donald", "Angus", "Mac Donald"), ("Rossi Anna Maria", "Anna Maria", "Rossi"),
    ("de la Tour Pierre", "Pierre", "de la Tour"), ("Anna van der BERG", "Anna", "van der BERG"),
    ("Rossi, Mario", "Mario", "Rossi"),
])
def test_particles_compound_surnames_and_middle_names_survive(text: str, given: str, surname: str) -> None:
    reading = read_full_name(text, known_given_names())
    assert (reading.given_first if reading.evidence >= 0 else reading.surname_first) == (given, surname)


def test_a_first_name_column_beside_a_full_name_column() -> None:
    ctx = RowContext(columns=map_columns(["Vorname", "Name", "E-Mail"], {}), region="DE", find_cluster=lambda _: None)
    cells = [["Hans", "Müller", ""], ["Quilbette", "Quilbette Zorvan", ""], ["Eva", "ROTH Eva", ""], ["J.", "Brindo", ""]]
    people = [p for number, row in enumerate(cells, start=2) if (p := parse_row(number, row, ctx)[0]) is not None]
    split_full_names(people, {"Vorname": "first_name", "Name": "full_name"}, lambda message, row: None, "DE",
                     lambda: ())
    assert [(p["first_name"], p["last_name"]) for p in people] == [
        ("Hans", "Müller"), ("Quilbette", "Zorvan"), ("Eva", "Roth"), ("J.", "Brindo")]


def test_the_shipped_given_names_are_fakers() -> None:
    """The list is Faker's given names, folded (rebuild: python -c "from c2c.services.importing.full_names
    import write_given_names; write_given_names()"). Importing every Faker locale takes seconds, so a
    seeded sample of its locales is checked; on another Faker version they agree almost everywhere."""
    import random

    from c2c.services.importing.full_names import (
        _dictionary,
        build_given_names,
        faker_person_locales,
    )

    sample = random.Random(2018).sample(faker_person_locales(), 12)
    version, built = build_given_names(sample)
    shipped = _dictionary()
    if f"# faker {version}" == package_data(GIVEN_NAMES_FILE).read_text(encoding="utf-8").splitlines()[0]:
        assert set(built) <= shipped, sample
    else:
        assert len(shipped & set(built)) >= 0.98 * len(built)


def test_a_name_in_capitals_with_an_eszett_is_cased() -> None:
    assert (proper_case("GROßMANN", "DE"), proper_case("STRAßER", "AT")) == ("Großmann", "Straßer")


@pytest.mark.parametrize(("text", "email", "expected"), [
    ("Mario Bonfà", "mario@officine-colombo.it", ("Mario", "Bonfà")),  # a small company's given-name address
    ("Bonfà Mario", "bonfa@officine-colombo.it", ("Mario", "Bonfà")),
])
def test_an_address_of_one_word_only_hints(text: str, email: str, expected: tuple[str, str]) -> None:
    rows, _ = _import_column("Nome e cognome", [text, "Gian Luca Villa", "Anna Verdi"],
                             [email, "", ""], ["IT", "IT", "IT"])
    assert (rows[0]["first_name"], rows[0]["last_name"]) == expected


def test_a_footnote_mark_is_no_part_of_a_name() -> None:
    assert [drop_titles(t) for t in ("Ivan *", "*Ivan", "Rossi¹", "Anna Weber (1)", "O'Neill")] == [
        "Ivan", "Ivan", "Rossi", "Anna Weber", "O'Neill"]


def test_a_lone_name_column_is_the_whole_name_and_a_second_line_the_job(planning_store: Store, tmp_path: Path) -> None:
    """'Nome / Função' alone: the word for a given name names the whole name when no surname column
    stands beside it, and the job written on the cell's second line is the role."""
    rows = [["Nome / Função", "Empresa", "E-mail"],
            ["Tomás Carvalho Neto\nAdministrador", "Teixeira Lda.", "tomas.carvalho@teixeira.pt"],
            ["Emma Araújo Cruz\nDiretora de produção", "Teixeira Lda.", "emma.araujo@teixeira.pt"],
            ["Rui Costa (Engenheiro)", "Moldes SA", "rui.costa@moldes.pt"]]
    report = plan_report(planning_store, write_xlsx(tmp_path / "participantes.xlsx", {"Participantes": rows}))
    assert [(p["first_name"], p["last_name"], p["role"]) for p in report.participants] == [
        ("Tomás", "Carvalho Neto", "Administrador"), ("Emma", "Araújo Cruz", "Diretora de produção"),
        ("Rui", "Costa", "Engenheiro")]


IBERIAN = ["Tomasa Luna Baquero", "María José García López", "Rafael Maia Gaspar", "Zacarías Priego Arjona",
           "Núria Puig Ferrer", "Pablo García"]


@pytest.mark.parametrize("country", ["ES", "PT", "AD", "MX"])
def test_a_column_of_two_surnames_splits_after_the_given_names(country: str) -> None:
    people, notes = _import_column("Nombre y apellidos", IBERIAN, [""] * len(IBERIAN), [country] * len(IBERIAN))
    assert [(p["first_name"], p["last_name"]) for p in people] == [
        ("Tomasa", "Luna Baquero"), ("María José", "García López"), ("Rafael", "Maia Gaspar"),
        ("Zacarías", "Priego Arjona"), ("Núria", "Puig Ferrer"), ("Pablo", "García")]
    # a middle word that is also a given name stays ambiguous, and is said on its row
    ambiguous = [row for row, message in notes if "may be a second given name" in message]
    assert {2, 4} <= set(ambiguous)  # "Luna", "Maia"


def test_two_surnames_only_in_their_countries_and_the_mission_s() -> None:
    texts = ["Anna Maria Rossi", "Jean de la Tour", "Jan van der Berg", "Tomasa Luna Baquero"]
    people, _ = _import_column("Nominativo", texts, [""] * 4, ["IT", "FR", "NL", "ES"])
    assert [(p["first_name"], p["last_name"]) for p in people] == [
        ("Anna Maria", "Rossi"), ("Jean", "de la Tour"), ("Jan", "van der Berg"), ("Tomasa", "Luna Baquero")]
    # no country cell: the list's (here the mission's) country decides
    people, _ = _import_column("Nombre", ["Tomasa Luna Baquero"], [""], [""], mission="ES")
    assert (people[0]["first_name"], people[0]["last_name"]) == ("Tomasa", "Luna Baquero")
    people, _ = _import_column("Nome", ["Anna Maria Rossi"], [""], [""], mission="IT")
    assert (people[0]["first_name"], people[0]["last_name"]) == ("Anna Maria", "Rossi")
