from __future__ import annotations

from pathlib import Path

from c2c.config import resolve_store
from c2c.services import buses
from c2c.services.missions import ref_of
from c2c.store.engine import open_store, upgrade_store
from c2c.store.reading import session_reader
from tests.bus_helpers import mission_session, people
from tests.conftest import DemoRun, Invoke

BUS_TABLES = {"coach", "coach_leg", "coach_stop", "seat_assignment", "boarding"}


def test_demo_shows_the_coach_manifest(demo_run: DemoRun) -> None:
    result = demo_run.result
    assert result.exit_code == 0, result.output
    # the demo's 14 Lombard travellers ride; the host cluster's people come by themselves
    assert "Coach 1 — outbound — 2018-11-20 — 14 on board, 34 free" in result.stdout
    assert "Milano Cadorna" in result.stdout
    assert "Coach 1: 50 seats (2 reserved), 14 people seated, 0 on the waitlist" in result.stderr
    assert "Warning: Coach 1" not in result.stderr


def test_demo_buses_seats_the_attendees_at_their_stops(invoke: Invoke, lyon: str, db_path: Path) -> None:
    people(db_path, [("Anna", "Rossi", "Alfa", "Milano - Cadorna"), ("Bruno", "Bianchi", "Beta", "GALLARATE"),
                     ("Carla", "Verdi", "Gamma", "Varese")])
    with mission_session(db_path) as (session, mission):
        messages = buses.demo_buses(session, mission)
        (coach,) = buses.build_manifest(session_reader(session), ref_of(mission))
    assert messages == ["Coach 1: 50 seats (2 reserved), 3 people seated, 0 on the waitlist"]
    outbound = coach.legs[0]
    assert [(s.stop, [p.name for p in s.passengers]) for s in outbound.stops[:3]] == [
        ("Milano Cadorna", ["Anna Rossi"]), ("Gallarate", ["Bruno Bianchi"]), ("Varese", ["Carla Verdi"])]


def test_migration_matches_the_models(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    store = open_store(resolve_store(str(tmp_path / "fresh.db")))
    with store.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection, opts={"compare_type": True}), SQLModel.metadata)
    store.dispose()
    assert diff == []


def test_an_older_store_gains_the_bus_tables_and_keeps_its_rows(tmp_path: Path) -> None:
    import sqlalchemy as sa

    location = resolve_store(str(tmp_path / "old.db"))
    old = open_store(location, upgrade=False)
    upgrade_store(old, "0003")
    with old.engine.begin() as connection:
        connection.execute(sa.text(
            "INSERT INTO mission (slug, title, direction, start_date, end_date, timezone, language, status, created_at) "
            "VALUES ('lyon-2018', 'Lyon', 'outgoing', '2018-11-20', '2018-11-20', 'Europe/Paris', 'fr', 'done', "
            "'2018-01-01 00:00:00')"))
    old.dispose()
    store = open_store(location)
    tables = set(sa.inspect(store.engine).get_table_names())
    with store.engine.connect() as connection:
        missions = connection.execute(sa.text("SELECT slug FROM mission")).scalars().all()
    store.dispose()
    assert tables >= BUS_TABLES
    assert missions == ["lyon-2018"]


def test_host_cluster_people_without_a_stop_are_not_waitlisted(invoke: Invoke, lyon: str, db_path: Path) -> None:
    from tests.factories import add_participant, store_at

    store = store_at(db_path)
    add_participant(store, lyon, "Benoît", "Côté", "Mécanique Alpine", "AAR")
    add_participant(store, lyon, "Anna", "Rossi", "Aviometal", "LAC", bus_stop="Varese")
    add_participant(store, lyon, "Marco", "Neri", "Aviometal", "LAC")
    store.dispose()
    invoke("mission", "use", lyon)
    invoke("bus", "add", "--name", "Coach 1", "--seats", "10")
    invoke("bus", "route", "add", "--bus", "Coach 1", "--leg", "outbound", "--stop", "Milano Cadorna", "--at", "06:30")
    invoke("bus", "route", "add", "--bus", "Coach 1", "--leg", "outbound", "--stop", "Varese", "--at", "07:20")
    result = invoke("bus", "assign", "--auto")
    assert result.exit_code == 0, result.stderr
    status = invoke("bus", "status", "--format", "json")
    assert "Benoît" not in status.stdout
    assert "Marco Neri" in status.stdout  # a guest with no stop is waitlisted with the reason
