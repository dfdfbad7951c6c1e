"""Coach logistics: coaches, routes, seat assignment, manifests and roll call.

The package splits the work by noun; this module re-exports what commands and other
features use, so callers write ``from c2c.services import buses`` and ``buses.manifest(…)``.
"""

from c2c.services.buses.assignment import (
    AssignmentReport,
    Placement,
    Waiting,
    assign_person,
    auto_assign,
)
from c2c.services.buses.coaches import (
    CoachInput,
    add_coach,
    coach_rows,
    edit_coach,
    passenger_count,
    remove_coach,
)
from c2c.services.buses.common import get_coach, get_leg, list_coaches, mission_zone, only_coach
from c2c.services.buses.demo import demo_buses
from c2c.services.buses.manifest import (
    ManifestCoach,
    calendar_coach_stops,
    manifest,
    manifest_rows,
    now_utc,
)
from c2c.services.buses.roll_call import (
    BoardingChange,
    LegPassenger,
    board,
    leg_passengers,
    resolve_leg,
    set_boarded,
    status_rows,
    waitlist_rows,
)
from c2c.services.buses.routes import (
    add_stop,
    programme_warnings,
    remove_leg,
    remove_stop,
    route_rows,
)
from c2c.services.buses.stop_users import StopUsers, stop_users

__all__ = [
    "AssignmentReport",
    "BoardingChange",
    "CoachInput",
    "LegPassenger",
    "ManifestCoach",
    "StopUsers",
    "Placement",
    "Waiting",
    "add_coach",
    "add_stop",
    "assign_person",
    "auto_assign",
    "board",
    "calendar_coach_stops",
    "coach_rows",
    "demo_buses",
    "edit_coach",
    "get_coach",
    "get_leg",
    "leg_passengers",
    "list_coaches",
    "manifest",
    "mission_zone",
    "manifest_rows",
    "now_utc",
    "only_coach",
    "passenger_count",
    "programme_warnings",
    "remove_coach",
    "remove_leg",
    "remove_stop",
    "resolve_leg",
    "route_rows",
    "set_boarded",
    "status_rows",
    "stop_users",
    "waitlist_rows",
]
