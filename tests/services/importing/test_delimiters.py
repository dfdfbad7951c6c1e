"""Which delimiter a text list uses, whatever title and note lines sit around its table.

Seeded composition: each case picks a delimiter (comma, semicolon, tab, pipe), quoting (as
needed, or every field), people whose cells hold the other delimiters (addresses with commas,
notes with semicolons, a pipe in a company), rows cut short as Excel leaves them, and one-cell
title and note lines up to more than the table's rows; the sniffed delimiter must be the
file's, and the import must read every person.
"""

from __future__ import annotations

import csv
import io
import random
from pathlib import Path

import pytest

from c2c.services.importing.reading import sniff_delimiter
from c2c.store.engine import Store
from tests.importing_helpers import plan_report

DELIMITERS = [",", ";", "\t", "|"]
HEADER = ["Cognome", "Nome", "Azienda", "Indirizzo", "E-mail", "Note"]
PEOPLE = [["Rossi", "Mario", "Avioparts Srl", "Via Roma 1, 20121 Milano", "m.rossi@avioparts.it", "vegetariano; no glutine"],
          ["Marchal", "Benoît", "Aéro | Dauphiné", "12, rue de la Paix; Grenoble", "", ""],
          ["Müller", "Jörg", "Präzisionsteile Neckar GmbH", "", "j.mueller@ptn.de", "arrivo la sera prima, hotel"],
          ["Wróblewski", "Łukasz", "Klaster Lotniczy", "ul. Lotnicza 3, Rzeszów", "l.w@kl.pl", ""],
          ["Della Valle", "Anna Maria", "Lavorazioni Olona Srl", "", "", "cheffe de délégation"],
          ["von Matt", "Reto", "Stanser AG", "Bahnhofstrasse 4, 6370 Stans", "reto@stanser.ch", "ohne Hotel; Zug"]]
TITLES = ["Cluster2Cluster – Lione, 12-13/11/2018", "Elenco partecipanti; versione 3", "Delegazione | Lombardia",
          "Stato al 05.11.2018"]
NOTES = ["N.B. il pullman parte alle 6:00, puntuali", "* da confermare; chiamare", "Segreteria | 02 1234567",
         "Firma del coordinatore", "Totale: 4"]


def compose(seed: int) -> tuple[str, str, list[str]]:
    """The file's text, its delimiter, and the surnames of its people in order."""
    rng = random.Random(seed)
    delimiter = rng.choice(DELIMITERS)
    people = rng.sample(PEOPLE, rng.randint(1, 4))
    lines = rng.randint(0, len(people) + 2)  # one-cell lines, up to more than the people
    titles = rng.sample(TITLES, min(len(TITLES), rng.randint(0, lines)))
    notes = rng.sample(NOTES, min(len(NOTES), lines - len(titles)))
    width = len(HEADER)
    rows: list[list[str]] = [[title] for title in titles] + ([[]] if titles and rng.random() < 0.5 else [])
    rows.append(HEADER)
    for person in people:
        cells = ["" if i > 1 and rng.random() < 0.2 else cell for i, cell in enumerate(person)]
        rows.append(cells)
    rows += [[]] + [[note] for note in notes] if notes else []
    if rng.random() < 0.5:  # Excel pads some rows to the table's width, cuts others after their last cell
        rows = [row + [""] * (width - len(row)) if row and rng.random() < 0.5 else _cut(row) for row in rows]
    out = io.StringIO()
    quoting = rng.choice([csv.QUOTE_MINIMAL, csv.QUOTE_ALL])
    csv.writer(out, delimiter=delimiter, quoting=quoting, lineterminator="\n").writerows(rows)
    return out.getvalue(), delimiter, [person[0] for person in people]


def _cut(row: list[str]) -> list[str]:
    while row and not row[-1]:
        row = row[:-1]
    return row


@pytest.mark.parametrize("seed", range(120))
def test_the_delimiter_is_the_one_of_the_table_whatever_lines_surround_it(seed: int) -> None:
    text, delimiter, _ = compose(seed)
    assert sniff_delimiter(text) == delimiter, f"seed {seed}:\n{text}"


@pytest.mark.parametrize("seed", range(6))
def test_composed_text_lists_import_every_person(seed: int, planning_store: Store, tmp_path: Path) -> None:
    text, _, surnames = compose(seed)
    path = tmp_path / f"list{seed}.csv"
    path.write_text(text, encoding="utf-8")
    report = plan_report(planning_store, path)
    assert [p["last_name"] for p in report.participants] == surnames, f"seed {seed}:\n{text}"


def test_title_and_note_lines_outnumbering_the_people_do_not_decide(planning_store: Store, tmp_path: Path) -> None:
    lines = ["Cluster2Cluster, Lione", "Elenco, versione 2", "Nome;Cognome;Azienda", "Mario;Rossi;Avioparts",
             "N.B. il pullman parte alle 6:00, puntuali", "Firma, timbro"]
    path = tmp_path / "few.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert [p["last_name"] for p in plan_report(planning_store, path).participants] == ["Rossi"]
