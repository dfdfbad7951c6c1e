"""Each cluster sends its own list: an import speaks for one delegation and never reports or
prunes the other's people (Lyon 2018: host AAR, guest LAC)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from c2c.errors import InvalidInput, NotFound
from c2c.services import missions
from c2c.services.importing import ImportOptions, ImportReport, import_participants
from c2c.store.engine import Store
from tests.factories import store_at
from tests.importing_helpers import write_xlsx

HEADER = ["Nome", "Cognome", "Azienda", "E-mail"]
ITALIANS = [["Giulia", "De Luca", "Avioparts Srl", "giulia@avioparts.it"],
            ["Mario", "Rossi", "Avioparts Srl", "mario@avioparts.it"],
            ["Anna", "Verdi", "Meccanica Lariana", "anna@lariana.it"]]
FRENCH = [["Benoît", "Marchal", "Aérocomposites Dauphiné", "be@aerodauphine.fr"],
          ["Claire", "Dupont", "Usinage Rhône", "claire@usinage.fr"],
          ["Luc", "Martin", "Usinage Rhône", "luc@usinage.fr"]]


@pytest.fixture
def store(lyon: str, db_path: Path) -> Store:
    return store_at(db_path)


class Lists:
    """Lists written one after the other into a folder and imported into Lyon 2018."""

    def __init__(self, store: Store, folder: Path, db_path: Path) -> None:
        self.store, self.folder, self.db_path = store, folder, db_path

    def run(self, people: list[list[Any]], header: list[str] = HEADER, **options: Any) -> ImportReport:
        path = write_xlsx(self.folder / f"list{len(list(self.folder.iterdir()))}.xlsx", {"S": [header, *people]})
        with self.store.session() as session:
            return import_participants(session, missions.get_mission(session, "lyon-2018"), path,
                                       ImportOptions(**options))

    def clusters_of_companies(self) -> dict[str, str | None]:
        return dict(self._query("SELECT co.name, cl.short_name FROM company co "
                                "LEFT JOIN cluster cl ON cl.id = co.cluster_id"))

    def participants(self) -> int:
        return int(self._query("SELECT count(*) FROM participation")[0][0])

    def _query(self, sql: str) -> list[Any]:
        with sqlite3.connect(self.db_path) as connection:
            return connection.execute(sql).fetchall()


@pytest.fixture
def lists(store: Store, tmp_path: Path, db_path: Path) -> Lists:
    folder = tmp_path / "lists"
    folder.mkdir()
    return Lists(store, folder, db_path)


def test_each_delegation_reimports_and_prunes_only_its_own_people(lists: Lists) -> None:
    italians = lists.run(ITALIANS, cluster="lac")
    assert (italians.scope.names, italians.scope.source) == (("Lombardia Aerospace Cluster",), "option")
    french = lists.run(FRENCH, cluster="Aerospace Cluster Auvergne-Rhone-Alpes")
    assert french.removed == []  # the Italians are not "no longer in" the French list
    assert lists.clusters_of_companies() == {"Avioparts Srl": "LAC", "Meccanica Lariana": "LAC",
                                             "Aérocomposites Dauphiné": "AAR", "Usinage Rhône": "AAR"}

    again = lists.run(ITALIANS[:2], cluster="LAC", prune=True)
    assert (again.removed, again.pruned) == (["anna@lariana.it"], 1)
    # in a pipe, with no --cluster, the French list is recognised by its companies
    inferred = lists.run(FRENCH[1:], prune=True)
    assert (inferred.scope.names, inferred.scope.source) == (("Aerospace Cluster Auvergne-Rhône-Alpes",), "inferred")
    assert (inferred.removed, inferred.pruned) == (["be@aerodauphine.fr"], 1)
    assert lists.participants() == 4


def test_cluster_column_scopes_the_list_and_blank_cells_take_the_option(lists: Lists) -> None:
    lists.run(ITALIANS, cluster="LAC")
    header = [*HEADER, "Cluster"]
    mixed = [[*FRENCH[0], "AAR"], [*FRENCH[1], ""], [*ITALIANS[0], "Lombardia Aerospace Cluster"],
             [*FRENCH[2], "LAC"]]
    report = lists.run(mixed, header=header, cluster="AAR")
    assert (set(report.scope.names), report.scope.source) == (
        {"Aerospace Cluster Auvergne-Rhône-Alpes", "Lombardia Aerospace Cluster"}, "column")
    assert sorted(report.removed) == ["anna@lariana.it", "mario@avioparts.it"]
    assert [(n.row, n.message) for n in report.notes] == [(
        5, "Usinage Rhône is a company of Aerospace Cluster Auvergne-Rhône-Alpes (row 3), not of Lombardia "
           'Aerospace Cluster: left there (move it with: c2c companies edit "Usinage Rhône" --cluster NAME)')]
    assert lists.clusters_of_companies()["Usinage Rhône"] == "AAR"


def test_a_company_of_the_other_cluster_is_a_note_and_stays(lists: Lists) -> None:
    lists.run(ITALIANS, cluster="LAC")
    report = lists.run([*FRENCH, ["Paul", "Girard", "AVIOPARTS SRL", "paul@avioparts.fr"]], cluster="AAR")
    assert [(n.row, n.message) for n in report.notes] == [(
        5, "AVIOPARTS SRL is a company of Lombardia Aerospace Cluster, not of Aerospace Cluster Auvergne-Rhône-Alpes: "
           'left there (move it with: c2c companies edit "AVIOPARTS SRL" --cluster NAME)')]
    assert lists.clusters_of_companies()["Avioparts Srl"] == "LAC"


def test_without_a_known_cluster_only_people_of_none_are_compared_and_prune_refuses(lists: Lists) -> None:
    lists.run(ITALIANS, cluster="LAC")
    # one Italian company among new French ones is not enough to take it for the Italians' list,
    # and addresses of no country's domain do not say whose list it is either
    french = [[*person[:3], person[3].replace(".fr", ".com")] for person in FRENCH]
    first = lists.run([*french, ["Paul", "Girard", "Avioparts Srl", "paul@avioparts.com"]])
    assert (first.scope.known, first.removed) == (False, [])
    second = lists.run(french[:2])
    assert (second.scope.source, second.removed) == (None, ["luc@usinage.com"])
    with pytest.raises(InvalidInput) as refused:
        lists.run(french[:2], prune=True)
    assert refused.value.message.startswith("cannot remove the people no longer in list")
    assert refused.value.hint == ("say it: c2c participants import FILE --cluster NAME --prune (this mission's: "
                                  "Aerospace Cluster Auvergne-Rhône-Alpes, Lombardia Aerospace Cluster)")
    assert lists.participants() == 7


def test_a_list_of_no_cluster_is_the_delegation_its_rows_point_to(lists: Lists) -> None:
    """No Cluster column, no --cluster, no known company: the countries of its e-mail domains say
    it is the French delegation's; its people take France as their country."""
    report = lists.run(FRENCH)
    assert (report.scope.names, report.scope.source) == (("Aerospace Cluster Auvergne-Rhône-Alpes",), "content")
    assert {p["country"] for p in report.participants} == {"FR"}


def test_people_without_a_company_stay_when_their_cluster_is_unknown(lists: Lists) -> None:
    lists.run([*FRENCH, ["Sophie", "Roux", "", "sophie@aar.fr"]], cluster="AAR")
    report = lists.run(FRENCH, cluster="AAR", prune=True)
    assert (report.removed, report.pruned) == ([], 0)
    assert [n.message for n in report.notes] == [
        "1 participant(s) missing from the file have no cluster (no company, or a company without one), so this "
        "list cannot say they left: they stay"]


def test_the_question_offers_the_mission_clusters_with_the_inferred_one_first(lists: Lists) -> None:
    lists.run(FRENCH, cluster="AAR")
    asked: list[tuple[list[str], str | None]] = []

    def answer(clusters: Any, default: str | None) -> str | None:
        asked.append((list(clusters), default))
        return default

    report = lists.run(FRENCH[1:], ask_cluster=answer)
    assert asked == [(["Aerospace Cluster Auvergne-Rhône-Alpes", "Lombardia Aerospace Cluster"],
                      "Aerospace Cluster Auvergne-Rhône-Alpes")]
    assert (report.scope.source, report.removed) == ("asked", ["be@aerodauphine.fr"])
    none = lists.run(FRENCH[1:], ask_cluster=lambda clusters, default: None)
    assert (none.scope.known, none.scope.source, none.removed) == (False, "asked", [])
    given = lists.run(FRENCH[1:], cluster="AAR", ask_cluster=answer)
    assert (given.scope.source, len(asked)) == ("option", 1)  # --cluster given: nothing asked


def test_an_unknown_cluster_suggests_the_closest(lists: Lists) -> None:
    with pytest.raises(NotFound) as missed:
        lists.run(FRENCH, cluster="Lombardia Aerospace Clustre")
    assert (missed.value.message, missed.value.hint) == (
        "no cluster 'Lombardia Aerospace Clustre'", "did you mean 'Lombardia Aerospace Cluster'?")


@pytest.mark.parametrize("cluster", ["LAC", None])
def test_what_a_row_leaves_unsaid_is_read_in_its_delegation_s_country(lists: Lists, cluster: str | None) -> None:
    """An Italian list at a Lyon mission, without a country column: its people are Italian, their
    national numbers Italian (a number cell that lost its 0 included), their capitals cased the
    Italian way; told by --cluster, or by the .it of their addresses."""
    header = ["Cognome", "Nome", "Azienda", "E-mail", "Cellulare"]
    people = [["DE LUCA", "GIULIA", "Avioparts Srl", "giulia@avioparts.it", "02 4951 7730"],
              ["D'ANGELO", "Mario", "Avioparts Srl", "mario@avioparts.it", 249517731],
              ["Verdi", "Anna", "Meccanica Lariana", "anna@lariana.it", "333 123 4567"]]
    report = lists.run(people, header, cluster=cluster)
    assert report.scope.source == ("option" if cluster else "content")
    assert [(p["first_name"], p["last_name"], p["country"], p["phone"]) for p in report.participants] == [
        ("Giulia", "De Luca", "IT", "+390249517730"), ("Mario", "D'Angelo", "IT", "+390249517731"),
        ("Anna", "Verdi", "IT", "+393331234567")]
