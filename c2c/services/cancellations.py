"""What a person who stops taking part leaves free: their coach seat, their pitch slot and
their company's B2B meetings, freed in the caller's transaction and said in one line each.

``release_participation`` is called by every path that cancels or removes someone
(``participants edit --status cancelled``, ``participants remove``), before the change, so
that what they held can still be read and named.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlmodel import Session

    from c2c.store.models import Mission, Participation, Person


@dataclass
class Freed:
    """What one person's leaving freed, for the coordinator to read."""

    person: str
    seat: str | None = None  # 'seat on Coach 1 (Milano Cadorna)' or 'place on the waitlist'
    pitch: str | None = None  # 'pitch slot 5 (09:44:00)'
    meetings: list[str] = field(default_factory=list)  # 'B2B meeting 3 with Daher (13:30, table 2)'

    def messages(self) -> list[str]:
        """'Freed the seat on Coach 1 (Milano Cadorna) of Mario Rossi', one line per thing freed."""
        things = [t for t in (self.seat, self.pitch) if t] + self.meetings
        return [f"Freed {thing} of {self.person}" for thing in things]


def calendar_was_sent(session: Session, mission: Mission, part: Participation) -> bool:
    """Whether the person's own calendar was exported: removing them leaves its events on their phone."""
    from sqlmodel import select

    from c2c.services.calendars.state import participant_calendar
    from c2c.store.models import CalendarEntry

    return session.exec(select(CalendarEntry.id).where(
        CalendarEntry.mission_id == mission.id, CalendarEntry.calendar == participant_calendar(part.id or 0),
    )).first() is not None


def release_participation(session: Session, mission: Mission, part: Participation, person: Person) -> Freed:
    """Free what ``part`` holds; call it before the participation is cancelled or deleted."""
    freed = Freed(f"{person.first_name} {person.last_name}".strip())
    freed.seat = _free_seat(session, part)
    freed.pitch = _free_pitch(session, mission, part)
    freed.meetings = _free_meetings(session, mission, part, person)
    session.flush()
    return freed


def _free_seat(session: Session, part: Participation) -> str | None:
    from sqlmodel import select

    from c2c.store.models import Coach, SeatAssignment

    seat = session.exec(select(SeatAssignment).where(SeatAssignment.participation_id == part.id)).first()
    if seat is None:
        return None
    coach = session.get(Coach, seat.coach_id) if seat.coach_id is not None else None
    session.delete(seat)
    if coach is None:
        return "the place on the coach waitlist"
    return f"the seat on {coach.name}" + (f" ({seat.pickup_stop})" if seat.pickup_stop else "")


def _free_pitch(session: Session, mission: Mission, part: Participation) -> str | None:
    """Their pitch slot, unless colleagues still give the company's pitch."""
    from sqlmodel import col, delete

    from c2c.services.missions import ref_of
    from c2c.services.pitches.agenda import read_agenda
    from c2c.store.models import PitchEntry
    from c2c.store.reading import session_reader

    if not part.pitch:
        return None
    agenda = read_agenda(session_reader(session), ref_of(mission))
    mine = next((s for s in agenda.slots if part.id in s.pitcher.participation_ids), None)
    if mine is None or len(mine.pitcher.participation_ids) > 1:
        return None
    entry = col(PitchEntry.mission_id) == mission.id
    if mine.pitcher.participation_id is not None:
        entry &= col(PitchEntry.participation_id) == mine.pitcher.participation_id
    else:
        entry &= col(PitchEntry.company_id) == mine.pitcher.company_id
    session.execute(delete(PitchEntry).where(entry))  # its pin or skip must not outlive it
    when = f" ({mine.start.strftime('%H:%M:%S' if mine.start.second else '%H:%M')})" if mine.start else ""
    return f"pitch slot {mine.order}{when}"


def _free_meetings(session: Session, mission: Mission, part: Participation, person: Person) -> list[str]:
    """The company's meetings, once nobody else of the company takes part."""
    from sqlmodel import col, or_, select

    from c2c.store.models import B2BMeeting, Company, Participation as P, Person as Pe

    if person.company_id is None:
        return []
    colleagues = session.exec(
        select(P.id).join(Pe, col(Pe.id) == P.person_id)
        .where(P.mission_id == mission.id, Pe.company_id == person.company_id, P.id != part.id, P.status != "cancelled")
    ).first()
    if colleagues is not None:
        return []
    company = session.get(Company, person.company_id)
    name = company.name if company else f"{person.first_name} {person.last_name}"
    held = session.exec(
        select(B2BMeeting).where(B2BMeeting.mission_id == mission.id, col(B2BMeeting.start).is_not(None),
                                 or_(B2BMeeting.company_a_id == person.company_id,
                                     B2BMeeting.company_b_id == person.company_id))
        .order_by(col(B2BMeeting.start))
    ).all()
    freed = []
    for meeting in held:
        other_id = meeting.company_b_id if meeting.company_a_id == person.company_id else meeting.company_a_id
        other = session.get(Company, other_id)
        assert meeting.start is not None
        table = f", table {meeting.table}" if meeting.table is not None else ""
        freed.append(f"B2B meeting {meeting.id} with {other.name if other else '?'} "
                     f"({meeting.start.strftime('%H:%M')}{table})")
        meeting.start, meeting.table, meeting.fixed = None, None, False
        meeting.reason = f"{name} no longer takes part in {mission.slug}"
        session.add(meeting)
    return freed


def follow_stop_change(session: Session, mission: Mission, part: Participation, person: Person,
                       stop: str | None) -> list[str]:
    """A new or cleared pick-up stop: moved at once on the same coach when it stops there, else
    the seat or waitlist place is freed for the next ``bus assign --auto`` (no stale reason left)."""
    from sqlmodel import select

    from c2c.services.buses.matching import match_stop
    from c2c.services.buses.routes import pickup_stops
    from c2c.store.models import SeatAssignment

    seat = session.exec(select(SeatAssignment).where(SeatAssignment.participation_id == part.id)).first()
    if seat is None:
        return []
    name = f"{person.first_name} {person.last_name}".strip()
    found = match_stop(stop, pickup_stops(session, mission).get(seat.coach_id, [])) if stop and seat.coach_id else None
    if found is not None:
        seat.pickup_stop = found
        session.add(seat)
        session.flush()
        return [f"{name} now boards at {found}"]
    freed = _free_seat(session, part)
    session.flush()
    return [f"Freed {freed} of {name}: seat them again with c2c bus assign --auto"]
