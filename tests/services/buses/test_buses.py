from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from c2c.errors import Conflict, InvalidInput
from c2c.services import buses
from c2c.services.buses.matching import closest_stop, match_stop
from c2c.services.missions import ref_of
from c2c.store.models import ProgramBlock
from c2c.store.reading import session_reader
from tests.bus_helpers import add_coach, add_route, coach_with_route, mission_session, people

STOPS = ["Milano Cadorna", "Gallarate", "Varese"]


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Milano Cadorna", "Milano Cadorna"),
        ("MILANO CADORNA", "Milano Cadorna"),
        ("Milano - Cadorna", "Milano Cadorna"),
        ("cadorna", "Milano Cadorna"),
        ("Milano Cadorna FNM", "Milano Cadorna"),
        ("Stazione di Gallarate", "Gallarate"),
        ("  varese ", "Varese"),
        ("Varèse", "Varese"),
        ("Galarate", None),
        ("Milano", "Milano Cadorna"),
        ("Como", None),
        ("Gallarate (ore 7:00)", "Gallarate"),
        ("Varese 07.20", "Varese"),
    ],
)
def test_stops_match_forgivingly_but_never_guess(written: str, expected: str | None) -> None:
    assert match_stop(written, STOPS) == expected


def test_ambiguous_stop_matches_nothing() -> None:
    assert match_stop("Milano", ["Milano Cadorna", "Milano Centrale"]) is None


def test_closest_stop_is_suggested() -> None:
    assert closest_stop("Galarate", STOPS) == "Gallarate"
    assert closest_stop("Varezze", STOPS) == "Varese"
    assert closest_stop("Stuttgart", STOPS) is None


def test_capacity_minus_reserve_and_waitlist_reason(lyon: str, db_path: Path) -> None:
    coach_with_route(db_path, seats=4, reserved=1)
    people(db_path, [(f"P{i}", "Rossi", f"Company {i}", "Gallarate") for i in range(5)])
    with mission_session(db_path) as (session, mission):
        report = buses.auto_assign(session, mission)
    assert len(report.placed) == 3
    assert [w.reason for w in report.waitlisted] == ["no free seat on the coaches stopping at Gallarate (Coach 1 3/3)"] * 2


def test_reserve_option_overrides_the_coach_reserve(lyon: str, db_path: Path) -> None:
    coach_with_route(db_path, seats=4, reserved=1)
    people(db_path, [(f"P{i}", "Rossi", f"Company {i}", "Varese") for i in range(5)])
    with mission_session(db_path) as (session, mission):
        report = buses.auto_assign(session, mission, reserve=2)
    assert (len(report.placed), len(report.waitlisted)) == (2, 3)


def test_reassignment_is_stable_and_retries_the_waitlist(lyon: str, db_path: Path) -> None:
    coach_with_route(db_path, "Coach 1", seats=3)
    people(db_path, [("Anna", "Rossi", "Alfa", "Gallarate"), ("Bruno", "Bianchi", "Beta", "Varese"),
                     ("Carla", "Verdi", "Gamma", "Milano Cadorna"), ("Dario", "Neri", "Delta", "Varese")])
    with mission_session(db_path) as (session, mission):
        first = buses.auto_assign(session, mission)
    assert [w.name for w in first.waitlisted] == ["Dario Neri"]
    coach_with_route(db_path, "Coach 2", seats=3)
    people(db_path, [("Elena", "Gialli", "Epsilon", "Varese")])
    with mission_session(db_path) as (session, mission):
        second = buses.auto_assign(session, mission)
    assert second.kept == 3
    assert sorted((p.name, p.coach) for p in second.placed) == [("Dario Neri", "Coach 2"), ("Elena Gialli", "Coach 2")]
    with mission_session(db_path) as (session, mission):
        third = buses.auto_assign(session, mission)
    assert (third.kept, third.placed, third.waitlisted) == (5, [], [])


def test_colleagues_travel_together_where_possible(lyon: str, db_path: Path) -> None:
    coach_with_route(db_path, "Coach 1", seats=4)
    coach_with_route(db_path, "Coach 2", seats=4)
    # interleaved registration order: seated one by one they would be split
    people(db_path, [("A1", "X", "Xeno", "Varese"), ("B1", "Y", "Ypsilon", "Varese"), ("A2", "X", "Xeno", "Gallarate"),
                     ("B2", "Y", "Ypsilon", "Varese"), ("A3", "X", "Xeno", "Varese"), ("B3", "Y", "Ypsilon", "Varese")])
    with mission_session(db_path) as (session, mission):
        report = buses.auto_assign(session, mission)
    coach_of = {p.name: p.coach for p in report.placed}
    assert len({coach_of["A1 X"], coach_of["A2 X"], coach_of["A3 X"]}) == 1
    assert len({coach_of["B1 Y"], coach_of["B2 Y"], coach_of["B3 Y"]}) == 1
    assert coach_of["A1 X"] != coach_of["B1 Y"]


def test_a_newcomer_joins_the_coach_of_their_colleagues(lyon: str, db_path: Path) -> None:
    coach_with_route(db_path, "Coach 1", seats=10)
    coach_with_route(db_path, "Coach 2", seats=10)
    people(db_path, [("Anna", "Rossi", "Alfa", "Varese")])
    with mission_session(db_path) as (session, mission):
        buses.assign_person(session, mission, "anna.rossi@example.com", "Coach 2", None)
    people(db_path, [("Aldo", "Rossi", "Alfa", "Gallarate")])
    with mission_session(db_path) as (session, mission):
        report = buses.auto_assign(session, mission)
    assert [(p.name, p.coach, p.stop) for p in report.placed] == [("Aldo Rossi", "Coach 2", "Gallarate")]


def test_unknown_stop_is_waitlisted_with_closest_match(lyon: str, db_path: Path) -> None:
    coach_with_route(db_path)
    people(db_path, [("Anna", "Rossi", "Alfa", "Galarate"), ("Bruno", "Bianchi", "Beta", None),
                     ("Carla", "Verdi", "Gamma", "Milano - Cadorna")])
    with mission_session(db_path) as (session, mission):
        report = buses.auto_assign(session, mission)
    assert report.unknown_stops == {"Galarate": "Gallarate"}
    assert [(w.name, w.reason) for w in report.waitlisted] == [
        ("Anna Rossi", "stop 'Galarate' is on no route (closest: 'Gallarate')"),
        ("Bruno Bianchi", "no pick-up stop given"),
    ]
    assert [(p.name, p.stop) for p in report.placed] == [("Carla Verdi", "Milano Cadorna")]


def test_cancelled_people_free_their_seat(lyon: str, db_path: Path) -> None:
    from c2c.store.models import Participation

    coach_with_route(db_path)
    (anna,) = people(db_path, [("Anna", "Rossi", "Alfa", "Varese")])
    with mission_session(db_path) as (session, mission):
        buses.auto_assign(session, mission)
        participation = session.get(Participation, anna)
        assert participation is not None
        participation.status = "cancelled"
        session.add(participation)
        report = buses.auto_assign(session, mission)
    assert report.released == ["Anna Rossi"]


def test_times_must_increase_along_a_leg(lyon: str, db_path: Path) -> None:
    add_coach(db_path)
    add_route(db_path, "Coach 1", "outbound", OUTBOUND_TWO)
    with mission_session(db_path) as (session, mission):
        coach = buses.get_coach(session, mission, "coach 1")
        with pytest.raises(InvalidInput) as error:
            buses.add_stop(session, mission, coach, "outbound", "Varese", dt.time(6, 45))
    assert error.value.message == "Gallarate is where Coach 1, outbound arrives: a stop goes before it"
    with mission_session(db_path) as (session, mission):
        coach = buses.get_coach(session, mission, "coach 1")
        with pytest.raises(InvalidInput) as error:
            buses.add_stop(session, mission, coach, "outbound", "Varese", dt.time(6, 15), before="Gallarate")
    assert error.value.message == (
        "times must increase along a leg: 'Varese' at 06:15 is not after 'Milano Cadorna' at 06:30 (Coach 1, outbound)"
    )


OUTBOUND_TWO = [("Milano Cadorna", "06:30"), ("Gallarate", "07:00")]


def test_programme_warnings_for_late_arrivals_and_early_returns(lyon: str, db_path: Path) -> None:
    coach_with_route(db_path)
    day = dt.date(2018, 11, 20)
    with mission_session(db_path) as (session, mission):
        assert buses.programme_warnings(session_reader(session), mission.id) == []
        coach = buses.get_coach(session, mission, "Coach 1")
        buses.add_stop(session, mission, coach, "to Safran", "Lyon Saint-Exupéry", dt.time(14, 0), kind="transfer")
        buses.add_stop(session, mission, coach, "to Safran", "Safran plant", dt.time(15, 10))
        assert mission.id is not None
        for start, end, kind, title in [((10, 30), (12, 30), "talk", "Welcome"), ((15, 0), (16, 30), "visit", "Plant visit"),
                                        ((16, 30), (18, 0), "b2b", "B2B meetings")]:
            session.add(ProgramBlock(mission_id=mission.id, day=day, start=dt.time(*start), end=dt.time(*end),
                                     kind=kind, title=title))
        session.flush()
        warnings = buses.programme_warnings(session_reader(session), mission.id)
    assert warnings == [
        "Coach 1, outbound arrives at Lyon Saint-Exupéry at 12:00, after 'Welcome' starts at 10:30",
        "Coach 1, to Safran arrives at Safran plant at 15:10, after 'Plant visit' starts at 15:00",
        "Coach 1, return leaves Lyon Saint-Exupéry at 17:30, before 'B2B meetings' ends at 18:00",
    ]


def test_single_assignment_checks_stop_and_capacity(lyon: str, db_path: Path) -> None:
    coach_with_route(db_path, seats=2, reserved=1)
    people(db_path, [("Anna", "Rossi", "Alfa", None), ("Bruno", "Bianchi", "Beta", "Varese")])
    with mission_session(db_path) as (session, mission):
        placed = buses.assign_person(session, mission, "rossi anna", "Coach 1", "cadorna")
        assert placed.stop == "Milano Cadorna"
        with pytest.raises(Conflict, match=r"Coach 1 is full: 1 of 1 free seats taken \(1 reserved\)"):
            buses.assign_person(session, mission, "bruno.bianchi@example.com", "Coach 1", None)


def test_remove_coach_sends_people_back_to_the_waitlist(lyon: str, db_path: Path) -> None:
    coach_with_route(db_path)
    people(db_path, [("Anna", "Rossi", "Alfa", "Varese")])
    with mission_session(db_path) as (session, mission):
        buses.auto_assign(session, mission)
        assert buses.remove_coach(session, buses.get_coach(session, mission, "Coach 1")) == 1
        assert buses.waitlist_rows(session_reader(session), mission.id)[0]["reason"] == "coach 'Coach 1' was removed"


def test_calendar_coach_stops(lyon: str, db_path: Path) -> None:
    coach_with_route(db_path)
    anna, bruno = people(db_path, [("Anna", "Rossi", "Alfa", "Varese"), ("Bruno", "Bianchi", "Beta", "Gallarate")])
    with mission_session(db_path) as (session, mission):
        buses.auto_assign(session, mission)
        items = buses.calendar_coach_stops(session_reader(session), ref_of(mission))
    paris = dt.timezone(dt.timedelta(hours=1))
    assert [(i.leg, i.stop, i.start.astimezone(paris).strftime("%H:%M"), i.participation_ids) for i in items] == [
        ("outbound", "Milano Cadorna", "06:30", ()),
        ("outbound", "Gallarate", "07:00", (bruno,)),
        ("outbound", "Varese", "07:20", (anna,)),
        ("return", "Lyon Saint-Exupéry", "17:30", (anna, bruno)),
        ("return", "Varese", "22:30", ()),
        ("return", "Gallarate", "22:50", ()),
    ]
    first = items[0]
    assert first.start.tzinfo is not None
    assert first.start.utcoffset() == dt.timedelta(hours=1)
    assert first.destination == "Lyon Saint-Exupéry"
    assert first.end == dt.datetime(2018, 11, 20, 12, 0, tzinfo=first.start.tzinfo)
    assert first.key.startswith("coach:")
    assert ":outbound:stop:" in first.key
    assert len({i.key for i in items}) == len(items)


def test_board_and_unboard_per_leg(lyon: str, db_path: Path) -> None:
    coach_with_route(db_path)
    people(db_path, [("Anna", "Rossi", "Alfa", "Varese")])
    now = dt.datetime(2018, 11, 20, 6, 19, tzinfo=dt.UTC)
    with mission_session(db_path) as (session, mission):
        buses.auto_assign(session, mission)
        change = buses.board(session, mission, "Anna Rossi", None, now)
        assert (change.leg, change.boarded_at) == ("outbound", now)
        later = buses.board(session, mission, "Anna Rossi", "outbound", now + dt.timedelta(minutes=5))
        assert later.boarded_at == now  # boarding twice keeps the first time
        assert buses.board(session, mission, "Anna Rossi", "return", now).leg == "return"
        assert buses.board(session, mission, "anna.rossi@example.com", "outbound", now, boarded=False).boarded_at is None
        coach = buses.get_coach(session, mission, "Coach 1")
        ret = buses.get_leg(session, coach, "return")
        assert [p.boarded_at for p in buses.leg_passengers(session, mission, coach, ret)] == [now]


def test_moving_someone_to_another_coach_clears_their_boardings(lyon: str, db_path: Path) -> None:
    coach_with_route(db_path, "Coach 1")
    coach_with_route(db_path, "Coach 2")
    people(db_path, [("Anna", "Rossi", "Alfa", "Varese")])
    now = dt.datetime(2018, 11, 20, 6, 19, tzinfo=dt.UTC)
    with mission_session(db_path) as (session, mission):
        buses.assign_person(session, mission, "Anna Rossi", "Coach 1", None)
        buses.board(session, mission, "Anna Rossi", "outbound", now)
        buses.assign_person(session, mission, "Anna Rossi", "Coach 2", None)
        buses.assign_person(session, mission, "Anna Rossi", "Coach 1", None)
        coach = buses.get_coach(session, mission, "Coach 1")
        outbound = buses.get_leg(session, coach, "outbound")
        assert [p.boarded_at for p in buses.leg_passengers(session, mission, coach, outbound)] == [None]


def test_calendar_stops_after_midnight_fall_on_the_next_day(lyon: str, db_path: Path) -> None:
    add_coach(db_path)
    add_route(db_path, "Coach 1", "return", [("Lyon", "18:30"), ("Varese", "23:30"), ("Milano Cadorna", "00:20+1")])
    with mission_session(db_path) as (session, mission):
        items = buses.calendar_coach_stops(session_reader(session), ref_of(mission))
    assert [(i.stop, i.start.isoformat()) for i in items] == [
        ("Lyon", "2018-11-20T18:30:00+01:00"), ("Varese", "2018-11-20T23:30:00+01:00")]
    assert items[0].end is not None
    assert items[0].end.isoformat() == "2018-11-21T00:20:00+01:00"
