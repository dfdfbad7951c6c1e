"""The three-minute pitch agenda: generated, flowed into the ``pitches`` blocks, saved.

Each ``read_agenda`` orders the pitchers (``running_order``), puts back what the coordinator
fixed by hand (pins, skips), flows the pitches into the programme's ``pitches`` blocks in real
elapsed time (so a DST night is right), and reports the ones that do not fit. It reads through
a ``Reader`` and writes nothing, so ``pitches timing`` and the calendars take the fast path;
``build_agenda`` reads the same way inside a writing transaction, then saves what it read.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from c2c.errors import InvalidInput
from c2c.names import resolve
from c2c.services.pitches import running_order as pitch_order
from c2c.services.pitches.running_order import Pitcher
from c2c.store.reading import as_bool, as_datetime

if TYPE_CHECKING:
    from sqlmodel import Session

    from c2c.services.missions import MissionRef
    from c2c.services.program import PlannedBlock
    from c2c.store.models import Mission, PitchEntry
    from c2c.store.reading import Reader, Record

@dataclass(frozen=True)
class PitchSlotItem:
    key: str  # e.g. "pitch:company:12" or "pitch:person:40"
    start: dt.datetime
    end: dt.datetime
    company: str
    speakers: tuple[str, ...]
    order: int  # 1-based position in the running order
    total: int
    participation_ids: tuple[int, ...]  # who gives this pitch
    session_title: str | None = None
    location: str | None = None


UTC = dt.UTC


@dataclass(frozen=True)
class AgendaOptions:
    """What ``pitches agenda`` was given; None keeps the saved setting."""

    pitch_seconds: int | None = None
    changeover_seconds: int | None = None
    order: str | None = None
    seed: int | None = None
    per: str | None = None


@dataclass
class AgendaSettings:
    """How the agenda is generated: the saved ``pitch_agenda`` row with the options given over it."""

    pitch_seconds: int = 180
    changeover_seconds: int = 30
    order_mode: str = "alternate"
    per: str = "company"
    seed: int | None = None


@dataclass(frozen=True)
class SavedEntry:
    """A saved ``pitch_entry``: pins, skips and what the stage timer recorded."""

    company_id: int | None
    participation_id: int | None
    position: int
    pinned: bool
    skipped: bool
    actual_start: dt.datetime | None  # aware, UTC
    actual_end: dt.datetime | None

    @property
    def key(self) -> str:
        return f"person:{self.participation_id}" if self.participation_id is not None else f"company:{self.company_id}"


@dataclass
class Slot:
    order: int  # 1-based position in the running order, skipped pitches included
    pitcher: Pitcher
    pinned: bool = False
    skipped: bool = False
    start: dt.datetime | None = None  # aware, in the mission's time zone
    end: dt.datetime | None = None
    block: PlannedBlock | None = None
    actual_start: dt.datetime | None = None
    actual_end: dt.datetime | None = None

    @property
    def status(self) -> str:
        if self.skipped:
            return "skipped"
        return "scheduled" if self.start is not None else "does not fit"


@dataclass
class Agenda:
    mission: MissionRef
    settings: AgendaSettings
    slots: list[Slot] = field(default_factory=list)
    overflow_seconds: int = 0
    has_blocks: bool = True

    @property
    def scheduled(self) -> list[Slot]:
        return [s for s in self.slots if s.start is not None]

    @property
    def fell_off(self) -> list[Slot]:
        return [s for s in self.slots if not s.skipped and s.start is None]

    def overflow_message(self) -> str | None:
        """Never drop anyone silently: how much time is missing and who falls off."""
        if not self.fell_off:
            return None
        names = ", ".join(s.pitcher.label for s in self.fell_off)
        count = len(self.fell_off)
        what = "pitch does" if count == 1 else "pitches do"
        if not self.has_blocks:
            return f"no pitches block in the programme of {self.mission.slug}: {count} {what} not fit: {names}"
        minutes = -(-self.overflow_seconds // 60)
        return f"the pitch sessions are {minutes} min short: {count} {what} not fit: {names}"


def read_agenda(db: Reader, mission: MissionRef, options: AgendaOptions | None = None, *,
                reset: bool = False) -> Agenda:
    """The agenda with the saved pins and skips (forgotten by ``reset``) and ``options`` over the
    saved settings; nothing is written (a random order with no seed yet gets one for this read)."""
    from c2c.services import program

    settings = _settings(db, mission.id, options or AgendaOptions())
    saved = _saved_entries(db, mission.id)
    pitchers = pitch_order.load_pitchers(db, mission.id, settings.per)
    by_key = {p.key: p for p in pitchers}
    base = pitch_order.base_order(
        pitchers, settings.order_mode, seed=settings.seed,
        host_id=mission.host_cluster_id, guest_id=mission.guest_cluster_id,
    )
    kept = {} if reset else {k: e for k, e in saved.items() if k in by_key}
    pins = {k: e.position for k, e in kept.items() if e.pinned}
    keys = pitch_order.place_pins([p.key for p in base if p.key not in pins], pins)
    slots = [
        Slot(order=index, pitcher=by_key[key], pinned=key in pins, skipped=bool(kept.get(key) and kept[key].skipped))
        for index, key in enumerate(keys, start=1)
    ]
    for slot in slots:
        if slot.pitcher.key in saved:
            slot.actual_start = saved[slot.pitcher.key].actual_start
            slot.actual_end = saved[slot.pitcher.key].actual_end
    blocks = program.read_blocks(db, mission.id, kind="pitches")
    agenda = Agenda(mission, settings, slots, has_blocks=bool(blocks))
    agenda.overflow_seconds = _flow(agenda, blocks)
    return agenda


def build_agenda(session: Session, mission: Mission, options: AgendaOptions | None = None, *,
                 reset: bool = False) -> Agenda:
    """``read_agenda`` in the caller's transaction, then saved: settings (a new seed too) and entries."""
    from c2c.services.missions import ref_of
    from c2c.store.reading import session_reader

    agenda = read_agenda(session_reader(session), ref_of(mission), options, reset=reset)
    _save(session, agenda)
    return agenda


@dataclass(frozen=True)
class PerSwitch:
    """What switching the agenda between one pitch per company and per person throws away."""

    per: str  # the new setting
    pins: int
    skips: int
    timings: int

    @property
    def drops_anything(self) -> bool:
        return bool(self.pins or self.skips or self.timings)

    def message(self, mission: Mission) -> str:
        """One line, e.g. 'switching lyon-2018 to one pitch per person drops 2 pins/moves and 1 skip …'."""
        counts = ((self.pins, "pin/move", "pins/moves"), (self.skips, "skip", "skips"),
                  (self.timings, "recorded timing", "recorded timings"))
        lost = [f"{n} {one if n == 1 else many}" for n, one, many in counts if n]
        listed = ", ".join(lost[:-1]) + f" and {lost[-1]}" if len(lost) > 1 else "".join(lost)
        old = "company" if self.per == "person" else "person"
        return (f"switching {mission.slug} to one pitch per {self.per} drops {listed} "
                f"of the per-{old} agenda: they do not carry over")


def per_switch(session: Session, mission: Mission, options: AgendaOptions, *, reset: bool = False) -> PerSwitch | None:
    """What ``options`` would drop by changing ``--per`` (nothing is written); None when it does not change it.

    Pins, moves, skips and timings are kept per company or per person, so none of them
    carries over to the other kind; ``reset`` forgets pins, moves and skips anyway.
    """
    from c2c.store.reading import session_reader

    if options.per is None:
        return None
    per = pitch_order.validate_per(options.per)
    assert mission.id is not None
    db = session_reader(session)
    saved = _settings_rows(db, mission.id)
    if not saved or per == saved[0]["per"]:  # no agenda yet: nothing to drop
        return None
    entries = list(_saved_entries(db, mission.id).values())
    return PerSwitch(
        per=per,
        pins=0 if reset else sum(e.pinned for e in entries),
        skips=0 if reset else sum(e.skipped for e in entries),
        timings=sum(e.actual_start is not None or e.actual_end is not None for e in entries),
    )


def _settings_rows(db: Reader, mission_id: int) -> list[Record]:
    return db.rows(
        "SELECT pitch_seconds, changeover_seconds, order_mode, per, seed FROM pitch_agenda WHERE mission_id = :mission",
        {"mission": mission_id},
    )


def _settings(db: Reader, mission_id: int, options: AgendaOptions) -> AgendaSettings:
    found = _settings_rows(db, mission_id)
    settings = AgendaSettings(**found[0]) if found else AgendaSettings()
    if options.pitch_seconds is not None:
        settings.pitch_seconds = pitch_order.pitch_seconds(options.pitch_seconds)
    if options.changeover_seconds is not None:
        settings.changeover_seconds = options.changeover_seconds
    if options.order is not None:
        settings.order_mode = pitch_order.validate_order(options.order)
    if options.per is not None:
        settings.per = pitch_order.validate_per(options.per)
    if options.seed is not None:
        settings.seed = options.seed
    elif settings.order_mode == "random" and settings.seed is None:
        # a saved seed keeps a random order stable across runs until --seed changes it
        settings.seed = random.SystemRandom().randrange(1, 1_000_000)
    return settings


def _saved_entries(db: Reader, mission_id: int) -> dict[str, SavedEntry]:
    found = db.rows(
        "SELECT company_id, participation_id, position, pinned, skipped, actual_start, actual_end "
        "FROM pitch_entry WHERE mission_id = :mission ORDER BY id",
        {"mission": mission_id},
    )
    entries = [
        SavedEntry(row["company_id"], row["participation_id"], row["position"], bool(as_bool(row["pinned"])),
                   bool(as_bool(row["skipped"])), _moment(row["actual_start"]), _moment(row["actual_end"]))
        for row in found
    ]
    return {e.key: e for e in entries}


def _entry_objects(session: Session, mission_id: int | None) -> dict[str, PitchEntry]:
    """The saved entries as rows to change (pins, skips, timings)."""
    from sqlmodel import col, select

    from c2c.store.models import PitchEntry

    query = select(PitchEntry).where(PitchEntry.mission_id == mission_id).order_by(col(PitchEntry.id))
    return {_entry_key(e): e for e in session.exec(query).all()}


def _entry_key(entry: PitchEntry) -> str:
    if entry.participation_id is not None:
        return f"person:{entry.participation_id}"
    return f"company:{entry.company_id}"


def _moment(value: object) -> dt.datetime | None:
    if value is None:
        return None
    moment = as_datetime(value)
    # SQLite hands back naive datetimes; they were stored in UTC
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _flow(agenda: Agenda, blocks: list[PlannedBlock]) -> int:
    """Give times to the pitches in block order; returns the seconds missing for the rest."""
    from zoneinfo import ZoneInfo

    from c2c.services import program

    zone = ZoneInfo(agenda.mission.timezone)
    pitch = dt.timedelta(seconds=agenda.settings.pitch_seconds)
    changeover = dt.timedelta(seconds=agenda.settings.changeover_seconds)
    windows = [_window(program.block_bounds(agenda.mission, b), b) for b in blocks]
    index, cursor = 0, None
    for slot in agenda.slots:
        if slot.skipped:
            continue
        while index < len(windows):
            block, start, end = windows[index]
            begin = start if cursor is None else cursor + changeover
            if begin + pitch <= end:
                slot.start, slot.end, slot.block = begin.astimezone(zone), (begin + pitch).astimezone(zone), block
                cursor = begin + pitch
                break
            index, cursor = index + 1, None
    missing = len(agenda.fell_off)
    if not missing:
        return 0
    needed = missing * pitch + (missing - 1) * changeover
    if not windows:
        return int(needed.total_seconds())
    _, last_start, last_end = windows[-1]
    last_cursor = [s.end for s in agenda.slots if s.block is windows[-1][0] and s.end is not None]
    begin = last_cursor[-1].astimezone(UTC) + changeover if last_cursor else last_start
    return int((begin + needed - last_end).total_seconds())


def _window(bounds: tuple[dt.datetime, dt.datetime], block: PlannedBlock) -> tuple[PlannedBlock, dt.datetime, dt.datetime]:
    # real elapsed time: on a DST day, 02:30 to 03:30 wall-clock is two hours
    return block, bounds[0].astimezone(UTC), bounds[1].astimezone(UTC)


def _save(session: Session, agenda: Agenda) -> None:
    from sqlmodel import select

    from c2c.store.models import PitchAgenda, PitchEntry

    mission_id = agenda.mission.id
    stored = session.exec(select(PitchAgenda).where(PitchAgenda.mission_id == mission_id)).first()
    settings = stored or PitchAgenda(mission_id=mission_id)
    for name, value in vars(agenda.settings).items():
        setattr(settings, name, value)
    session.add(settings)
    saved = _entry_objects(session, mission_id)
    current = {s.pitcher.key for s in agenda.slots}
    for key, entry in saved.items():
        if key not in current:
            session.delete(entry)
    for slot in agenda.slots:
        entry = saved.get(slot.pitcher.key) or PitchEntry(
            mission_id=mission_id, company_id=slot.pitcher.company_id,
            participation_id=slot.pitcher.participation_id, position=slot.order,
        )
        entry.position, entry.pinned, entry.skipped = slot.order, slot.pinned, slot.skipped
        entry.actual_start, entry.actual_end = slot.actual_start, slot.actual_end
        session.add(entry)
    session.flush()


def find_slot(agenda: Agenda, name: str) -> Slot:
    """A pitch by company or speaker name (ignoring case and accents), or by its number."""
    if name.strip().isdigit():
        number = int(name)
        found = [s for s in agenda.slots if s.order == number]
        if found:
            return found[0]
    return resolve(agenda.slots, name, _pitch_names, what="pitch for", where=f"in mission {agenda.mission.slug}",
                   hint=f"see the agenda with: c2c pitches agenda --mission {agenda.mission.slug}")


def _pitch_names(slot: Slot) -> list[str]:
    """A company's pitch is called by the company; one person's pitch by the person, then the company."""
    pitcher = slot.pitcher
    if pitcher.participation_id is not None and pitcher.speakers:
        return [f"{pitcher.speakers[0]} ({pitcher.company})", *pitcher.speakers, pitcher.company]
    return [pitcher.company, *pitcher.speakers]


def move_pitch(session: Session, mission: Mission, name: str, to: int) -> Agenda:
    """Pin a pitch at position ``to``; a pin already there moves one down."""
    agenda = build_agenda(session, mission)
    slot = find_slot(agenda, name)
    if not 1 <= to <= len(agenda.slots):
        raise InvalidInput(f"position {to} is outside the agenda (1 to {len(agenda.slots)})")
    entries = _entry_objects(session, mission.id)
    taken = {e.position: e for k, e in entries.items() if e.pinned and k != slot.pitcher.key}
    position = to
    while position in taken:
        bumped = taken.pop(position)
        position += 1
        bumped.position = position
        session.add(bumped)
    moved = entries[slot.pitcher.key]
    moved.position, moved.pinned = to, True
    session.add(moved)
    session.flush()
    return build_agenda(session, mission)


def mark_pitch(session: Session, mission: Mission, name: str, *, pinned: bool | None = None,
               skipped: bool | None = None) -> tuple[Slot, Agenda]:
    """Pin/unpin (at its current place) or skip/unskip one pitch; the others reflow."""
    agenda = build_agenda(session, mission)
    slot = find_slot(agenda, name)
    entry = _entry_objects(session, mission.id)[slot.pitcher.key]
    if pinned is not None:
        entry.pinned = pinned
    if skipped is not None:
        entry.skipped = skipped
    session.add(entry)
    session.flush()
    agenda = build_agenda(session, mission)
    return find_slot(agenda, str(entry.position)), agenda


TimingRecord = tuple[str, dt.datetime | None, dt.datetime | None, bool]


def record_timings(session: Session, mission: Mission, records: list[TimingRecord]) -> None:
    """Store what the stage timer saw: (key, actual start, actual end, skipped) per pitch."""
    entries = _entry_objects(session, mission.id)
    for key, start, end, skipped in records:
        entry = entries.get(key)
        if entry is None:
            continue
        entry.actual_start = start.astimezone(UTC) if start else None
        entry.actual_end = end.astimezone(UTC) if end else None
        entry.skipped = entry.skipped or skipped
        session.add(entry)
    session.flush()


def calendar_pitch_slots(db: Reader, mission: MissionRef) -> list[PitchSlotItem]:
    """The scheduled pitches for the calendars, from the saved agenda (nothing written)."""
    agenda = read_agenda(db, mission)
    scheduled = agenda.scheduled
    return [
        PitchSlotItem(
            key=f"pitch:{s.pitcher.key}", start=s.start, end=s.end, company=s.pitcher.company,
            speakers=s.pitcher.speakers, order=number, total=len(scheduled),
            participation_ids=s.pitcher.participation_ids,
            session_title=s.block.title if s.block else None,
            location=(s.block.location if s.block else None) or mission.venue,
        )
        for number, s in enumerate(scheduled, start=1)
        if s.start is not None and s.end is not None
    ]


def demo_program(session: Session, mission: Mission) -> list[str]:
    """The demo's standard day and its pitch agenda (empty until participants are imported)."""
    from c2c.services import program

    blocks = program.apply_template(session, mission, "standard-day")
    agenda = build_agenda(session, mission, AgendaOptions(order="alternate"))
    messages = [f"Programme: {len(blocks)} blocks of the standard day on {mission.slug}",
                f"Pitch agenda: {len(agenda.scheduled)} pitches"]
    overflow = agenda.overflow_message()
    return [*messages, f"Warning: {overflow}"] if overflow else messages

