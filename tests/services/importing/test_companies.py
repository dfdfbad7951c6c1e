"""The companies of an import: one per key whatever the spelling, their country, the notes on them."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest

from c2c.services import companies, missions
from c2c.services.importing import ImportOptions, ImportReport, import_participants
from c2c.store.engine import Store
from c2c.store.models import Company
from tests.importing_helpers import store_with_mission, write_xlsx

HEADER = ["Nome", "Cognome", "Azienda", "Paese", "Cluster"]


@pytest.fixture
def store(db_path: Path) -> Store:
    return store_with_mission(db_path, "FR")


def run(store: Store, tmp_path: Path, rows: list[list[str]], name: str = "list.xlsx") -> ImportReport:
    path = write_xlsx(tmp_path / name, {"S": [HEADER, *rows]})
    with store.session() as session:
        return import_participants(session, missions.get_mission(session, "test-mission"), path, ImportOptions())


def stored(store: Store) -> dict[str, str | None]:
    from sqlmodel import select

    with store.session() as session:
        return {c.name: c.country for c in session.exec(select(Company)).all()}


def test_spellings_are_one_company_and_other_forms_or_look_alikes_are_noted(store: Store, tmp_path: Path) -> None:
    report = run(store, tmp_path, [["Mario", "Rossi", "Avioparts Srl", "IT", ""],
                                   ["Jean", "Roux", "Avioparts S.r.l.", "FR", ""],
                                   ["Marco", "Ferri", "AVIOPARTS SPA", "IT", ""],
                                   ["Laura", "Zanetti", "Aviopart Srl", "IT", ""]])
    assert stored(store) == {"Avioparts Srl": "IT", "Aviopart Srl": "IT"}
    assert [(n.row, n.message) for n in report.notes] == [
        (4, "company 'AVIOPARTS SPA' is taken as 'Avioparts Srl': the same name with another legal form "
            "(if they are two companies, give one another name in the file)"),
        (5, "company 'Aviopart Srl' looks like 'Avioparts Srl' (row 2): if they are one company, merge them after "
            "the import: c2c companies merge 'Avioparts Srl' 'Aviopart Srl'")]
    # the next file spells it its own way: the same company, still called as first written
    again = run(store, tmp_path, [["Mario", "Rossi", "AVIOPARTS S.R.L.", "IT", ""],
                                  ["Sofia", "Conti", "avioparts s.r.l", "IT", ""],
                                  ["Paola", "Neri", "Aviopartz Srl", "IT", ""]], "next.xlsx")
    assert (len(again.added), len(again.unchanged), again.updated) == (2, 1, [])
    assert stored(store) == {"Avioparts Srl": "IT", "Aviopart Srl": "IT", "Aviopartz Srl": "IT"}
    assert [n.message for n in again.notes] == [
        "company 'Aviopartz Srl' looks like 'Avioparts Srl' (row 2): if they are one company, merge them after the "
        "import: c2c companies merge 'Avioparts Srl' 'Aviopartz Srl'",
        "company 'Aviopartz Srl' looks like 'Aviopart Srl' (in the store): if they are one company, merge them "
        "after the import: c2c companies merge 'Aviopart Srl' 'Aviopartz Srl'"]


def test_a_company_country_is_its_cluster_then_most_of_its_people(store: Store, tmp_path: Path) -> None:
    report = run(store, tmp_path, [
        ["Jean", "Roux", "Avioparts Srl", "FR", ""],  # a French engineer of an Italian SME
        ["Mario", "Rossi", "Avioparts Srl", "IT", ""],
        ["Marco", "Ferri", "Avioparts Srl", "IT", ""],
        ["Paul", "Morel", "Soliani EMC", "FR", "LAC"],  # the cluster says where the company is
        ["Anna", "Bianchi", "Dupont SARL", "IT", ""],
        ["Luc", "Blanc", "Dupont SARL", "FR", ""],
        ["Eva", "Novak", "Nameless", "", ""]])
    assert stored(store) == {"Avioparts Srl": "IT", "Soliani EMC": "IT", "Dupont SARL": None, "Nameless": None}
    assert [(n.row, n.message) for n in report.notes] == [
        (6, "company 'Dupont SARL': its people's countries tie (IT 1, FR 1), so its country is left empty "
            "(set it with: c2c companies edit 'Dupont SARL' --country CODE)")]


def test_the_import_fills_an_empty_country_and_keeps_the_coordinators(store: Store, tmp_path: Path) -> None:
    run(store, tmp_path, [["Anna", "Bianchi", "Dupont SARL", "IT", ""], ["Luc", "Blanc", "Dupont SARL", "FR", ""],
                          ["Mario", "Rossi", "Avioparts Srl", "IT", ""]])
    with store.session() as session:
        companies.edit_company(session, companies.get_company(session, "Avioparts"), {"country": "CH"})
    report = run(store, tmp_path, [["Luc", "Blanc", "Dupont S.A.R.L.", "FR", ""],
                                   ["Mario", "Rossi", "Avioparts S.r.l.", "IT", ""]], "next.xlsx")
    assert stored(store) == {"Dupont SARL": "FR", "Avioparts Srl": "CH"}
    assert [n.message for n in report.notes] == [
        "company 'Avioparts Srl' keeps country CH, though its people in the file point to IT "
        "(change it with: c2c companies edit 'Avioparts Srl' --country IT)"]


@pytest.mark.parametrize("seed", [1, 2])
def test_any_order_of_people_gives_the_country_most_of_them_come_from(store: Store, tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    rows, expected = [], {}
    for number in range(12):
        countries = rng.choices(["IT", "FR", "CH", "DE", "PL", "CZ", ""], k=rng.randint(1, 5))
        name = f"Firma {number} {rng.choice(['Srl', 'S.r.l.', 'GmbH', 'SA', 'Sp. z o.o.', 's.r.o.'])}"
        ranked = Counter(c for c in countries if c).most_common()
        tie = len(ranked) > 1 and ranked[0][1] == ranked[1][1]
        expected[name] = None if not ranked or tie else ranked[0][0]
        rows += [[f"P{number}", f"N{i}", name, country, ""] for i, country in enumerate(countries)]
    rng.shuffle(rows)
    report = run(store, tmp_path, rows)
    assert stored(store) == expected, f"seed {seed}"
    ties = [name for name, country in expected.items() if country is None and any(r[3] for r in rows if r[2] == name)]
    assert len(report.notes) == len(ties), f"seed {seed}"


def test_look_alikes_an_upgraded_store_kept_apart_are_named_for_merging(store: Store, tmp_path: Path) -> None:
    with store.session() as session:
        session.add_all([Company(name="Avioparts Srl", name_key="avioparts"),
                         Company(name="Avioparts SpA", name_key="avioparts~2")])  # as migration 0010 leaves them
    report = run(store, tmp_path, [["Mario", "Rossi", "Avioparts S.r.l.", "IT", ""]])
    assert [(n.row, n.message) for n in report.notes] == [
        (2, "company 'Avioparts S.r.l.' is taken as 'Avioparts Srl'; the store also holds 'Avioparts SpA', the same "
            "company: c2c companies merge 'Avioparts Srl' 'Avioparts SpA'")]
