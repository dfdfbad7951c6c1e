"""All tables. Feature modules add theirs here so alembic and the engine see one metadata.

The modules load on first use: building a SQLModel class costs a few milliseconds, and most
commands (``participants import`` above all) touch only the core tables, so
``from c2c.store.models import Person`` loads core.py alone. Asking for any other model loads
every model module at once, which keeps every foreign key between them resolvable. Whatever
reads ``SQLModel.metadata`` as a whole (alembic's env.py, schema checks) calls ``load_all()``.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from c2c.store.models.b2b import B2BCompany, B2BMeeting, B2BRequest, B2BSetup
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
    "B2BRequest",
    "B2BSetup",
    "CalendarEntry",
]


def load_all() -> list[ModuleType]:
    """Import every model module (each file of this package), registering all tables."""
    return [importlib.import_module(f"{__name__}.{info.name}") for info in pkgutil.iter_modules(__path__)]


def __getattr__(name: str) -> Any:
    """A model asked for the first time: load core.py, or every module for the other tables."""
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    core = importlib.import_module(f"{__name__}.core")
    # feature tables refer to one another's: loading them together keeps foreign keys resolvable
    modules = [core] if hasattr(core, name) else load_all()
    for module in modules:
        if hasattr(module, name):
            globals()[name] = value = getattr(module, name)  # later lookups skip this function
            return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
