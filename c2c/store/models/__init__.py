"""All tables. Feature modules add theirs here so alembic and the engine see one metadata."""

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
    "CalendarEntry",
]
