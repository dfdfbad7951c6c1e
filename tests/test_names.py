"""One name resolver for companies, people, coaches, stops and clusters (``c2c.names``)."""

from __future__ import annotations

import pytest

from c2c.errors import InvalidInput, NotFound
from c2c.names import either, person_names, resolve, suggest

COMPANIES = ["Microfusioni Insubria Srl", "Mécanique Alpine", "Mecaprec", "Aviometal", "Avio Parts"]


def _company(typed: str) -> str:
    return resolve(COMPANIES, typed, lambda name: [name], what="company", where="in mission lyon-2018")


@pytest.mark.parametrize(("typed", "found"), [
    ("Aviometal", "Aviometal"),                       # exact
    ("MECANIQUE  alpine", "Mécanique Alpine"),        # case, accents and spaces folded
    ("Microfusioni", "Microfusioni Insubria Srl"),    # a unique beginning
    ("méca", None),                                   # begins two: ambiguous
])
def test_exact_then_folded_then_a_unique_beginning(typed: str, found: str | None) -> None:
    if found is not None:
        assert _company(typed) == found
        return
    with pytest.raises(InvalidInput) as ambiguous:
        _company(typed)
    assert (ambiguous.value.message, ambiguous.value.hint) == (
        "'méca' could be 'Mécanique Alpine' or 'Mecaprec' in mission lyon-2018", "give more of the name")


def test_an_exact_name_wins_over_a_longer_one_it_begins() -> None:
    assert resolve(["Coach 1", "Coach 10"], "coach 1", lambda n: [n], what="coach") == "Coach 1"


def test_an_unknown_name_suggests_the_closest_else_the_hint() -> None:
    with pytest.raises(NotFound) as typo:
        _company("Aviometall")
    assert (typo.value.message, typo.value.hint) == ("no company 'Aviometall' in mission lyon-2018",
                                                     "did you mean 'Aviometal'?")
    with pytest.raises(NotFound) as nothing:
        resolve(COMPANIES, "Zzz", lambda n: [n], what="company", hint="see them with: c2c companies list")
    assert nothing.value.hint == "see them with: c2c companies list"


def test_people_answer_to_either_order_and_e_mail_and_namesakes_are_told_apart() -> None:
    people = [("Benoît-Étienne Roux", "Roux Benoît-Étienne", "be@roux.fr"),
              ("Anna Rossi", "Rossi Anna", "anna@a.it"), ("Anna Rossi", "Rossi Anna", "rossi@b.it")]

    def find(typed: str) -> tuple[str, str, str]:
        return resolve(people, typed, lambda p: person_names(*p), what="participant", ambiguous="give the e-mail")

    assert find("roux benoit etienne")[2] == "be@roux.fr"
    assert find("ROSSI@B.IT")[2] == "rossi@b.it"
    with pytest.raises(InvalidInput) as namesakes:
        find("anna rossi")
    assert namesakes.value.message == "'anna rossi' could be 'Anna Rossi <anna@a.it>' or 'Anna Rossi <rossi@b.it>'"
    with pytest.raises(NotFound) as unknown:
        find("nobody@roux.fr")  # an e-mail alike by its domain suggests nobody
    assert unknown.value.hint is None


def test_a_loose_answer_is_suggested_by_a_word_or_a_likeness() -> None:
    clusters = ["Lombardia Aerospace Cluster", "Aerospace Cluster Auvergne-Rhône-Alpes", "Silesia Aviation Cluster"]
    assert suggest(clusters, "lombardia", lambda n: [n]) == "Lombardia Aerospace Cluster"
    assert suggest(clusters, "silesia aviaton", lambda n: [n]) == "Silesia Aviation Cluster"
    assert suggest(clusters, "aerospace", lambda n: [n]) == "Aerospace Cluster Auvergne-Rhône-Alpes"  # its beginning
    assert suggest(clusters, "cluster", lambda n: [n]) is None  # a word of all three: nothing to offer
    assert suggest(clusters, "Québec", lambda n: [n]) is None


def test_a_long_list_of_matches_is_cut() -> None:
    assert either(f"Coach {n}" for n in range(1, 10)) == (
        "'Coach 1', 'Coach 2', 'Coach 3', 'Coach 4', 'Coach 5', 'Coach 6' … (9 in all)")
