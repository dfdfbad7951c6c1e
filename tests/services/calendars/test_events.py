"""Calendar events: items gathered from a real store, formatting, languages, who gets what, export state."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import Session, select

from c2c.parsing import LANGUAGES
from c2c.services.b2b.views import MeetingItem
from c2c.services.buses.manifest import CoachStopItem
from c2c.services.calendars import events as calendars, state
from c2c.services.calendars.export import Attendee, file_names
from c2c.services.languages import labels, ordinal, translate as label
from c2c.services.missions import ref_of
from c2c.services.pitches.agenda import PitchSlotItem
from c2c.services.program import PlannedBlock
from c2c.store.models import Mission, Participation, Person
from c2c.store.reading import session_reader
from tests.bus_helpers import mission_session
from tests.calendar_helpers import plan_calendar_day
from tests.factories import add_participant, store_at

PARIS = ZoneInfo("Europe/Paris")
DAY = dt.date(2018, 11, 20)


def at(hour: int, minute: int = 0, second: int = 0, day: dt.date = DAY) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute, second), PARIS)


@pytest.fixture
def mission_day(lyon: str, db_path: Path) -> Path:
    """Lyon 2018 planned through the services: a pitch session, one coach, one B2B meeting."""
    plan_calendar_day(db_path)
    return db_path


def _participation_ids(session: Session) -> dict[str, int]:
    rows = session.exec(select(Person.first_name, Participation.id).join(Participation)).all()
    return {first: pid for first, pid in rows if pid is not None}


def slot(order: int, start: dt.datetime, company: str = "Aviometal", pids: tuple[int, ...] = (1,)) -> PitchSlotItem:
    return PitchSlotItem(
        key=f"pitch:company:{order}", start=start, end=start + dt.timedelta(minutes=3), company=company,
        speakers=("Giulia De Luca",), order=order, total=18, participation_ids=pids,
        session_title="Pitches, round 1", location="Salle Rhône",
    )


STOP = CoachStopItem(
    key="coach:1:outbound:stop:2", start=at(6, 15), leg="outbound", stop="Gallarate FS", coach="Coach 1",
    participation_ids=(1, 2), address="Piazza Giovanni XXIII, Gallarate", driver_phone="+39 333 123 4567",
    destination="Aéroport Lyon-Saint Exupéry", end=at(11, 0),
)
MEETING = MeetingItem(
    key="b2b:meeting:5", start=at(14, 0), end=at(14, 20), company_a="Aviometal", company_b="Mécanique Alpine",
    participation_ids_a=(1,), participation_ids_b=(7,), table="12",
)


def test_pitch_slot_reads_like_the_issue_in_every_language() -> None:
    item = slot(5, at(10, 42))
    assert calendars.pitch_event(item, "en").summary == "Your pitch — 10:42–10:45, 3 min, 5th of 18"
    assert calendars.pitch_event(item, "it").summary == "Il tuo pitch — 10:42–10:45, 3 min, 5° di 18"
    assert calendars.pitch_event(item, "fr").summary == "Votre pitch — 10:42–10:45, 3 min, 5e sur 18"
    assert calendars.pitch_event(item, "de").summary == "Ihr Pitch — 10:42–10:45, 3 Min., 5. von 18"
    event = calendars.pitch_event(item, "fr")
    assert event.description == "Entreprise: Aviometal\nIntervenants: Giulia De Luca\nSession: Pitches, round 1"
    assert (event.location, event.key, event.alarm) == ("Salle Rhône", "pitch:company:5", None)


def test_english_ordinals() -> None:
    assert [ordinal(n, "en") for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st", "111th"]
    assert ordinal(1, "fr") == "1er"


def test_coach_pickup_has_stop_address_time_coach_phone_and_alarm() -> None:
    event = calendars.coach_event(STOP, "en", dt.timedelta(minutes=30))
    assert event.summary == "Outbound coach: pickup at Gallarate FS, 06:15"
    assert event.location == "Piazza Giovanni XXIII, Gallarate"
    assert event.description.splitlines() == [
        "Stop: Gallarate FS", "Address: Piazza Giovanni XXIII, Gallarate", "Time: 06:15", "Coach: Coach 1",
        "Driver's phone: +39 333 123 4567", "Destination: Aéroport Lyon-Saint Exupéry",
    ]
    assert (event.start, event.end, event.alarm) == (at(6, 15), at(11, 0), dt.timedelta(minutes=30))


def test_return_coach_without_arrival_is_a_short_event_in_italian() -> None:
    back = CoachStopItem(key="coach:1:return:stop:9", start=at(18, 30), leg="return", stop="Aéroport LYS",
                         coach="Coach 1", participation_ids=(1,))
    event = calendars.coach_event(back, "it", None)
    assert event.summary == "Pullman di ritorno: salita a Aéroport LYS alle 18:30"
    assert event.end - event.start == calendars.PICKUP_LENGTH
    assert event.alarm is None
    assert event.location == "Aéroport LYS"


def test_meeting_names_the_counterpart_on_each_side() -> None:
    mine = calendars.meeting_event(MEETING, 1, "en")
    theirs = calendars.meeting_event(MEETING, 7, "de")
    assert mine.summary == "B2B with Mécanique Alpine — Table 12"
    assert mine.description == "Counterpart: Mécanique Alpine\nTable: 12"
    assert theirs.summary == "B2B mit Aviometal — Tisch 12"
    assert mine.key != theirs.key


def test_pitch_block_lists_running_order_in_order() -> None:
    block = calendars.Block("block:1", at(10, 30), at(11, 30), "pitches", "Pitches", "Salle Rhône", "Three minutes each.")
    slots = [slot(2, at(10, 33), "Mécanique Alpine"), slot(1, at(10, 30)), slot(3, at(12, 0), "Outside")]
    event = calendars.block_event(block, slots, "it")
    assert event.description.splitlines() == [
        "Three minutes each.",
        "Ordine dei pitch:",
        "1. 10:30–10:33 Aviometal (Giulia De Luca)",
        "2. 10:33–10:36 Mécanique Alpine (Giulia De Luca)",
    ]


def test_participant_gets_blocks_own_pitch_own_coach_own_meetings() -> None:
    block = calendars.Block("block:1", at(9), at(10), "talk", "Welcome")
    items = calendars.FeatureItems(
        pitch_slots=[slot(1, at(10, 30), pids=(1,)), slot(2, at(10, 33), "Other", pids=(9,))],
        coach_stops=[STOP],
        meetings=[MEETING],
    )
    options = calendars.CalendarOptions(lang="en")
    mine = calendars.participant_events(1, [block], items, options)
    assert [e.key for e in mine] == ["coach:1:outbound:stop:2", "block:1", "pitch:company:1", "b2b:meeting:5:a"]
    other = calendars.participant_events(9, [block], items, options)
    assert [e.key for e in other] == ["block:1", "pitch:company:2"]
    whole = calendars.mission_events([block], items, options)
    assert [e.key for e in whole] == ["coach-leg:Coach 1:outbound", "block:1"]
    assert whole[0].description.splitlines()[1] == "06:15 Gallarate FS, Piazza Giovanni XXIII, Gallarate"


def test_block_past_midnight_ends_next_day() -> None:
    row = PlannedBlock(4, DAY, dt.time(22), dt.time(1), "other", "Night train", None, None)
    block = calendars.block_of(row, PARIS)
    assert block.end == at(1, day=DAY + dt.timedelta(days=1))


def test_items_come_from_the_stored_agenda_coaches_and_meetings(mission_day: Path) -> None:
    with mission_session(mission_day) as (session, mission):
        ids = _participation_ids(session)
        items = calendars.collect_items(session_reader(session), ref_of(mission))
    giulia, benoit = ids["Giulia"], ids["Benoît"]
    assert [(s.key.split(":")[1], s.company, s.order, s.total, s.participation_ids, s.start, s.end)
            for s in items.pitch_slots] == [
        ("company", "Mécanique Alpine", 1, 2, (benoit,), at(10, 30), at(10, 33)),
        ("company", "Aviometal", 2, 2, (giulia,), at(10, 33, 30), at(10, 36, 30)),
    ]
    assert {(s.session_title, s.location) for s in items.pitch_slots} == {("Pitches", "Salle Rhône")}
    assert [(s.leg, s.stop, s.coach, s.participation_ids, s.start, s.end, s.destination, s.driver_phone)
            for s in items.coach_stops] == [
        ("outbound", "Gallarate", "Coach 1", (giulia,), at(6, 15), at(11), "Lyon Saint-Exupéry", "+39 333 123 4567"),
    ]
    assert [(m.company_a, m.company_b, m.participation_ids_a, m.participation_ids_b, m.table, m.start, m.end)
            for m in items.meetings] == [
        ("Aviometal", "Mécanique Alpine", (giulia,), (benoit,), "3", at(14, 20), at(14, 40)),
    ]
    assert items.of(giulia).meetings == items.meetings
    assert items.of(benoit).coach_stops == []


def test_a_mission_with_nothing_planned_has_no_items(lyon: str, db_path: Path) -> None:
    add_participant(store := store_at(db_path), lyon, "Giulia", "De Luca", "Aviometal", "LAC", pitch=True)
    store.dispose()
    with mission_session(db_path) as (session, mission):
        assert calendars.collect_items(session_reader(session), ref_of(mission)) == calendars.FeatureItems()


def test_every_language_has_every_label() -> None:
    assert all(labels(lang).keys() == labels("en").keys() for lang in LANGUAGES)
    assert label("table", "de") == "Tisch"


def test_file_names_are_ascii_and_unique_for_namesakes() -> None:
    people = [
        Attendee(1, 10, "Benoît", "Guignard", None, None),
        Attendee(2, 11, "Mario", "Rossi", None, None),
        Attendee(3, 12, "Mario", "Rossi", None, None),
        Attendee(4, 13, "Łukasz", "Żółć-Nowak", None, None),
        Attendee(5, 14, "李", "王", None, None),
    ]
    assert file_names(people) == {
        1: "guignard-benoit.ics", 2: "rossi-mario-11.ics", 3: "rossi-mario-12.ics",
        4: "zolc-nowak-lukasz.ics", 5: "participant-14.ics",
    }
    assert all(name.isascii() for name in file_names(people).values())


# --- export state: pure planning over known rows -----------------------------------------

MISSION = Mission(id=1, slug="lyon-2018", title="T", start_date=DAY, end_date=DAY, timezone="Europe/Paris")
NOW = dt.datetime(2018, 11, 1, 12, tzinfo=dt.UTC)


def event(key: str, summary: str = "Welcome") -> calendars.CalendarEvent:
    return calendars.CalendarEvent(key=key, start=at(9), end=at(10), summary=summary)


def rows_after(plan: state.Plan, before: list[state.StateRow]) -> list[state.StateRow]:
    """What the store would hold after ``save_plans``: the planner's contract, without a store."""
    rows = {r.id: r for r in before}
    next_id = max(rows, default=0) + 1
    for values in plan.inserts:
        rows[next_id] = state.StateRow(next_id, values["calendar"], values["uid"], values["content_hash"], 0,
                                       values["summary"], values["start"], values["end"], False)
        next_id += 1
    for values in plan.updates:
        old = rows[values["id"]]
        rows[old.id] = state.StateRow(
            old.id, old.calendar, old.uid, values.get("content_hash", old.content_hash), values["sequence"],
            values.get("summary", old.summary), values.get("start", old.start), values.get("end", old.end),
            values["cancelled"],
        )
    for row_id in plan.deletes:
        del rows[row_id]
    return list(rows.values())


def test_uid_is_stable_sequence_rises_on_change_and_a_removal_stays_cancelled_until_it_is_over() -> None:
    first = state.plan_calendar(MISSION, "mission", [event("block:1"), event("block:2", "Lunch")], [], NOW)
    assert (first.new, first.changed, first.cancelled) == (2, 0, 0)
    uids = [e.uid for e in first.events]
    assert uids == [state.event_uid("lyon-2018", "mission", "block:1"), state.event_uid("lyon-2018", "mission", "block:2")]
    assert all(u.endswith("@c2c") and len(u) == 44 for u in uids)
    known = rows_after(first, [])

    same = state.plan_calendar(MISSION, "mission", [event("block:2", "Lunch"), event("block:1")], known, NOW)
    assert [(e.uid, e.sequence) for e in same.events] == [(uids[1], 0), (uids[0], 0)]
    assert (same.new, same.changed, same.updates) == (0, 0, [])

    changed = state.plan_calendar(MISSION, "mission", [event("block:1", "Welcome coffee")], known, NOW)
    assert [(e.uid, e.sequence, e.status) for e in changed.events] == [
        (uids[0], 1, "CONFIRMED"), (uids[1], 1, "CANCELLED")]
    assert changed.events[1].summary == "Lunch"
    assert changed.events[1].start == at(9)
    known = rows_after(changed, known)

    for _ in range(2):  # however often the files are written, the cancellation goes out again
        again = state.plan_calendar(MISSION, "mission", [event("block:1", "Welcome coffee")], known, NOW)
        assert [(e.uid, e.sequence, e.status) for e in again.events] == [
            (uids[0], 1, "CONFIRMED"), (uids[1], 1, "CANCELLED")]
        assert (again.updates, again.deletes) == ([], [])

    over = state.plan_calendar(MISSION, "mission", [event("block:1", "Welcome coffee")], known, at(23))
    assert [(e.uid, e.sequence) for e in over.events] == [(uids[0], 1)]
    assert len(over.deletes) == 1
    assert [r.uid for r in rows_after(over, known)] == [uids[0]]


def test_uid_differs_per_mission_and_per_calendar() -> None:
    assert state.event_uid("lyon-2018", "mission", "block:1") != state.event_uid("lyon-2019", "mission", "block:1")
    assert state.event_uid("lyon-2018", "mission", "block:1") != state.event_uid(
        "lyon-2018", state.participant_calendar(3), "block:1")


def test_alarm_change_counts_as_a_change() -> None:
    plain = calendars.coach_event(STOP, "en", None)
    reminded = calendars.coach_event(STOP, "en", dt.timedelta(minutes=30))
    assert state.content_hash(plain) != state.content_hash(reminded)


def test_item_times_are_shown_in_the_mission_zone(mission_day: Path) -> None:
    with mission_session(mission_day) as (session, mission):
        items = calendars.collect_items(session_reader(session), ref_of(mission))
    moments = [s.start for s in items.pitch_slots] + [s.start for s in items.coach_stops]
    moments += [m.start for m in items.meetings]
    assert moments
    assert {m.tzinfo for m in moments} == {PARIS}
    assert calendars.pitch_event(items.pitch_slots[1], "en").summary.startswith("Your pitch — 10:33:30–10:36:30")  # the plan's seconds kept


def test_a_personal_calendar_uses_lang_else_the_person_language_else_the_mission_one() -> None:
    mission_default = calendars.CalendarOptions(lang="fr")
    assert mission_default.for_person("it").lang == "it"
    assert mission_default.for_person(" DE ").lang == "de"
    assert mission_default.for_person(None).lang == "fr"
    assert mission_default.for_person("pt").lang == "fr"  # no labels in Portuguese: the mission's
    assert mission_default.for_person(None, "IT").lang == "it"  # else the person's country's
    assert mission_default.for_person(None, "CH").lang == "de"
    assert mission_default.for_person(None, "CZ").lang == "fr"
    forced = calendars.CalendarOptions(lang="en", forced_lang=True)
    assert forced.for_person("it").lang == "en"
