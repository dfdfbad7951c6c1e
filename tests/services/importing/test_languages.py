"""Attendee lists written in the partner clusters' languages: headers and yes/no answers as data.

Each case composes, from a seeded random choice per column, a list whose headers are written in
one language (a synonym of each field in that language), in a random column order; the import
must map every column to its field and read every value.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest

from c2c.services import missions
from c2c.services.importing import ImportOptions, import_participants
from c2c.services.importing.headers import match_header
from c2c.services.importing.normalise import normalise_yes_no
from c2c.store.reading import session_reader
from tests.conftest import Invoke
from tests.importing_helpers import store_with_mission, write_csv, write_xlsx

HEADERS: dict[str, dict[str, list[str]]] = {
    "pl": {"first_name": ["Imię"], "last_name": ["Nazwisko"], "company": ["Firma", "Nazwa firmy", "Przedsiębiorstwo"],
           "role": ["Stanowisko", "Funkcja"], "email": ["E-mail", "Adres e-mail"], "phone": ["Telefon", "Numer telefonu", "Komórka"],
           "country": ["Kraj", "Państwo"], "pitch": ["Prezentacja"], "bus_stop": ["Przystanek"]},
    "cs": {"first_name": ["Jméno", "Křestní jméno"], "last_name": ["Příjmení"], "company": ["Firma", "Společnost", "Název firmy"],
           "role": ["Pozice", "Funkce"], "email": ["E-mail", "E-mailová adresa"], "phone": ["Telefon", "Mobil", "Telefonní číslo"],
           "country": ["Země", "Stát"], "pitch": ["Prezentace"], "bus_stop": ["Zastávka"]},
    "es": {"first_name": ["Nombre"], "last_name": ["Apellidos", "Apellido"], "company": ["Empresa", "Razón social", "Compañía"],
           "role": ["Cargo", "Puesto"], "email": ["Correo electrónico", "Email"], "phone": ["Teléfono", "Móvil", "Celular"],
           "country": ["País"], "pitch": ["Presentación"], "bus_stop": ["Parada"]},
    "pt": {"first_name": ["Primeiro nome", "Nome próprio"], "last_name": ["Apelido", "Sobrenome"], "company": ["Empresa", "Companhia"],
           "role": ["Cargo", "Função"], "email": ["E-mail", "Correio eletrónico"], "phone": ["Telefone", "Telemóvel"],
           "country": ["País"], "pitch": ["Apresentação"], "bus_stop": ["Paragem"]},
    "nl": {"first_name": ["Voornaam"], "last_name": ["Achternaam"], "company": ["Bedrijf", "Organisatie", "Bedrijfsnaam"],
           "role": ["Functie"], "email": ["E-mailadres", "E-mail"], "phone": ["Telefoon", "Telefoonnummer", "Mobiel", "GSM"],
           "country": ["Land"], "pitch": ["Presentatie"], "bus_stop": ["Halte", "Opstapplaats"]},
}
ANSWERS = {"pl": ("Tak", "Nie"), "cs": ("Ano", "Ne"), "es": ("Sí", "No"), "pt": ("Sim", "Não"), "nl": ("Ja", "Nee")}
COUNTRY = {"pl": ("Polska", "PL"), "cs": ("Česko", "CZ"), "es": ("España", "ES"), "pt": ("Portugal", "PT"),
           "nl": ("Nederland", "NL")}
PEOPLE = [("Małgorzata", "Wiśniewska"), ("Jiří", "Dvořák"), ("José María", "García"), ("João", "Gonçalves"),
          ("Sanne", "de Vries")]


@pytest.mark.parametrize("seed", range(10))
def test_a_list_in_any_partner_language_imports_every_field(seed: int, tmp_path: Path) -> None:
    rng = random.Random(seed)
    language = list(HEADERS)[seed % len(HEADERS)]
    columns = list(HEADERS[language])
    rng.shuffle(columns)
    header = [rng.choice(HEADERS[language][name]) for name in columns]
    yes, no = ANSWERS[language]
    country_name, country_code = COUNTRY[language]
    truth: list[dict[str, Any]] = []
    for index, (first, last) in enumerate(PEOPLE):
        truth.append({"first_name": first, "last_name": last, "company": f"Firma {index}", "role": "CEO",
                      "email": f"p{index}@example.com", "phone": f"+48 600 100 {index:03d}",
                      "country": country_name, "pitch": rng.choice([yes, no]), "bus_stop": "Milano Cadorna"})
    rows = [header, *[[person[name] for name in columns] for person in truth]]
    path = (write_csv(tmp_path / f"lista-{language}.csv", rows, delimiter=rng.choice([",", ";"]))
            if seed % 2 else write_xlsx(tmp_path / f"lista-{language}.xlsx", {"Lista": rows}))
    store = store_with_mission(tmp_path / "store.db", "IT")
    try:
        with store.session() as session:
            mission = missions.get_mission(session, "test-mission")
            report = import_participants(session, mission, path, ImportOptions())
            assert sorted(report.columns.values()) == sorted(columns), f"seed {seed}: {header}"
            from c2c.services.participants import participant_rows

            stored = participant_rows(session_reader(session), mission.id or 0)
    finally:
        store.dispose()
    for person, row in zip(truth, stored, strict=True):
        assert (row["first_name"], row["last_name"], row["company"], row["role"], row["email"]) == (
            person["first_name"], person["last_name"], person["company"], "CEO", person["email"]), f"seed {seed}"
        assert row["country"] == country_code
        assert row["pitch"] is (person["pitch"] == yes), f"seed {seed}"
        assert row["bus_stop"] == "Milano Cadorna"


@pytest.mark.parametrize("language", list(HEADERS))
def test_every_header_word_of_a_language_names_its_field(language: str) -> None:
    for name, words in HEADERS[language].items():
        for word in words:
            assert match_header(word) == name, (language, word)


@pytest.mark.parametrize(("text", "answer"), [
    *[(yes, True) for yes, _ in ANSWERS.values()], *[(no, False) for _, no in ANSWERS.values()],
    ("Sì", True), ("oui", True), ("Nein", False), ("x", True), ("✓", True), ("✔", True), ("✗", False),
    ("1", True), ("1.0", True), ("0", False), ("0,0", False), ("TRUE", True), ("FALSE", False), ("", None),
    ("checked", True), ("unchecked", False), ("○", True), ("〇", True), ("×", False), ("はい", True), ("아니요", False),
])
def test_yes_and_no_in_every_language_and_mark(text: str, answer: bool | None) -> None:
    assert normalise_yes_no(text) is answer


def test_an_answer_nobody_writes_is_an_error() -> None:
    from c2c.services.importing.normalise import CellError

    with pytest.raises(CellError, match="'forse' is not yes or no"):
        normalise_yes_no("forse")


@pytest.mark.parametrize(("header", "row", "surname"), [
    (["Voornaam", "Tussenvoegsel", "Achternaam"], ["Jan", "van der", "Berg"], "van der Berg"),
    (["Voornaam", "Tussenv.", "Achternaam"], ["Anke", "", "Jansen"], "Jansen"),
    (["Nombre", "Primer apellido", "Segundo apellido"], ["Lucía", "García", "López"], "García López"),
    (["Nome", "Apelido", "Segundo sobrenome"], ["João", "Silva", "Santos"], "Silva Santos"),
])
def test_a_surname_in_two_columns_is_one_surname(planning_store: Any, tmp_path: Path, header: list[str],
                                                 row: list[str], surname: str) -> None:
    from tests.importing_helpers import plan_report

    report = plan_report(planning_store, write_xlsx(tmp_path / "list.xlsx", {"S": [[*header, "E-mail"],
                                                                                 [*row, "a@b.nl"]]}))
    assert [(p["first_name"], p["last_name"]) for p in report.participants] == [(row[0], surname)]


@pytest.mark.parametrize(("marks", "expected"), [
    (["x", "", "X", ""], [True, False, True, False]),       # only ticks: a blank is a no
    (["✓", "", "", ""], [True, False, False, False]),
    (["sì", "", "no", ""], [True, None, False, None]),      # someone wrote a no: a blank is not said
    (["", "", "", ""], [None, None, None, None]),
])
def test_a_blank_in_a_column_of_ticks_is_a_no(planning_store: Any, tmp_path: Path, marks: list[str],
                                              expected: list[bool | None]) -> None:
    from tests.importing_helpers import plan_report

    rows = [["Nome", "Cognome", "E-mail", "Pitch"],
            *[[f"Nome{i}", f"Cognome{i}", f"p{i}@x.it", mark] for i, mark in enumerate(marks)]]
    report = plan_report(planning_store, write_xlsx(tmp_path / "list.xlsx", {"S": rows}))
    assert [p["pitch"] for p in report.participants] == expected


@pytest.mark.parametrize(("header", "field"), [
    ("Partecipa al pitch", "pitch"), ("Indirizzo e-mail", "email"), ("Numero di cellulare", "phone"),
    ("Point de montée (car)", "bus_stop"), ("Ponto de recolha", "bus_stop"),
    ("Nome azienda", "company"), ("Nom de la société", "company"), ("Nombre de la empresa", "company"),
    ("Name der Firma", "company"), ("Nome e cognome", "full_name"), ("Codice fiscale", None), ("Note", None),
])
def test_a_header_names_its_field_in_its_last_words(header: str, field: str | None) -> None:
    assert match_header(header) == field


@pytest.mark.parametrize(("header", "cells", "phone"), [
    (["Nom", "Prénom", "Tél. fixe", "Tél. portable"], ["05 61 88 62 57", "06 12 34 56 78"], "+33612345678"),
    (["Nom", "Prénom", "Tél. fixe", "Tél. portable"], ["05 61 88 62 57", ""], "+33561886257"),
    (["Nom", "Prénom", "Téléphone", "Portable"], ["05 61 88 62 57", "06 12 34 56 78"], "+33612345678"),
    (["Nom", "Prénom", "Mobile", "Bureau tél."], ["06 12 34 56 78", "05 61 88 62 57"], "+33612345678"),
])
def test_of_two_phone_columns_the_mobile_is_the_phone(planning_store: Any, tmp_path: Path, header: list[str],
                                                      cells: list[str], phone: str) -> None:
    from tests.importing_helpers import plan_report

    rows = [[*header, "Pays"], ["Perrin", "Jean", *cells, "France"]]
    report = plan_report(planning_store, write_xlsx(tmp_path / "list.xlsx", {"S": rows}))
    assert [p["phone"] for p in report.participants] == [phone]
    assert report.participants[0]["extra"]  # the other number is kept


def test_a_phone_excel_wrote_in_scientific_notation_is_left_empty_and_said(planning_store: Any, tmp_path: Path) -> None:
    from tests.importing_helpers import plan_report

    rows = [["Vorname", "Nachname", "E-Mail", "Telefon"], ["Anna", "Huber", "a@huber.at", "4,36809E+11"],
            ["Karl", "Gruber", "k@gruber.at", "0664 1234567"]]
    report = plan_report(planning_store, write_csv(tmp_path / "liste.csv", rows, delimiter=";"))
    assert [p["phone"] is None for p in report.participants] == [True, False]
    assert [(n.row, n.message) for n in report.notes if "scientific" in n.message] == [
        (2, "column Telefon: '4,36809E+11' is a number the spreadsheet wrote in scientific notation: its last "
            "digits are lost; left empty")]


@pytest.mark.parametrize(("header", "fields"), [
    (["Ime", "Priimek", "Podjetje", "E-pošta", "Država"], ["first_name", "last_name", "company", "email", "country"]),
    (["Förnamn", "Efternamn", "Företag", "E-post", "Land"], ["first_name", "last_name", "company", "email", "country"]),
    (["Fornavn", "Efternavn", "Virksomhed", "Stilling", "Mobil"], ["first_name", "last_name", "company", "role", "phone"]),
    (["Nume", "Prenume", "Companie", "Funcție", "Țara"], ["last_name", "first_name", "company", "role", "country"]),
    (["Meno", "Priezvisko", "Organizácia", "Funkcia", "Nástupné miesto"],
     ["first_name", "last_name", "company", "role", "bus_stop"]),
    (["Nom", "Cognoms", "Empresa", "Càrrec", "Correu electrònic"], ["first_name", "last_name", "company", "role", "email"]),
    (["Név", "Cég", "Beosztás", "Ország"], ["full_name", "company", "role", "country"]),
    (["Surname, Forename", "Company", "E-mail"], ["full_name_last_first", "company", "email"]),
])
def test_headers_of_every_european_language_a_delegation_writes(header: list[str], fields: list[str]) -> None:
    from c2c.services.importing.headers import map_columns

    columns = map_columns(header, {})
    assert [name for name, _ in sorted(columns.fields.items(), key=lambda item: item[1])] == fields


@pytest.mark.parametrize(("word", "answer"), [("DA", True), ("igen", True), ("nem", False), ("Nej", False),
                                              ("kyllä", True), ("jo", True), ("áno", True), ("nu", False)])
def test_yes_and_no_in_more_languages(word: str, answer: bool) -> None:
    assert normalise_yes_no(word) is answer


def test_a_list_in_greek_script(planning_store: Any, tmp_path: Path) -> None:
    from tests.importing_helpers import plan_report

    rows = [["Όνομα", "Επώνυμο", "Εταιρεία", "E-mail", "Pitch"],
            ["Γιώργος", "Παπαδόπουλος", "Θεσσαλική Μεταλλουργία Α.Ε.", "g.papadopoulos@thessmet.gr", "ΝΑΙ"],
            ["Μαρία", "Νικολάου", "Θεσσαλική Μεταλλουργία Α.Ε.", "m.nikolaou@thessmet.gr", "ΟΧΙ"]]
    report = plan_report(planning_store, write_xlsx(tmp_path / "list.xlsx", {"S": rows}))
    assert [(p["first_name"], p["last_name"], p["pitch"]) for p in report.participants] == [
        ("Γιώργος", "Παπαδόπουλος", True), ("Μαρία", "Νικολάου", False)]
    assert report.near_duplicates == []  # two names of one script are two names


@pytest.mark.parametrize(("header", "field"), [
    ("Da quale fermata prenderai il pullman?", "bus_stop"), ("Parteciperai alla sessione di pitch?", "pitch"),
    ("Souhaitez-vous présenter votre entreprise (pitch) ?", "pitch"), ("Data di nascita del partecipante", None),
    ("Codice fiscale azienda", None), ("Quel est votre numéro de téléphone portable ?", "phone"),
    # to present the company is to pitch, in whatever form of the verb; being there is not
    ("¿Presenta su empresa? (Sí/No)", "pitch"), ("Souhaitez-vous présenter votre entreprise ?", "pitch"),
    ("Představí se vaše firma?", "pitch"), ("Will you present your company?", "pitch"),
    ("Sarà presente al pranzo con la sua azienda?", None),
    # a question about the coach asks where one boards it, in any language: the vehicle is one word
    ("Where will you join the coach?", "bus_stop"), ("Wo steigen Sie in den Bus ein?", "bus_stop"),
    ("Où prendrez-vous la navette ?", "bus_stop"), ("Which hotel are you staying at?", None),
])
def test_a_question_header_names_what_it_asks(header: str, field: str | None) -> None:
    assert match_header(header) == field


def test_the_mobile_is_the_phone_after_many_office_lines() -> None:
    from c2c.services.importing.headers import map_columns

    columns = map_columns(["First Name", "Last Name", "Business Phone", "Business Phone 2", "Home Phone",
                           "Mobile Phone", "E-mail Address"], {})
    assert (columns.fields["phone"], columns.second_phone) == (5, 2)


def test_a_ticketing_export_s_cancelled_attendees_are_not_imported(planning_store: Any, tmp_path: Path) -> None:
    from tests.importing_helpers import plan_report

    rows = [["First Name", "Last Name", "Email", "Attendee Status", "Lead Status"],
            ["Sofie", "Lambert", "s@limburg.be", "Attending", "New"],
            ["Hélène", "Le Gall", "h@composites.fr", "Refunded", "New"],
            ["Luc", "Martin", "l@usinage.fr", "Cancelled", "Open"]]
    report = plan_report(planning_store, write_csv(tmp_path / "report.csv", rows))
    assert [p["first_name"] for p in report.participants] == ["Sofie"]
    assert [n.message for n in report.notes if "not coming" in n.message] == [
        "row(s) 3, 4: Attendee Status says not coming (Cancelled, Refunded), not imported"]


def test_a_remark_that_is_only_a_cancellation_leaves_the_person_out(planning_store: Any, tmp_path: Path) -> None:
    from tests.importing_helpers import plan_report

    rows = [["Vorname", "Nachname", "E-Mail", "Bemerkung"],
            ["Jonas", "Weber", "j@antriebe.de", "kommt mit dem Auto"],
            ["Lara", "Junk", "l@antriebe.de", "abgesagt"],
            ["Kai-Uwe", "Groß", "k@erzguss.de", "Abgesagt 12.03."],
            ["Doris", "Trüb", "d@erzguss.de", "abgesagt: kommt nur zum Mittagessen"],
            ["Anne", "Le Bihan", "a@breizh.fr", "désistement"]]
    report = plan_report(planning_store, write_csv(tmp_path / "teilnehmer.csv", rows))
    assert [p["first_name"] for p in report.participants] == ["Jonas", "Doris"]
    assert [n.message for n in report.notes if "not coming" in n.message] == [
        "row(s) 3, 4, 6: Bemerkung says not coming (Abgesagt 12.03., abgesagt, désistement), not imported"]


def test_a_form_answer_left_unfinished_is_skipped_not_refused(planning_store: Any, tmp_path: Path) -> None:
    from tests.importing_helpers import plan_report

    rows = [["Response ID", "Last page", "Start language", "Date started", "Nom", "Prénom", "Adresse e-mail"],
            ["1", "3", "fr", "2026-05-08 05:48", "El Amrani", "Youssef", "y@atlas.ma"],
            ["12", "1", "fr", "2026-05-09 10:12", "", "", ""],
            ["6", "3", "fr", "2026-05-18 19:20", "Chraibi", "Omar", "o@cablage.ma"]]
    report = plan_report(planning_store, write_csv(tmp_path / "limesurvey.csv", rows))
    assert [p["first_name"] for p in report.participants] == ["Youssef", "Omar"]
    assert report.invalid == []
    assert [n.message for n in report.notes if "unfinished" in n.message] == [
        "row(s) 3: no attendee field filled in (a form answer left unfinished?), skipped"]


def test_a_survey_s_response_columns_are_named_by_the_question_above(planning_store: Any, tmp_path: Path) -> None:
    from tests.importing_helpers import plan_report

    rows = [["Respondent ID", "Your details", "", "Would you like to pitch your company (3 minutes)?",
             "Where will you board the coach?"],
            ["", "Name", "Email Address", "Response", "Response"],
            ["1146", "Charles Drummy", "c@shannon.ie", "Yes", "Malpensa T1"],
            ["1147", "Aoife Ní Bhriain", "a@shannon.ie", "No", "Milano Centrale"]]
    report = plan_report(planning_store, write_csv(tmp_path / "surveymonkey.csv", rows))
    assert [(p["last_name"], p["pitch"], p["bus_stop"]) for p in report.participants] == [
        ("Drummy", True, "Malpensa T1"), ("Ní Bhriain", False, "Milano Centrale")]


def test_of_two_email_columns_the_attendees_own_addresses_win(planning_store: Any, tmp_path: Path) -> None:
    from tests.importing_helpers import plan_report

    rows = [["ID", "Email", "Name", "First name", "Last name", "Your e-mail address"],
            [1, "c.rochat@cluster-jura.ch", "Corinne Rochat", "Mélanie", "Zbinden", "melanie@mecafil.ch"],
            [2, "anonymous", "", "Romain", "Meier", "romain@usinage.ch"],
            [3, "c.rochat@cluster-jura.ch", "Corinne Rochat", "Lukas", "Zbinden", "lukas@decolletage.ch"]]
    report = plan_report(planning_store, write_xlsx(tmp_path / "forms.xlsx", {"S": rows}))
    assert [(p["first_name"], p["email"]) for p in report.participants] == [
        ("Mélanie", "melanie@mecafil.ch"), ("Romain", "romain@usinage.ch"), ("Lukas", "lukas@decolletage.ch")]


def test_a_language_column_gives_each_person_the_language_of_their_files(invoke: Invoke, lyon: str,
                                                                          tmp_path: Path) -> None:
    """'Lingua' in the delegation's words: a code or a name in any delegation language; a language
    c2c does not write leaves the person's country to decide, and the row is kept."""
    rows = [["Nome", "Cognome", "E-mail", "Lingua"],
            ["Mario", "Rossi", "mario.rossi@avioparts.it", "Inglese"],
            ["Anna", "Novák", "anna.novak@aero.cz", "čeština"],
            ["Claire", "Dubois", "claire.dubois@aero.fr", "FR"]]
    result = invoke("participants", "import", str(write_xlsx(tmp_path / "lingue.xlsx", {"S": rows})), "-m", lyon,
                    "--cluster", "LAC")
    assert result.exit_code == 0, result.stderr
    listed = json.loads(invoke("participants", "list", "-m", lyon, "--format", "json").stdout)
    assert {p["last_name"]: p["language"] for p in listed} == {"Rossi": "en", "Novák": None, "Dubois": "fr"}
    again = invoke("participants", "import", str(write_xlsx(tmp_path / "lingue.xlsx", {"S": [
        rows[0], ["Mario", "Rossi", "mario.rossi@avioparts.it", "italiano"]]})), "-m", lyon, "--cluster", "LAC")
    assert again.exit_code == 0, again.stderr
    listed = json.loads(invoke("participants", "list", "-m", lyon, "--format", "json").stdout)
    assert {p["last_name"]: p["language"] for p in listed}["Rossi"] == "it"
