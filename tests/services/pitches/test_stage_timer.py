from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from c2c.services.pitches import agenda as pitches, stage_timer
from c2c.services.pitches.stage_timer import StageTimer, TimerPitch
from tests.conftest import Invoke
from tests.pitches_helpers import add_people, mission_session

T0 = dt.datetime(2018, 11, 20, 8, 30, tzinfo=dt.UTC)


class FakeClock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


def _timer(count: int = 3, seconds: int = 180) -> tuple[StageTimer, FakeClock]:
    clock = FakeClock()
    items = [TimerPitch(f"company:{i}", f"Company {i}", (f"Speaker {i}",), seconds, i) for i in range(1, count + 1)]
    return StageTimer(items, clock), clock


def _play(timer: StageTimer, clock: FakeClock, script: list[tuple[float, str]]) -> None:
    """Scripted keys: wait ``seconds`` then press ``key``."""
    for seconds, key in script:
        clock.advance(seconds)
        timer.press(key)


def test_ready_then_countdown_amber_and_over() -> None:
    timer, clock = _timer()
    view = timer.view()
    assert (view.phase, view.current and view.current.company, view.remaining) == ("ready", "Company 1", 180)
    assert view.next is not None
    assert view.next.company == "Company 2"
    timer.press(" ")
    clock.advance(100)
    assert (timer.view().phase, timer.view().remaining) == ("running", 80)
    clock.advance(60)
    assert (timer.view().phase, timer.view().remaining) == ("amber", 20)
    clock.advance(32)
    assert (timer.view().phase, timer.view().remaining) == ("over", -12)


def test_next_records_actual_start_and_end() -> None:
    timer, clock = _timer()
    _play(timer, clock, [(5, " "), (170, "n"), (200, "n"), (181, "n")])
    assert timer.view().phase == "done"
    assert not timer.press("n")
    records = timer.timings()
    assert [(r.key, r.start, r.end) for r in records] == [
        ("company:1", T0 + dt.timedelta(seconds=5), T0 + dt.timedelta(seconds=175)),
        ("company:2", T0 + dt.timedelta(seconds=175), T0 + dt.timedelta(seconds=375)),
        ("company:3", T0 + dt.timedelta(seconds=375), T0 + dt.timedelta(seconds=556)),
    ]


def test_pause_freezes_the_countdown() -> None:
    timer, clock = _timer()
    _play(timer, clock, [(0, " "), (60, "p"), (300, "")])
    assert (timer.view().phase, timer.view().remaining) == ("paused", 120)
    _play(timer, clock, [(0, "P"), (30, "")])
    assert (timer.view().phase, timer.view().remaining) == ("running", 90)


def test_skip_marks_a_no_show_and_starts_the_next() -> None:
    timer, clock = _timer()
    _play(timer, clock, [(0, " "), (10, "s")])
    view = timer.view()
    assert view.current is not None
    assert (view.current.company, view.remaining, view.position) == ("Company 2", 180, 2)
    _play(timer, clock, [(180, "n"), (30, "q")])
    records = {r.key: r for r in timer.timings()}
    assert records["company:1"].skipped
    assert records["company:1"].start is None
    assert records["company:2"].start == T0 + dt.timedelta(seconds=10)
    assert records["company:3"].end == T0 + dt.timedelta(seconds=220)


def test_back_resumes_the_previous_pitch() -> None:
    timer, clock = _timer()
    _play(timer, clock, [(0, " "), (60, "n"), (5, "b")])
    view = timer.view()
    assert view.current is not None
    assert (view.current.company, view.remaining) == ("Company 1", 180 - 65)
    assert [r.key for r in timer.timings()] == ["company:1"]
    assert timer.timings()[0].end is None
    timer.press("b")  # nothing before the first
    assert timer.view().position == 1


def test_quit_ends_the_current_pitch_and_ignores_other_keys() -> None:
    timer, clock = _timer()
    _play(timer, clock, [(0, " "), (42, "x"), (0, "q")])
    assert timer.view().phase == "done"
    assert timer.timings()[0].end == T0 + dt.timedelta(seconds=42)
    assert len(timer.timings()) == 1


def test_resume_starts_at_the_first_pitch_not_given(invoke: Invoke, lyon: str, db_path: Path) -> None:
    add_people(db_path)
    invoke("program", "add", "-m", lyon, "--kind", "pitches", "--at", "09:30", "--until", "11:00", "--title", "P")
    clock = FakeClock()
    with mission_session(db_path) as (session, mission):
        items, resume = stage_timer.timer_pitches(pitches.build_agenda(session, mission))
        assert resume == 0
        timer = StageTimer(items, clock, resume)
        _play(timer, clock, [(0, " "), (200, "n"), (170, "n"), (10, "s"), (60, "q")])
        pitches.record_timings(session, mission, [r.as_tuple() for r in timer.timings()])
    with mission_session(db_path) as (session, mission):
        agenda = pitches.build_agenda(session, mission)
        _, resume = stage_timer.timer_pitches(agenda)
    assert resume == 3  # the third was a no-show (now skipped), the fourth was cut short by q
    assert agenda.slots[2].skipped
    rows = json.loads(invoke("pitches", "timing", "-m", lyon, "--format", "json").stdout)
    assert [(r["company"], r["actual_seconds"], r["over_seconds"]) for r in rows[:4]] == [
        ("Mécanique Alpine", 200, 20), ("Aviometal", 170, -10), ("Aubert Composites", None, None),
        ("Verdi Compositi", 60, -120),
    ]
    assert rows[0]["actual_start"] == "2018-11-20T09:30:00+01:00"
    table = invoke("pitches", "timing", "-m", lyon)
    assert "+0:20 over" in table.stdout
    assert "skipped" in table.stdout
    assert table.stderr == "Ran over: Mécanique Alpine (+0:20 over)\n"


def test_timer_refuses_without_a_terminal(invoke: Invoke, lyon: str) -> None:
    result = invoke("pitches", "timer", "-m", lyon)
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: the stage timer needs a terminal: stdin is not a TTY\n"
        "Hint: run it in a terminal; see the timings with: c2c pitches timing\n"
    )


@pytest.mark.parametrize(("phase", "remaining"), [("running", 95), ("amber", 12), ("over", -7), ("ready", 180)])
def test_view_renders_every_phase(phase: str, remaining: int) -> None:
    from rich.console import Console

    from c2c.commands import _stage_view

    pitch = TimerPitch("company:1", "Aviometal", ("Giulia De Luca",), 180, 1)
    view = stage_timer.TimerView(phase, pitch, None, remaining, 1, 1)
    console = Console(width=80, record=True, color_system=None)
    console.print(_stage_view.render(view, "Lyon 2018"))
    text = console.export_text()
    assert "Aviometal" in text
    assert "Last pitch" in text


@pytest.mark.parametrize("size", [(80, 24), (160, 48), (240, 67)])
def test_the_digits_fill_the_screen_they_are_shown_on(size: tuple[int, int]) -> None:
    from rich.console import Console

    from c2c.commands import _stage_view

    pitch = TimerPitch("company:1", "Aviometal", ("Giulia De Luca",), 180, 1)
    view = stage_timer.TimerView("over", pitch, None, -65, 1, 1)
    console = Console(width=size[0], height=size[1], record=True, color_system=None)
    console.print(_stage_view.render(view, "Lyon 2018", size))
    lines = console.export_text().splitlines()
    assert len(lines) == size[1]  # the whole screen, redrawn at its size
    digits = [line for line in lines if "█" in line]
    across = max(len(line.strip()) for line in digits)
    assert across > size[0] // 2  # '+01:05' across more than half the width
    assert len(digits) >= (size[1] - 8) // 2  # and down at least half of what is left
