"""Two coordinators editing the same row: the second write is refused, naming who changed what."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import pytest

from c2c.config import resolve_store
from c2c.errors import Conflict
from c2c.services.missions import MissionInput, create_mission, get_mission
from c2c.services.participants import (
    PersonInput,
    add_participant,
    edit_participant,
    find_participation,
)
from c2c.store.engine import Store, open_store
from c2c.store.models import Mission, Person

if TYPE_CHECKING:
    from sqlmodel import Session

EMAIL = "be.marchal@aero.example"


@pytest.fixture
def store(store_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    opened = open_store(resolve_store(store_url))
    with opened.session() as session:
        mission = create_mission(session, MissionInput(title="Lombardia in Wrocław", slug="wroclaw-2026",
                                                       start_date=dt.date(2026, 5, 12), city="Wrocław", country="PL"))
        add_participant(session, mission, PersonInput(first_name="Benoît-Étienne", last_name="Marchal",
                                                      email=EMAIL, country="FR"))
    yield opened
    opened.dispose()


# On SQLite each writing session takes the write lock at its start: the second coordinator waits
# for the first and reads what it wrote, so there is no race to lose (tests/store/test_concurrent_writers.py)
ON_THE_SERVER = pytest.mark.parametrize("store_url", ["postgresql"], indirect=True)


def _lost_race(store: Store, meanwhile: Callable[[Session, Person], None],
               mine: Callable[[Session, Mission, Person], None]) -> Conflict:
    """Read Benoît-Étienne in one transaction, let ``meanwhile`` commit another, then write ``mine``."""
    with pytest.raises(Conflict) as raised:  # noqa: PT012  (the race is the whole block)
        with store.session() as slow:
            mission = get_mission(slow, "wroclaw-2026")
            _, person = find_participation(slow, mission, EMAIL)
            with store.session() as fast:
                meanwhile(fast, person)
            mine(slow, mission, person)
    return raised.value


@ON_THE_SERVER
def test_a_lost_race_is_refused_and_says_who_changed_what(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    def ewa_edits(session: Session, _person: Person) -> None:
        monkeypatch.setenv("C2C_USER", "Ewa")
        edit_participant(session, get_mission(session, "wroclaw-2026"), EMAIL, PersonInput(email="bem@aero.example"))
        monkeypatch.setenv("C2C_USER", "Giulia")

    def giulia_edits(session: Session, mission: Mission, _person: Person) -> None:
        edit_participant(session, mission, EMAIL, PersonInput(phone="+33 4 72 40 18 31"))

    conflict = _lost_race(store, ewa_edits, giulia_edits)
    assert conflict.message == (
        "Ewa changed participant Benoît-Étienne Marchal while you were editing it: email is now 'bem@aero.example'"
    )
    assert conflict.hint == "nothing was written; run the command again on what is there now"
    with store.session() as session:
        _, person = find_participation(session, get_mission(session, "wroclaw-2026"), "Benoît-Étienne Marchal")
        assert (person.email, person.phone, person.version, person.changed_by) == ("bem@aero.example", None, 2, "Ewa")


@ON_THE_SERVER
def test_a_row_removed_meanwhile_is_a_conflict_too(store: Store) -> None:
    def remove(session: Session, person: Person) -> None:
        session.delete(session.get(Person, person.id))

    def edit(session: Session, _mission: Mission, person: Person) -> None:
        person.role = "CEO"
        session.add(person)
        session.flush()

    conflict = _lost_race(store, remove, edit)
    assert conflict.message == "someone else removed participant Benoît-Étienne Marchal while you were editing it"
