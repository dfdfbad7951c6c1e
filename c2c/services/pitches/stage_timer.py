"""The stage timer's logic: who is on, who is next, how long is left, what really happened.

A state machine driven by keys and an injected clock, so that tests run it with a fake
clock and scripted keys; the full-screen view lives in ``c2c.commands.pitches``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypedDict

if TYPE_CHECKING:
    from c2c.services.pitches.agenda import Agenda

Clock = Callable[[], dt.datetime]
AMBER_SECONDS = 30
KEYS_NEXT = frozenset({" ", "n", "\r", "\n"})


@dataclass(frozen=True)
class TimerPitch:
    key: str
    company: str
    speakers: tuple[str, ...]
    seconds: int
    order: int = 0


@dataclass
class TimerRecord:
    key: str
    start: dt.datetime | None = None
    end: dt.datetime | None = None
    skipped: bool = False

    def as_tuple(self) -> tuple[str, dt.datetime | None, dt.datetime | None, bool]:
        return self.key, self.start, self.end, self.skipped


@dataclass(frozen=True)
class TimerView:
    """What the screen shows. ``remaining`` goes negative when the speaker runs over."""

    phase: str  # ready, running, amber, over, paused, done
    current: TimerPitch | None
    next: TimerPitch | None
    remaining: int
    position: int  # 1-based index of the current pitch
    total: int


class StageTimer:
    """space/n next, b back, p pause, s skip (no-show), q quit."""

    def __init__(self, pitches: list[TimerPitch], clock: Clock, start_index: int = 0) -> None:
        self.pitches = pitches
        self.clock = clock
        self.index = min(start_index, len(pitches))
        self.records: dict[int, TimerRecord] = {}
        self.running = False
        self.finished = False
        self.paused_at: dt.datetime | None = None
        self.paused_for = dt.timedelta()

    def press(self, key: str) -> bool:
        """Apply one key; False once the timer is done (quit or past the last pitch)."""
        key = key.lower() if len(key) == 1 else key
        actions: dict[str, Callable[[], None]] = {"b": self._back, "p": self._pause, "s": self._skip, "q": self._quit}
        if key in KEYS_NEXT:
            self._next()
        elif key in actions:
            actions[key]()
        return not self.finished

    def view(self) -> TimerView:
        total = len(self.pitches)
        if self.finished or self.index >= total:
            return TimerView("done", None, None, 0, total, total)
        current = self.pitches[self.index]
        upcoming = self.pitches[self.index + 1] if self.index + 1 < total else None
        remaining = current.seconds - int(self._elapsed().total_seconds()) if self.running else current.seconds
        return TimerView(self._phase(remaining), current, upcoming, remaining, self.index + 1, total)

    def timings(self) -> list[TimerRecord]:
        return [self.records[i] for i in sorted(self.records)]

    def _phase(self, remaining: int) -> str:
        if not self.running:
            return "ready"
        if self.paused_at is not None:
            return "paused"
        if remaining < 0:
            return "over"
        return "amber" if remaining <= AMBER_SECONDS else "running"

    def _elapsed(self) -> dt.timedelta:
        record = self.records.get(self.index)
        if record is None or record.start is None:
            return dt.timedelta()
        now = self.paused_at or self.clock()
        return now - record.start - self.paused_for

    def _record(self, index: int) -> TimerRecord:
        if index not in self.records:
            self.records[index] = TimerRecord(self.pitches[index].key)
        return self.records[index]

    def _start_current(self) -> None:
        self.paused_at, self.paused_for = None, dt.timedelta()
        if self.index >= len(self.pitches):
            self.running, self.finished = False, True
            return
        record = self._record(self.index)
        record.start, record.end, record.skipped = self.clock(), None, False
        self.running = True

    def _end_current(self) -> None:
        if self.running and self.index < len(self.pitches):
            self._record(self.index).end = self.clock()

    def _next(self) -> None:
        if not self.running:
            self._start_current()
            return
        self._end_current()
        self.index += 1
        self._start_current()

    def _skip(self) -> None:
        if self.index >= len(self.pitches):
            return
        record = self._record(self.index)
        record.start, record.end, record.skipped = None, None, True
        self.index += 1
        if self.running:
            self._start_current()
        elif self.index >= len(self.pitches):
            self.finished = True

    def _back(self) -> None:
        if self.index == 0:
            return
        if self.index < len(self.pitches):
            # the pitch just begun had not really started: forget it
            self.records.pop(self.index, None)
        self.index -= 1
        record = self._record(self.index)
        record.end, record.skipped = None, False
        if record.start is None:
            record.start = self.clock()
        self.running, self.paused_at, self.paused_for = True, None, dt.timedelta()

    def _pause(self) -> None:
        if not self.running:
            return
        if self.paused_at is None:
            self.paused_at = self.clock()
        else:
            self.paused_for += self.clock() - self.paused_at
            self.paused_at = None

    def _quit(self) -> None:
        if self.paused_at is not None:
            self._pause()
        self._end_current()
        self.running, self.finished = False, True


def timer_pitches(agenda: Agenda) -> tuple[list[TimerPitch], int]:
    """The scheduled pitches for the stage, and where to resume (the first not yet given)."""
    seconds = agenda.settings.pitch_seconds
    slots = agenda.scheduled
    pitches = [TimerPitch(s.pitcher.key, s.pitcher.company, s.pitcher.speakers, seconds, s.order) for s in slots]
    resume = next((i for i, s in enumerate(slots) if s.actual_end is None), len(slots))
    return pitches, resume


class TimingRow(TypedDict):
    order: int
    company: str
    planned: str
    actual: str
    duration: str
    over: str
    speakers: list[str]
    planned_start: str | None
    planned_seconds: int
    actual_start: str | None
    actual_end: str | None
    actual_seconds: int | None
    over_seconds: int | None


def timing_rows(agenda: Agenda) -> list[TimingRow]:
    """Planned against actual for every pitch, and by how much each ran over."""
    from zoneinfo import ZoneInfo

    from c2c.services.pitches.views import clock_label

    zone = ZoneInfo(agenda.mission.timezone)
    planned = agenda.settings.pitch_seconds
    rows: list[TimingRow] = []
    for slot in agenda.slots:
        start, end = slot.actual_start, slot.actual_end
        duration = int((end - start).total_seconds()) if start and end else None
        over = duration - planned if duration is not None else None
        rows.append({
            "order": slot.order,
            "company": slot.pitcher.company,
            "planned": clock_label(slot.start) if slot.start else "—",
            "actual": start.astimezone(zone).strftime("%H:%M:%S") if start else "—",
            "duration": mmss(duration) if duration is not None else "—",
            "over": _over_label(over, slot.skipped),
            "speakers": list(slot.pitcher.speakers),
            "planned_start": slot.start.isoformat() if slot.start else None,
            "planned_seconds": planned,
            "actual_start": start.astimezone(zone).isoformat() if start else None,
            "actual_end": end.astimezone(zone).isoformat() if end else None,
            "actual_seconds": duration,
            "over_seconds": over,
        })
    return rows


def _over_label(over: int | None, skipped: bool) -> str:
    if skipped:
        return "skipped"
    if over is None:
        return "not given"
    return f"+{mmss(over)} over" if over > 0 else "on time"


def mmss(seconds: int) -> str:
    sign = "-" if seconds < 0 else ""
    seconds = abs(seconds)
    return f"{sign}{seconds // 60}:{seconds % 60:02d}"
