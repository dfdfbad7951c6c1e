"""Header cells naming their column (c2c/services/importing/headers.py)."""

from __future__ import annotations

import pytest

from c2c.services.importing.headers import header_fields, map_columns, match_header


@pytest.mark.parametrize(("header", "fields"), [
    ("Cognome/Nome / Nazwisko i imię", ("full_name_last_first",)),
    ("Cognome/Nome / Apelido e nome", ("full_name_last_first",)),
    ("Nom/Prénom - Name", ("full_name_last_first", "full_name")),
    ("Pays/Paese", ("country",)),
])
def test_a_mark_inside_one_language_does_not_split_a_cell_in_two_languages(header: str, fields: tuple[str, ...]) -> None:
    assert header_fields(header) == fields


@pytest.mark.parametrize(("header", "field"), [
    ("What's your first name?", "first_name"), ("And your last name?", "last_name"),
    ("Ποιο είναι το επώνυμό σας;", "last_name"), ("Как ваша фамилия?", "last_name"),
    ("Adınız", "first_name"), ("Soyadınız", "last_name"), ("Adiniz", "first_name"), ("Unvanınız", "role"),
    ("E-posta adresiniz nedir?", "email"), ("Firmanızı 3 dakikada tanıtmak ister misiniz?", "pitch"),
    ("Όνομα", "first_name"), ("Επώνυμο", "last_name"), ("Παρουσίαση εταιρείας;", "pitch"),
    ("Име", "first_name"), ("Фамилия", "last_name"), ("Ім'я", "first_name"), ("Прізвище", "last_name"),
    ("Etunimi", "first_name"), ("Sukunimi", "last_name"), ("Tehtävänimike", "role"), ("Sähköpostiosoite", "email"),
    ("Haluatko esitellä yrityksesi (3 min)?", "pitch"), ("Kurzvortrag", "pitch"), ("Firmenvorstellung (ja/nein)", "pitch"), ("Vil du pitche din virksomhed (3 minutter)?", "pitch"),
    ("Hvor stiger du på bussen?", "bus_stop"), ("Var kliver du på bussen?", "bus_stop"),
    ("Vārds", "first_name"), ("Uzvārds", "last_name"), ("Vardas", "first_name"), ("Pavardė", "last_name"),
    ("Eesnimi", "first_name"), ("Perekonnanimi", "last_name"), ("1. Vorname *", "first_name"),
    ("What is your e-mail address?", "email"), ("Account Name", "company"), ("Nombre de la cuenta", "company"),
    ("Organization 1 - Name", "company"), ("Organization 1 - Title", "role"), ("E-mail 1 - Value", "email"),
    ("Phone 1 - Value", "phone"), ("Mobile Phone Number", "phone"), ("Job Title", "role"),
])
def test_the_words_of_europe_and_its_neighbours_in_bare_and_question_forms(header: str, field: str) -> None:
    assert match_header(header) == field


@pytest.mark.parametrize("header", ["Contact owner", "Propietario del contacto", "Middle Name", "Name Prefix",
                                    "Phone 1 - Type", "Organization 1 - Type", "Organisation Type", "Participant type"])
def test_someone_elses_column_and_a_values_kind_name_no_field(header: str) -> None:
    assert match_header(header) is None


@pytest.mark.parametrize(("headers", "left"), [
    (["ID", "Start time", "Completion time", "Email", "Name", "Etunimi", "Sukunimi", "Sähköpostiosoite"], [3, 4]),
    (["Tidsstempel", "E-mailadresse", "Deltagerens fornavn", "Deltagerens e-mail"], [1]),
    (["Timestamp", "Email address", "Name", "Company"], []),  # no question asks for them: the account is the attendee
    (["Timestamp", "Nome", "Cognome", "E-mail"], []),  # a name alone after the tool's columns is the first question
])
def test_a_forms_account_columns_yield_to_its_questions(headers: list[str], left: list[int]) -> None:
    columns = map_columns(headers, {})
    assert [i for i, _ in columns.extra if i in left] == left
    assert all(i not in columns.fields.values() for i in left)
    assert bool(columns.notes) == bool(left)
