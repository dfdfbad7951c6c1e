"""The programme of a mission: blocks of wall-clock time, on day N of the mission.

Times are wall-clock in the mission's time zone (what the printed programme says); they
become timezone-aware datetimes only when exported, through ``block_bounds``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, TypedDict

from c2c.errors import InvalidInput, NotFound
from c2c.parsing import DayClock, parse_choice, parse_clock, parse_day_clock
from c2c.store.reading import as_date, as_time
from c2c.text import clean_spaces

if TYPE_CHECKING:
    from sqlmodel import Session

    from c2c.services.missions import MissionRef
    from c2c.store.models import Mission, ProgramBlock
    from c2c.store.reading import Reader

KINDS = ("talk", "pitches", "b2b", "break", "lunch", "visit", "transfer", "other")
TEMPLATES_FILE = "program_templates.toml"


@dataclass
class BlockInput:
    """A block as typed by the coordinator: ``at`` plus either ``minutes`` or ``until``."""

    at: dt.time
    title: str
    kind: str = "other"
    minutes: int | None = None
    until: DayClock | None = None  # 00:30+1: the block runs past midnight
    day: int = 1
    location: str | None = None
    description: str | None = None


@dataclass
class BlockChanges:
    at: dt.time | None = None
    minutes: int | None = None
    until: DayClock | None = None
    title: str | None = None
    kind: str | None = None
    day: int | None = None
    location: str | None = None
    description: str | None = None


class _Zoned(Protocol):
    """A mission as far as placing wall-clock times goes (a ``Mission`` or a ``MissionRef``)."""

    @property
    def timezone(self) -> str: ...

    @property
    def start_date(self) -> dt.date: ...


class _Timed(Protocol):
    @property
    def day(self) -> dt.date: ...

    @property
    def start(self) -> dt.time: ...

    @property
    def end(self) -> dt.time: ...


@dataclass(frozen=True)
class PlannedBlock:
    """A programme block as read, for the views and the pitch agenda (nothing to write back)."""

    id: int
    day: dt.date
    start: dt.time
    end: dt.time
    kind: str
    title: str
    location: str | None
    description: str | None


def clock(value: dt.time) -> str:
    return value.strftime("%H:%M")


def day_date(mission: Mission, day: int) -> dt.date:
    """The date of day ``day`` (1-based) of the mission, which must fall within its dates."""
    days = (mission.end_date - mission.start_date).days + 1
    if not 1 <= day <= days:
        span = "day 1" if days == 1 else f"days 1 to {days}"
        raise InvalidInput(
            f"day {day} is outside mission {mission.slug} ({span}: "
            f"{mission.start_date.isoformat()} to {mission.end_date.isoformat()})"
        )
    return mission.start_date + dt.timedelta(days=day - 1)


def day_number(mission: _Zoned, date: dt.date) -> int:
    return (date - mission.start_date).days + 1


def local_datetime(mission: _Zoned, date: dt.date, time: dt.time) -> dt.datetime:
    """A wall-clock time of the mission as an aware datetime (first occurrence on DST days)."""
    from zoneinfo import ZoneInfo

    return dt.datetime.combine(date, time, tzinfo=ZoneInfo(mission.timezone))


def block_bounds(mission: _Zoned, block: _Timed) -> tuple[dt.datetime, dt.datetime]:
    return local_datetime(mission, block.day, block.start), local_datetime(mission, end_day(block), block.end)


def end_day(block: _Timed) -> dt.date:
    """The day a block ends: the next one when it runs past midnight (it ends at or before its start)."""
    return block.day + dt.timedelta(days=1) if block.end <= block.start else block.day


def end_clock(block: _Timed) -> str:
    """'17:15', or '00:30+1' past midnight, as ``--until`` takes it."""
    return clock(block.end) + ("+1" if block.end <= block.start else "")


def add_block(session: Session, mission: Mission, data: BlockInput) -> ProgramBlock:
    from c2c.store.models import ProgramBlock

    start = data.at
    block = ProgramBlock(
        mission_id=_id(mission),
        day=day_date(mission, data.day),
        start=start,
        end=_end_time(start, data.minutes, data.until),
        kind=_kind(data.kind),
        title=_title(data.title),
        location=_optional(data.location),
        description=_optional(data.description),
    )
    _check_times(mission, block)
    _check_no_overlap(session, mission, block)
    session.add(block)
    session.flush()
    return block


DAY_MINUTES = 24 * 60


def _end_time(start: dt.time, minutes: int | None, until: DayClock | None) -> dt.time:
    """The end clock; one at or before the start means the next day (``--until 00:30+1``)."""
    if minutes is not None and until is not None:
        raise InvalidInput("give a block either a length or an end time, not both")
    if minutes is None and until is None:
        raise InvalidInput("a block needs a length or an end time")
    if until is not None:
        end, next_day = until.time, until.day_offset
        if next_day > 1 or (next_day == 1 and end >= start):
            raise InvalidInput(f"a block lasts less than a day ({clock(start)}–{until.clock})")
        if not next_day and end <= start:
            hint = f"past midnight? write --until {clock(end)}+1" if end.hour < 12 <= start.hour else None
            raise InvalidInput(f"the block must end after it starts ({clock(start)}–{clock(end)})", hint=hint)
        return end
    assert minutes is not None
    if not 0 < minutes < DAY_MINUTES:
        raise InvalidInput(f"a block lasts at least a minute and less than a day, not {minutes} min")
    total = (start.hour * 60 + start.minute + minutes) % DAY_MINUTES
    return dt.time(total // 60, total % 60)


def _check_times(mission: Mission, block: ProgramBlock) -> None:
    """Both ends must be one moment each: not in the spring gap nor the repeated autumn hour."""
    from c2c.services.wall_clock import require_single_moment

    require_single_moment(mission.timezone, block.day, block.start, f"block {block.title!r} starting")
    require_single_moment(mission.timezone, end_day(block), block.end, f"block {block.title!r} ending")


def _kind(kind: str) -> str:
    return parse_choice(kind, KINDS, "kind")


def _title(title: str) -> str:
    cleaned = clean_spaces(title)
    if not cleaned:
        raise InvalidInput("a block needs a title")
    return cleaned


def _optional(value: str | None) -> str | None:
    return clean_spaces(value) or None if value is not None else None


def _id(mission: Mission) -> int:
    assert mission.id is not None
    return mission.id


def describe(block: ProgramBlock) -> str:
    return f'"{block.title}" {clock(block.start)}–{end_clock(block)}'


def _check_no_overlap(session: Session, mission: Mission, block: ProgramBlock) -> None:
    start, end = block_bounds(mission, block)
    for other in list_blocks(session, mission):
        if other.id == block.id or abs((other.day - block.day).days) > 1:
            continue
        other_start, other_end = block_bounds(mission, other)
        if start < other_end and other_start < end:
            raise InvalidInput(
                f"block {describe(block)} overlaps {describe(other)} "
                f"on day {day_number(mission, block.day)} ({block.day.isoformat()})",
                hint=f"move one of them, or see the day with: c2c program list --mission {mission.slug}",
            )


def list_blocks(session: Session, mission: Mission, kind: str | None = None) -> list[ProgramBlock]:
    from sqlmodel import col, select

    from c2c.store.models import ProgramBlock

    query = select(ProgramBlock).where(ProgramBlock.mission_id == mission.id)
    if kind is not None:
        query = query.where(ProgramBlock.kind == kind)
    query = query.order_by(col(ProgramBlock.day), col(ProgramBlock.start), col(ProgramBlock.id))
    return list(session.exec(query).all())


def get_block(session: Session, mission: Mission, block_id: int) -> ProgramBlock:
    from c2c.store.models import ProgramBlock

    block = session.get(ProgramBlock, block_id)
    if block is None or block.mission_id != mission.id:
        raise NotFound(
            f"no programme block {block_id} in mission {mission.slug}",
            hint=f"see the block ids with: c2c program list --mission {mission.slug}",
        )
    return block


def edit_block(session: Session, mission: Mission, block_id: int, changes: BlockChanges) -> ProgramBlock:
    block = get_block(session, mission, block_id)
    if changes.day is not None:
        block.day = day_date(mission, changes.day)
    if changes.at is not None or changes.minutes is not None or changes.until is not None:
        new_start = changes.at if changes.at is not None else block.start
        minutes, until = changes.minutes, changes.until
        if minutes is None and until is None:
            # moving a block keeps its length
            minutes = _minutes_between(block.start, block.end)
        block.end = _end_time(new_start, minutes, until)
        block.start = new_start
    if changes.title is not None:
        block.title = _title(changes.title)
    if changes.kind is not None:
        block.kind = _kind(changes.kind)
    if changes.location is not None:
        block.location = _optional(changes.location)
    if changes.description is not None:
        block.description = _optional(changes.description)
    _check_times(mission, block)
    _check_no_overlap(session, mission, block)
    session.add(block)
    session.flush()
    return block


def _minutes_between(start: dt.time, end: dt.time) -> int:
    """Wall-clock minutes from start to end, past midnight when the end is not after the start."""
    return ((end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)) % DAY_MINUTES or DAY_MINUTES


def remove_block(session: Session, mission: Mission, block_id: int) -> ProgramBlock:
    block = get_block(session, mission, block_id)
    session.delete(block)
    session.flush()
    return block


class BlockRow(TypedDict):
    id: int | None
    day: int
    date: str
    time: str
    kind: str
    title: str
    location: str | None
    start: str
    end: str
    minutes: int
    description: str | None



def read_blocks(db: Reader, mission_id: int, kind: str | None = None) -> list[PlannedBlock]:
    """The mission's blocks (of one ``kind`` if given) in time order."""
    where = "" if kind is None else " AND kind = :kind"
    found = db.rows(
        'SELECT id, day, start, "end", kind, title, location, description FROM program_block '
        f"WHERE mission_id = :mission{where} ORDER BY day, start, id",
        {"mission": mission_id, "kind": kind},
    )
    return [
        PlannedBlock(row["id"], as_date(row["day"]), as_time(row["start"]), as_time(row["end"]), row["kind"],
                     row["title"], row["location"], row["description"])
        for row in found
    ]


def block_rows(db: Reader, mission: MissionRef) -> list[BlockRow]:
    """The mission's programme in time order: clock times for people, aware datetimes for scripts."""
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(mission.timezone)
    return [
        {
            "id": block.id,
            "day": day_number(mission, block.day),
            "date": block.day.isoformat(),
            "time": f"{clock(block.start)}–{end_clock(block)}",
            "kind": block.kind,
            "title": block.title,
            "location": block.location,
            "start": dt.datetime.combine(block.day, block.start, tzinfo=zone).isoformat(),
            "end": dt.datetime.combine(end_day(block), block.end, tzinfo=zone).isoformat(),
            "minutes": _minutes_between(block.start, block.end),
            "description": block.description,
        }
        for block in read_blocks(db, mission.id)
    ]


def template_names() -> list[str]:
    return sorted(_templates())


def _templates() -> dict[str, Any]:
    import tomllib

    from c2c.config import package_data

    with package_data(TEMPLATES_FILE).open("rb") as handle:
        return tomllib.load(handle)


def apply_template(
    session: Session, mission: Mission, name: str, *, day: int = 1, replace: bool = False
) -> list[ProgramBlock]:
    """Add a template's blocks on day ``day``; ``replace`` first removes that day's blocks."""
    templates = _templates()
    if name not in templates:
        raise NotFound(f"no programme template {name!r}", hint=f"templates: {', '.join(sorted(templates))}")
    date = day_date(mission, day)
    if replace:
        for block in list_blocks(session, mission):
            if block.day == date:
                session.delete(block)
        session.flush()
    names = _template_names(session, mission)
    return [
        add_block(
            session,
            mission,
            BlockInput(
                at=parse_clock(item["start"]), until=parse_day_clock(item["end"]), kind=item["kind"], title=item["title"].format(**names),
                day=day, location=item.get("location", "").format(**names) or None,
                description=item.get("description"),
            ),
        )
        for item in templates[name]["blocks"]
    ]


def _template_names(session: Session, mission: Mission) -> dict[str, str]:
    from c2c.store.models import Cluster

    host = session.get(Cluster, mission.host_cluster_id) if mission.host_cluster_id else None
    guest = session.get(Cluster, mission.guest_cluster_id) if mission.guest_cluster_id else None
    return {
        "host": host.name if host else "the host cluster",
        "guest": guest.name if guest else "the guest cluster",
        "host_short": (host.short_name or host.name) if host else "host",
        "guest_short": (guest.short_name or guest.name) if guest else "guest",
        "city": mission.city or "",
        "venue": mission.venue or "",
    }
