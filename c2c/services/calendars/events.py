"""Calendar events of a mission and of each participant, in the language asked.

Events come from the programme blocks and from the items each feature hands over, as plain
data in the mission's time zone, all read through a ``Reader`` (``session_reader`` when exporting):

- ``c2c.services.pitches.agenda.calendar_pitch_slots(reader, mission_ref) -> list[PitchSlotItem]``
- ``c2c.services.buses.calendar_coach_stops(reader, mission_ref) -> list[CoachStopItem]``
- ``c2c.services.b2b.views.calendar_meetings(reader, mission_ref) -> list[MeetingItem]``

Every item carries a ``key`` that is stable within the mission (never a row position); the
event UID is derived from it. The features know nothing of calendars.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar
from zoneinfo import ZoneInfo

from c2c.services.b2b.views import MeetingItem
from c2c.services.buses.manifest import CoachStopItem
from c2c.services.languages import block_title, ordinal, person_language, translate as label
from c2c.services.pitches.agenda import PitchSlotItem

if TYPE_CHECKING:
    from c2c.services.missions import MissionRef
    from c2c.services.program import PlannedBlock
    from c2c.store.reading import Reader

# a pickup with no known arrival time is shown as a short event
PICKUP_LENGTH = dt.timedelta(minutes=15)
DEFAULT_ALARM = dt.timedelta(minutes=30)


@dataclass(frozen=True)
class CalendarEvent:
    key: str  # stable identity within the mission
    start: dt.datetime  # aware, in the mission's time zone
    end: dt.datetime
    summary: str
    location: str | None = None
    description: str = ""
    alarm: dt.timedelta | None = None  # how long before the start to remind


@dataclass(frozen=True)
class Block:
    """A programme block with its wall-clock times resolved in the mission's time zone."""

    key: str
    start: dt.datetime
    end: dt.datetime
    kind: str
    title: str
    location: str | None = None
    description: str | None = None


@dataclass
class PersonItems:
    pitch_slots: list[PitchSlotItem] = field(default_factory=list)
    coach_stops: list[CoachStopItem] = field(default_factory=list)
    meetings: list[MeetingItem] = field(default_factory=list)


@dataclass
class FeatureItems:
    pitch_slots: list[PitchSlotItem] = field(default_factory=list)
    coach_stops: list[CoachStopItem] = field(default_factory=list)
    meetings: list[MeetingItem] = field(default_factory=list)
    _by_person: dict[int, PersonItems] | None = field(default=None, init=False, repr=False, compare=False)

    def of(self, participation_id: int) -> PersonItems:
        """One person's items; indexed once, so a thousand calendars do not rescan every item."""
        if self._by_person is None:
            self._by_person = self._index()
        return self._by_person.get(participation_id) or PersonItems()

    def _index(self) -> dict[int, PersonItems]:
        index: dict[int, PersonItems] = defaultdict(PersonItems)
        for slot in self.pitch_slots:
            for pid in dict.fromkeys(slot.participation_ids):
                index[pid].pitch_slots.append(slot)
        for stop in self.coach_stops:
            for pid in dict.fromkeys(stop.participation_ids):
                index[pid].coach_stops.append(stop)
        for meeting in self.meetings:
            for pid in dict.fromkeys((*meeting.participation_ids_a, *meeting.participation_ids_b)):
                index[pid].meetings.append(meeting)
        return dict(index)


@dataclass(frozen=True)
class CalendarOptions:
    lang: str = "en"  # the mission calendar's, and a person's who has no language of their own
    alarm: dt.timedelta | None = DEFAULT_ALARM  # before each coach pickup; None for none
    forced_lang: bool = False  # an explicit --lang: every file in it, whatever each person speaks

    def for_person(self, language: str | None, country: str | None = None) -> CalendarOptions:
        """A personal calendar's options: --lang if given, else the person's language (their own,
        else their country's), else the mission's."""
        own = person_language(language, country, self.lang)
        if self.forced_lang or own == self.lang:
            return self
        return dataclasses.replace(self, lang=own)


def collect_items(db: Reader, mission: MissionRef) -> FeatureItems:
    """The pitch slots, coach pickups and B2B meetings of the mission, in its time zone."""
    from c2c.services.b2b.views import calendar_meetings
    from c2c.services.buses import calendar_coach_stops
    from c2c.services.pitches.agenda import calendar_pitch_slots

    tz = ZoneInfo(mission.timezone)
    return FeatureItems(
        pitch_slots=[_in_zone(i, tz) for i in calendar_pitch_slots(db, mission)],
        coach_stops=[_in_zone(i, tz) for i in calendar_coach_stops(db, mission)],
        meetings=[_in_zone(i, tz) for i in calendar_meetings(db, mission)],
    )


_Item = TypeVar("_Item", PitchSlotItem, CoachStopItem, MeetingItem)


def _in_zone(item: _Item, tz: ZoneInfo) -> _Item:
    """The item with its times in the mission's zone, so labels like '10:42' are local times."""
    changes = {
        name: getattr(item, name).astimezone(tz)
        for name in ("start", "end")
        if getattr(item, name, None) is not None and getattr(item, name).tzinfo != tz
    }
    return dataclasses.replace(item, **changes) if changes else item


def load_blocks(db: Reader, mission: MissionRef) -> list[Block]:
    from c2c.services.program import read_blocks

    tz = ZoneInfo(mission.timezone)
    return [block_of(row, tz) for row in read_blocks(db, mission.id)]


def block_of(row: PlannedBlock, tz: ZoneInfo) -> Block:
    start = dt.datetime.combine(row.day, row.start, tz)
    end = dt.datetime.combine(row.day, row.end, tz)
    if end <= start:  # a block running past midnight ends the next day
        end = dt.datetime.combine(row.day + dt.timedelta(days=1), row.end, tz)
    return Block(f"block:{row.id}", start, end, row.kind, row.title, row.location, row.description)


# --- one event per item ---------------------------------------------------------------


def block_event(block: Block, slots: Sequence[PitchSlotItem], lang: str) -> CalendarEvent:
    """A programme block; a pitch session lists its running order in the description."""
    parts = [block_title(block.description, lang) if block.description else ""]
    if block.kind == "pitches":
        parts.append(running_order(slots_within(block, slots), lang))
    return CalendarEvent(
        key=block.key, start=block.start, end=block.end, summary=block_title(block.title, lang),
        location=block.location, description=_join(parts),
    )


def slots_within(block: Block, slots: Sequence[PitchSlotItem]) -> list[PitchSlotItem]:
    inside = [s for s in slots if block.start <= s.start < block.end]
    return sorted(inside, key=lambda s: (s.order, s.start))


def running_order(slots: Sequence[PitchSlotItem], lang: str) -> str:
    if not slots:
        return ""
    lines = [f"{label('running_order', lang)}:"]
    for slot in slots:
        speakers = f" ({', '.join(slot.speakers)})" if slot.speakers else ""
        lines.append(f"{slot.order}. {clock(slot.start)}–{clock(slot.end)} {slot.company}{speakers}")
    return "\n".join(lines)


def pitch_event(slot: PitchSlotItem, lang: str) -> CalendarEvent:
    """'Your pitch — 10:42–10:45, 3 min, 5th of 18'."""
    seconds = round((slot.end - slot.start).total_seconds())
    minutes = f"{seconds // 60}:{seconds % 60:02d}" if seconds % 60 else str(seconds // 60)
    summary = label(
        "your_pitch", lang, start=clock(slot.start), end=clock(slot.end), minutes=minutes,
        ordinal=ordinal(slot.order, lang), total=slot.total,
    )
    lines = [f"{label('company', lang)}: {slot.company}"]
    if slot.speakers:
        lines.append(f"{label('speakers', lang)}: {', '.join(slot.speakers)}")
    if slot.session_title:
        lines.append(f"{label('session', lang)}: {block_title(slot.session_title, lang)}")
    return CalendarEvent(
        key=slot.key, start=slot.start, end=slot.end, summary=summary,
        location=slot.location, description="\n".join(lines),
    )


def coach_event(stop: CoachStopItem, lang: str, alarm: dt.timedelta | None = DEFAULT_ALARM) -> CalendarEvent:
    """One participant's pickup: stop, address, time, coach, driver's phone, with a reminder."""
    leg = stop.leg if stop.leg in ("outbound", "return", "transfer") else "transfer"
    pickup = label("pickup", lang, stop=stop.stop, time=clock(stop.start))
    lines = [
        f"{label('stop', lang)}: {stop.stop}",
        f"{label('address', lang)}: {stop.address}" if stop.address else "",
        f"{label('time', lang)}: {clock(stop.start)}",
        f"{label('coach', lang)}: {stop.coach}",
        f"{label('driver_phone', lang)}: {stop.driver_phone}" if stop.driver_phone else "",
        f"{label('destination', lang)}: {stop.destination}" if stop.destination else "",
    ]
    end = stop.end if stop.end is not None and stop.end > stop.start else stop.start + PICKUP_LENGTH
    return CalendarEvent(
        key=stop.key, start=stop.start, end=end, summary=f"{label(leg, lang)}: {pickup}",
        location=stop.address or stop.stop, description=_join(lines), alarm=alarm,
    )


def coach_leg_events(stops: Sequence[CoachStopItem], lang: str) -> list[CalendarEvent]:
    """For the mission calendar: one event per coach and leg, listing its stops in order."""
    legs: dict[tuple[str, str], list[CoachStopItem]] = defaultdict(list)
    for stop in stops:
        legs[(stop.coach, stop.leg)].append(stop)
    events = []
    for (coach, leg), leg_stops in legs.items():
        ordered = sorted(leg_stops, key=lambda s: s.start)
        first, last = ordered[0], ordered[-1]
        ends = [s.end for s in ordered if s.end is not None]
        end = max(ends) if ends else last.start + PICKUP_LENGTH
        lines = [f"{label('stops', lang)}:"]
        lines += [f"{clock(s.start)} {s.stop}" + (f", {s.address}" if s.address else "") for s in ordered]
        if first.driver_phone:
            lines.append(f"{label('driver_phone', lang)}: {first.driver_phone}")
        if first.destination:
            lines.append(f"{label('destination', lang)}: {first.destination}")
        leg_label = label(leg if leg in ("outbound", "return", "transfer") else "transfer", lang)
        events.append(CalendarEvent(
            key=f"coach-leg:{coach}:{leg}", start=first.start, end=max(end, first.start + PICKUP_LENGTH),
            summary=f"{leg_label}: {coach}", location=first.address or first.stop, description="\n".join(lines),
        ))
    return events


def meeting_event(meeting: MeetingItem, participation_id: int, lang: str) -> CalendarEvent:
    """A B2B meeting seen from one side: the counterpart is the other company."""
    on_side_a = participation_id in meeting.participation_ids_a
    counterpart = meeting.company_b if on_side_a else meeting.company_a
    table = f"{label('table', lang)} {meeting.table}" if meeting.table else None
    lines = [f"{label('counterpart', lang)}: {counterpart}"]
    if meeting.table:
        lines.append(f"{label('table', lang)}: {meeting.table}")
    if meeting.room:
        lines.append(f"{label('room', lang)}: {meeting.room}")
    summary = label("meeting", lang, counterpart=counterpart)
    if table:
        summary += f" — {table}"
    return CalendarEvent(
        # each side sees a different text, so each side has its own identity
        key=f"{meeting.key}:{'a' if on_side_a else 'b'}", start=meeting.start, end=meeting.end,
        summary=summary, location=", ".join(p for p in (table, meeting.room) if p) or None,
        description="\n".join(lines),
    )


# --- whole calendars --------------------------------------------------------------------


def mission_events(blocks: Sequence[Block], items: FeatureItems, options: CalendarOptions) -> list[CalendarEvent]:
    """The whole programme: every block (pitch sessions with their running order) and coach legs."""
    events = programme_events(blocks, items, options.lang)
    events += coach_leg_events(items.coach_stops, options.lang)
    return sort_events(events)


def participant_events(
    participation_id: int,
    blocks: Sequence[Block],
    items: FeatureItems,
    options: CalendarOptions,
    shared: Sequence[CalendarEvent] | None = None,
) -> list[CalendarEvent]:
    """One person's day: the blocks, their own pitch, their coach pickups, their meetings; a
    transfer block only for who rides a coach then (hosts who come by themselves get none).

    ``shared`` is ``programme_events(blocks, items, lang)`` when the caller builds it once for everyone.
    """
    lang = options.lang
    mine = items.of(participation_id)
    events = list(shared if shared is not None else programme_events(blocks, items, lang))
    if items.coach_stops:  # the mission has coaches: its transfer blocks are for who rides them
        not_mine = {b.key for b in blocks if b.kind == "transfer" and not _rides_during(b, mine.coach_stops)}
        events = [e for e in events if e.key not in not_mine]
    events += [pitch_event(s, lang) for s in mine.pitch_slots]
    events += [coach_event(s, lang, options.alarm) for s in mine.coach_stops]
    events += [meeting_event(m, participation_id, lang) for m in mine.meetings]
    return sort_events(events)


def _rides_during(block: Block, stops: Sequence[CoachStopItem]) -> bool:
    return any(s.start < block.end and (s.end or s.start + PICKUP_LENGTH) > block.start for s in stops)


def programme_events(blocks: Sequence[Block], items: FeatureItems, lang: str) -> list[CalendarEvent]:
    """Every programme block; everyone attends every block."""
    return [block_event(b, items.pitch_slots, lang) for b in blocks]


def sort_events(events: Iterable[CalendarEvent]) -> list[CalendarEvent]:
    return sorted(events, key=lambda e: (e.start, e.end, e.key))


def clock(moment: dt.datetime) -> str:
    """09:33, or 09:33:30 when the plan has seconds (a 3 min 30 s pitch)."""
    return moment.strftime("%H:%M:%S" if moment.second else "%H:%M")


def _join(parts: Iterable[str]) -> str:
    return "\n".join(p for p in parts if p).strip()
