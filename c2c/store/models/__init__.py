"""All tables. Feature modules add theirs here so alembic and the engine see one metadata."""

from c2c.store.models.b2b import B2BCompany, B2BMeeting, B2BPrecedence, B2BRequest, B2BSetup
from c2c.store.models.buses import Boarding, Coach, Leg, LegKind, SeatAssignment, Stop
from c2c.store.models.calendar import CalendarEntry
from c2c.store.models.core import (
    Cluster,
    Company,
    Direction,
    Mission,
    MissionStatus,
    Participation,
    ParticipationStatus,
    Person,
    Setting,
)
from c2c.store.models.pitches import PitchAgenda, PitchEntry
from c2c.store.models.program import BlockKind, ProgramBlock

__all__ = [
    "BlockKind",
    "ProgramBlock",
    "Cluster",
    "Company",
    "Direction",
    "Mission",
    "MissionStatus",
    "Participation",
    "ParticipationStatus",
    "Person",
    "Setting",
    "PitchAgenda",
    "PitchEntry",
    "Boarding",
    "Coach",
    "Leg",
    "LegKind",
    "SeatAssignment",
    "Stop",
    "B2BCompany",
    "B2BMeeting",
    "B2BPrecedence",
    "B2BRequest",
    "B2BSetup",
    "CalendarEntry",
]
