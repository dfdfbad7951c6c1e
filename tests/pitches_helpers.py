"""Shared set-up for the programme and pitch tests: people with the pitch flag, a session."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from c2c.services.missions import get_mission
from c2c.store.models import Mission
from tests.factories import put_participant, store_at

# first, last, company, cluster — in registration order
PEOPLE = [
    ("Benoît", "Guignard", "Mécanique Alpine", "AAR"),
    ("Giulia", "De Luca", "Aviometal", "LAC"),
    ("Marco", "Rossi", "Aviometal", "LAC"),
    ("Luca", "Verdi", "Verdi Compositi", "LAC"),
    ("Claire", "Martin", "Aubert Composites", "AAR"),
    ("Élodie", "Roux", "Roux Usinage", "AAR"),
    ("Paolo", "Neri", "Neri Avionica", "LAC"),
    ("Sofia", "Galli", "Galli Fasteners", "LAC"),
]


def add_people(db_path: Path, people: list[tuple[str, str, str, str]] = PEOPLE, mission: str = "lyon-2018") -> None:
    store = store_at(db_path)
    with store.session() as session:
        found = get_mission(session, mission)
        for first, last, company, cluster in people:
            put_participant(session, found, first, last, company, cluster, pitch=True)
    store.dispose()


@contextmanager
def mission_session(db_path: Path, slug: str = "lyon-2018") -> Iterator[tuple[object, Mission]]:
    store = store_at(db_path)
    try:
        with store.session() as session:
            yield session, get_mission(session, slug)
    finally:
        store.dispose()
