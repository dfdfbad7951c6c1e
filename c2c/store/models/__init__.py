"""All tables. Feature modules add theirs here so alembic and the engine see one metadata.

The core tables (clusters, missions, companies, people, participations) load with this package;
the feature modules load on first use, all together: building a SQLModel class costs a few
milliseconds, and most commands (``participants import`` above all) need only the core ones.
Feature tables refer to core ones (loaded first) and to each other's, which loading them
together keeps resolvable. Whatever reads ``SQLModel.metadata`` as a whole (alembic's env.py,
schema checks) calls ``load_all()`` first. A new model: add its module, then its names to the
``TYPE_CHECKING`` imports and to ``__all__``.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType
from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from c2c.store.models.b2b import B2BCompany, B2BMeeting, B2BPrecedence, B2BRequest, B2BSetup
    from c2c.store.models.buses import Boarding, Coach, Leg, LegKind, SeatAssignment, Stop
    from c2c.store.models.calendar import CalendarEntry
    from c2c.store.models.mail import MailMessage
    from c2c.store.models.outcomes import B2BOutcome, Lead, LeadEvent
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
    "MailMessage",
    "B2BOutcome",
    "Lead",
    "LeadEvent",
]


def load_all() -> list[ModuleType]:
    """Import every model module (each file of this package), registering all tables."""
    return [importlib.import_module(f"{__name__}.{info.name}") for info in pkgutil.iter_modules(__path__)]


def __getattr__(name: str) -> Any:
    """A feature model asked for the first time: load every model module, then find it."""
    if name in __all__:
        for module in load_all():
            if hasattr(module, name):
                globals()[name] = value = getattr(module, name)  # later lookups skip this function
                return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
