"""The importer's fast paths store exactly what the ordinary SQLAlchemy calls would."""

from __future__ import annotations

import datetime as dt
import gc
import sqlite3
from pathlib import Path

from sqlalchemy import insert

from c2c import gc_tuning
from c2c.services.importing.bulk import CHUNK, insert_rows
from c2c.services.missions import get_mission
from c2c.store.models import Participation, Person
from tests.factories import store_at

NOW = dt.datetime(2018, 11, 20, 9, 30, 15, 123456, tzinfo=dt.UTC)


def _rows(db_path: Path, query: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(db_path) as connection:
        return connection.execute(query).fetchall()


def test_insert_rows_stores_what_core_insert_stores(lyon: str, db_path: Path) -> None:
    people = [{"id": n, "first_name": f"Anna {n}", "last_name": "Côté", "email": f"a{n}@example.org", "phone": None,
               "role": None, "country": "FR", "company_id": None} for n in (1, 2)]
    parts = [{"person_id": n, "pitch": pitch, "bus_stop": "Gallarate", "extra": {"Note": "vegetariano", "n": n}}
             for n, pitch in ((1, True), (2, None))]
    store = store_at(db_path)
    with store.session() as session:
        mission_id = get_mission(session, lyon).id
        shared = {"mission_id": mission_id, "status": "registered", "notes": None, "created_at": NOW}
        insert_rows(session, Person, people[:1], shared={"language": None})
        session.execute(insert(Person.__table__), [{**people[1], "language": None}])
        insert_rows(session, Participation, parts[:1], shared=shared)
        session.execute(insert(Participation.__table__), [{**parts[1], **shared}])
    store.dispose()
    person_rows = _rows(db_path, "SELECT first_name, last_name, email, language, country FROM person ORDER BY id")
    assert person_rows == [("Anna 1", "Côté", "a1@example.org", None, "FR"), ("Anna 2", "Côté", "a2@example.org", None, "FR")]
    fast, core = _rows(db_path, "SELECT status, pitch, bus_stop, notes, extra, created_at, typeof(pitch) "
                                "FROM participation ORDER BY id")
    assert fast[:4] == ("registered", 1, "Gallarate", None)
    assert core[:4] == ("registered", None, "Gallarate", None)
    assert fast[4] == '{"Note": "vegetariano", "n": 1}'
    assert core[4] == '{"Note": "vegetariano", "n": 2}'
    assert fast[5] == core[5] == "2018-11-20 09:30:15.123456"


def test_insert_rows_writes_every_chunk(lyon: str, db_path: Path) -> None:
    people = [{"first_name": "P", "last_name": str(n), "email": None} for n in range(CHUNK + 3)]
    store = store_at(db_path)
    with store.session() as session:
        insert_rows(session, Person, people, shared={"phone": None, "role": None, "country": None, "language": None,
                                                     "company_id": None})
    store.dispose()
    assert _rows(db_path, "SELECT count(*), max(CAST(last_name AS INTEGER)) FROM person") == [(CHUNK + 3, CHUNK + 2)]


def test_collector_paused_restores_its_state() -> None:
    assert gc.isenabled()
    with gc_tuning.paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_tuning.paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
