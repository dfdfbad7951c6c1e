"""Header cells naming their column (c2c/services/importing/headers.py)."""

from __future__ import annotations

import pytest

from c2c.services.importing.headers import header_fields


@pytest.mark.parametrize(("header", "fields"), [
    ("Cognome/Nome / Nazwisko i imię", ("full_name_last_first",)),
    ("Cognome/Nome / Apelido e nome", ("full_name_last_first",)),
    ("Nom/Prénom - Name", ("full_name_last_first", "full_name")),
    ("Pays/Paese", ("country",)),
])
def test_a_mark_inside_one_language_does_not_split_a_cell_in_two_languages(header: str, fields: tuple[str, ...]) -> None:
    assert header_fields(header) == fields
