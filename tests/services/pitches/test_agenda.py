from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from c2c.errors import InvalidInput, NotFound
from c2c.services.missions import ref_of
from c2c.services.pitches import agenda as pitches, views as pitch_views
from c2c.services.pitches.agenda import AgendaOptions
from c2c.store.reading import session_reader
from tests.conftest import Invoke, LyonWith
from tests.pitches_helpers import add_people, mission_session

REGISTRATION = ["Mécanique Alpine", "Aviometal", "Verdi Compositi", "Aubert Composites", "Roux Usinage",
                "Neri Avionica", "Galli Fasteners"]


def _day(db_path: Path, invoke: Invoke) -> None:
    add_people(db_path)
    result = invoke("program", "add", "-m", "lyon-2018", "--kind", "pitches", "--at", "09:30", "--until", "11:00",
                    "--title", "Company pitches")
    assert result.exit_code == 0, result.stderr


@pytest.fixture
def day(lyon: str, db_path: Path, lyon_with: LyonWith) -> Path:
    """Lyon 2018 with seven pitching companies and one long pitch session."""
    lyon_with(_day, db_path)
    return db_path


def _companies(agenda: pitches.Agenda) -> list[str]:
    return [s.pitcher.company for s in agenda.slots]


def _build(db_path: Path, **options: Any) -> pitches.Agenda:
    reset = options.pop("reset", False)
    with mission_session(db_path) as (session, mission):
        return pitches.build_agenda(session, mission, AgendaOptions(**options), reset=reset)  # type: ignore[arg-type]


def test_alternate_interleaves_host_and_guest(day: Path) -> None:
    agenda = _build(day)
    assert _companies(agenda) == ["Mécanique Alpine", "Aviometal", "Aubert Composites", "Verdi Compositi",
                                  "Roux Usinage", "Neri Avionica", "Galli Fasteners"]
    assert [s.pitcher.cluster for s in agenda.slots] == ["AAR", "LAC", "AAR", "LAC", "AAR", "LAC", "LAC"]
    assert agenda.slots[1].pitcher.speakers == ("Giulia De Luca", "Marco Rossi")


@pytest.mark.parametrize(
    ("order", "expected"),
    [
        ("registration", REGISTRATION),
        ("cluster", ["Mécanique Alpine", "Aubert Composites", "Roux Usinage", "Aviometal", "Verdi Compositi",
                     "Neri Avionica", "Galli Fasteners"]),
        ("alphabetical", ["Aubert Composites", "Aviometal", "Galli Fasteners", "Mécanique Alpine", "Neri Avionica",
                          "Roux Usinage", "Verdi Compositi"]),
    ],
)
def test_ordering_modes(day: Path, order: str, expected: list[str]) -> None:
    assert _companies(_build(day, order=order)) == expected


def test_random_order_is_reproducible_with_a_seed_and_kept_without(day: Path) -> None:
    first = _companies(_build(day, order="random", seed=7))
    assert _companies(_build(day, order="random", seed=7)) == first
    assert sorted(first) == sorted(REGISTRATION)
    seeds = {tuple(_companies(_build(day, order="random", seed=s))) for s in range(1, 6)}
    assert len(seeds) > 1
    # the seed is saved: a later run without options gives the same order
    _build(day, order="random", seed=3)
    assert _companies(_build(day)) == _companies(_build(day, seed=3))


def test_times_flow_with_changeover_and_offsets(day: Path) -> None:
    agenda = _build(day, pitch_seconds=180, changeover_seconds=30)
    starts = [s.start.isoformat() for s in agenda.slots if s.start]
    assert starts[:3] == ["2018-11-20T09:30:00+01:00", "2018-11-20T09:33:30+01:00", "2018-11-20T09:37:00+01:00"]
    assert agenda.slots[0].end is not None
    assert agenda.slots[0].end.isoformat() == "2018-11-20T09:33:00+01:00"


def test_per_person_gives_colleagues_their_own_pitch(day: Path) -> None:
    agenda = _build(day, per="person", order="registration")
    assert len(agenda.slots) == 8
    assert [s.pitcher.label for s in agenda.slots[1:3]] == ["Aviometal (Giulia De Luca)", "Aviometal (Marco Rossi)"]


def test_skip_reflows_the_rest_and_unskip_restores(day: Path) -> None:
    before = _build(day, order="registration")
    with mission_session(day) as (session, mission):
        slot, after = pitches.mark_pitch(session, mission, "aviometal", skipped=True)
    assert slot.skipped
    assert after.slots[1].status == "skipped"
    assert after.slots[1].start is None
    assert after.slots[2].start == before.slots[1].start
    assert len(after.scheduled) == 6
    with mission_session(day) as (session, mission):
        _, restored = pitches.mark_pitch(session, mission, "Aviometal", skipped=False)
    assert [s.start for s in restored.slots] == [s.start for s in before.slots]


def test_overflow_says_by_how_much_and_who_falls_off(invoke: Invoke, lyon: str, db_path: Path) -> None:
    add_people(db_path)
    invoke("program", "add", "-m", lyon, "--kind", "pitches", "--at", "09:30", "--minutes", "15", "--title", "Pitches")
    agenda = _build(db_path, order="registration", pitch_seconds=180, changeover_seconds=30)
    assert [s.status for s in agenda.slots].count("does not fit") == 3
    assert agenda.overflow_message() == (
        "the pitch sessions are 9 min short: 3 pitches do not fit: Roux Usinage, Neri Avionica, Galli Fasteners"
    )


def test_no_pitches_block_reports_everyone(invoke: Invoke, lyon: str, db_path: Path) -> None:
    add_people(db_path, [("Giulia", "De Luca", "Aviometal", "LAC")])
    agenda = _build(db_path)
    assert agenda.overflow_message() == "no pitches block in the programme of lyon-2018: 1 pitch does not fit: Aviometal"


def test_pitches_flow_into_several_blocks_and_days(invoke: Invoke, lyon: str, db_path: Path) -> None:
    add_people(db_path)
    invoke("mission", "edit", lyon, "--end", "2018-11-21")
    invoke("program", "add", "-m", lyon, "--kind", "pitches", "--at", "09:30", "--minutes", "10", "--title", "Morning")
    invoke("program", "add", "-m", lyon, "--kind", "pitches", "--at", "14:00", "--minutes", "10", "--title", "Day 2",
           "--day", "2")
    invoke("program", "add", "-m", lyon, "--kind", "pitches", "--at", "16:00", "--minutes", "10", "--title", "Late")
    agenda = _build(db_path, order="registration", pitch_seconds=180, changeover_seconds=60)
    rows = pitch_views.agenda_rows(agenda)
    assert [(r["session"], r["start"]) for r in rows] == [
        ("Morning", "2018-11-20T09:30:00+01:00"),
        ("Morning", "2018-11-20T09:34:00+01:00"),
        ("Late", "2018-11-20T16:00:00+01:00"),
        ("Late", "2018-11-20T16:04:00+01:00"),
        ("Day 2", "2018-11-21T14:00:00+01:00"),
        ("Day 2", "2018-11-21T14:04:00+01:00"),
        (None, None),
    ]
    assert rows[4]["day"] == 2


def test_dst_day_uses_real_elapsed_time_and_right_offsets(invoke: Invoke, lyon: str, db_path: Path) -> None:
    created = invoke("mission", "new", "--slug", "paris-2018", "--title", "Night pitches", "--date", "2018-10-28",
                     "--timezone", "Europe/Paris", "--host", "AAR", "--guest", "LAC")
    assert created.exit_code == 0, created.stderr
    add_people(db_path, mission="paris-2018")
    # 02:30 happens twice that night: refused with both meanings, never guessed
    twice = invoke("program", "add", "-m", "paris-2018", "--kind", "pitches", "--at", "02:30", "--until", "03:30",
                   "--title", "P")
    assert twice.exit_code == 1
    assert twice.stderr == (
        "Error: block 'P' starting at 02:30 on 2018-10-28 happens twice in Europe/Paris (clocks go back): "
        "02:30 CEST (UTC+02:00) or 02:30 CET (UTC+01:00)\nHint: pick a time outside the repeated hour, e.g. 03:00\n")
    # 01:30 summer time to 03:30 winter time: three real hours
    invoke("program", "add", "-m", "paris-2018", "--kind", "pitches", "--at", "01:30", "--until", "03:30", "--title", "P")
    with mission_session(db_path, "paris-2018") as (session, mission):
        agenda = pitches.build_agenda(session, mission, AgendaOptions(pitch_seconds=900, changeover_seconds=0, order="registration"))
    starts = [s.start.isoformat() for s in agenda.slots if s.start]
    assert starts == [
        "2018-10-28T01:30:00+02:00", "2018-10-28T01:45:00+02:00", "2018-10-28T02:00:00+02:00",
        "2018-10-28T02:15:00+02:00", "2018-10-28T02:30:00+02:00", "2018-10-28T02:45:00+02:00",
        "2018-10-28T02:00:00+01:00",
    ]
    utc = [s.start.astimezone(dt.UTC) for s in agenda.slots if s.start]
    assert all(b - a == dt.timedelta(minutes=15) for a, b in zip(utc, utc[1:], strict=False))
    assert agenda.overflow_message() is None


def test_moves_survive_regeneration_until_reset(day: Path) -> None:
    _build(day)
    with mission_session(day) as (session, mission):
        pitches.move_pitch(session, mission, "Galli Fasteners", 1)
        pitches.move_pitch(session, mission, "Roux Usinage", 3)
    assert _companies(_build(day, order="alphabetical"))[:4] == [
        "Galli Fasteners", "Aubert Composites", "Roux Usinage", "Aviometal",
    ]
    with mission_session(day) as (session, mission):
        # a second pin on the same place pushes the first one down
        pitches.move_pitch(session, mission, "Neri Avionica", 1)
    assert _companies(_build(day))[:2] == ["Neri Avionica", "Galli Fasteners"]
    with mission_session(day) as (session, mission):
        pitches.mark_pitch(session, mission, "Aviometal", skipped=True)
    reset = _build(day, reset=True)
    assert _companies(reset)[:3] == ["Aubert Composites", "Aviometal", "Galli Fasteners"]
    assert not any(s.pinned or s.skipped for s in reset.slots)


def test_pin_keeps_current_place_and_unpin_releases(day: Path) -> None:
    _build(day, order="registration")
    with mission_session(day) as (session, mission):
        slot, _ = pitches.mark_pitch(session, mission, "Neri Avionica", pinned=True)
    assert (slot.order, slot.pinned) == (6, True)
    assert _companies(_build(day, order="alphabetical"))[5] == "Neri Avionica"
    with mission_session(day) as (session, mission):
        pitches.mark_pitch(session, mission, "6", pinned=False)
    assert _companies(_build(day))[4] == "Neri Avionica"


def test_new_participants_join_and_unknown_names_fail(day: Path) -> None:
    _build(day)
    add_people(day, [("Hans", "Weber", "Weber Präzision", "AAR")])
    assert "Weber Präzision" in _companies(_build(day))
    with mission_session(day) as (session, mission), pytest.raises(NotFound) as missing:
        pitches.move_pitch(session, mission, "Nobody", 1)
    assert missing.value.message == "no pitch for 'Nobody' in mission lyon-2018"
    with mission_session(day) as (session, mission), pytest.raises(InvalidInput) as outside:
        pitches.move_pitch(session, mission, "Aviometal", 99)
    assert outside.value.message == "position 99 is outside the agenda (1 to 8)"


def test_calendar_pitch_slots(day: Path) -> None:
    with mission_session(day) as (session, mission):
        mission.venue = "Aéroport Lyon-Saint Exupéry"
        pitches.build_agenda(session, mission, AgendaOptions(order="registration"))
        pitches.mark_pitch(session, mission, "Verdi Compositi", skipped=True)
        items = pitches.calendar_pitch_slots(session_reader(session), ref_of(mission))
    assert len(items) == 6
    first, second = items[0], items[1]
    assert (first.order, first.total, first.company) == (1, 6, "Mécanique Alpine")
    assert first.key.startswith("pitch:company:")
    assert first.start.isoformat() == "2018-11-20T09:30:00+01:00"
    assert first.end - first.start == dt.timedelta(minutes=3)
    assert second.speakers == ("Giulia De Luca", "Marco Rossi")
    assert len(second.participation_ids) == 2
    assert (second.session_title, second.location) == ("Company pitches", "Aéroport Lyon-Saint Exupéry")
    assert "Verdi Compositi" not in [i.company for i in items]
    assert len({i.key for i in items}) == 6


def test_calendar_is_empty_without_pitchers(invoke: Invoke, lyon: str, db_path: Path) -> None:
    with mission_session(db_path) as (session, mission):
        assert pitches.calendar_pitch_slots(session_reader(session), ref_of(mission)) == []


def test_per_switch_counts_pins_skips_and_timings_it_would_drop(day: Path) -> None:
    with mission_session(day) as (session, mission):
        assert pitches.per_switch(session, mission, AgendaOptions(per="person")) is None  # no agenda yet
    agenda = _build(day, order="registration")
    first = agenda.slots[0]
    assert first.start is not None
    with mission_session(day) as (session, mission):
        pitches.move_pitch(session, mission, "Aviometal", 4)
        pitches.mark_pitch(session, mission, "Verdi Compositi", skipped=True)
        pitches.record_timings(session, mission, [(first.pitcher.key, first.start, first.start, False)])
    with mission_session(day) as (session, mission):
        assert pitches.per_switch(session, mission, AgendaOptions(per="company")) is None
        assert pitches.per_switch(session, mission, AgendaOptions(pitch_seconds=240)) is None
        switch = pitches.per_switch(session, mission, AgendaOptions(per=" Person"))
        assert switch == pitches.PerSwitch("person", pins=1, skips=1, timings=1)
        assert switch.message(mission) == (
            "switching lyon-2018 to one pitch per person drops 1 pin/move, 1 skip and 1 recorded timing "
            "of the per-company agenda: they do not carry over")
        # --reset forgets pins and skips anyway: only the timings are lost by the switch itself
        assert pitches.per_switch(session, mission, AgendaOptions(per="person"), reset=True) == pitches.PerSwitch(
            "person", pins=0, skips=0, timings=1)
        with pytest.raises(InvalidInput, match="pitches per 'team' is not one of company, person"):
            pitches.per_switch(session, mission, AgendaOptions(per="team"))
