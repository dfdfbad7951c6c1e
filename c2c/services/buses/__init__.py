"""Coach logistics: coaches, routes, seat assignment, manifests and roll call.

The package splits the work by noun; this module re-exports what commands and other
features use, so callers write ``from c2c.services import buses`` and ``buses.build_manifest(…)``.
Each name is imported from its module when first used: ``c2c bus list`` reads through the
store's fast path and must not pay for the modules that load SQLAlchemy; so do
``bus route list``, ``bus status`` and ``bus manifest``, whose rows come from ``fleet``, ``views``
and ``manifest`` (none of them imports SQLAlchemy).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from c2c.services.buses.assignment import (
        AssignmentReport as AssignmentReport,
        AssignmentRow as AssignmentRow,
        Placement as Placement,
        Waiting as Waiting,
        assign_person as assign_person,
        assignment_rows as assignment_rows,
        auto_assign as auto_assign,
    )
    from c2c.services.buses.coaches import (
        CoachInput as CoachInput,
        add_coach as add_coach,
        edit_coach as edit_coach,
        overflow as overflow,
        passenger_count as passenger_count,
        remove_coach as remove_coach,
    )
    from c2c.services.buses.common import (
        get_coach as get_coach,
        get_leg as get_leg,
        list_coaches as list_coaches,
        mission_zone as mission_zone,
        only_coach as only_coach,
    )
    from c2c.services.buses.demo import (
        demo_buses as demo_buses,
    )
    from c2c.services.buses.fleet import (
        LegPassenger as LegPassenger,
    )
    from c2c.services.buses.listing import (
        CoachRow as CoachRow,
        coach_rows as coach_rows,
    )
    from c2c.services.buses.manifest import (
        ManifestCoach as ManifestCoach,
        ManifestLine as ManifestLine,
        ManifestRow as ManifestRow,
        build_manifest as build_manifest,
        calendar_coach_stops as calendar_coach_stops,
        leg_lines as leg_lines,
        manifest_rows as manifest_rows,
        now_utc as now_utc,
    )
    from c2c.services.buses.roll_call import (
        BoardingChange as BoardingChange,
        board as board,
        leg_passengers as leg_passengers,
        resolve_leg as resolve_leg,
        set_boarded as set_boarded,
    )
    from c2c.services.buses.routes import (
        add_stop as add_stop,
        edit_stop as edit_stop,
        remove_leg as remove_leg,
        remove_stop as remove_stop,
    )
    from c2c.services.buses.stop_users import (
        StopUsers as StopUsers,
        find_stop_users as find_stop_users,
    )
    from c2c.services.buses.views import (
        RouteRow as RouteRow,
        StatusRow as StatusRow,
        WaitlistRow as WaitlistRow,
        programme_warnings as programme_warnings,
        route_rows as route_rows,
        status_rows as status_rows,
        waitlist_rows as waitlist_rows,
    )

# name -> the module of this package that defines it (a test keeps it equal to the imports above)
_HOMES = {
    "AssignmentReport": "assignment",
    "AssignmentRow": "assignment",
    "BoardingChange": "roll_call",
    "CoachInput": "coaches",
    "CoachRow": "listing",
    "LegPassenger": "fleet",
    "ManifestCoach": "manifest",
    "ManifestLine": "manifest",
    "ManifestRow": "manifest",
    "Placement": "assignment",
    "RouteRow": "views",
    "StatusRow": "views",
    "StopUsers": "stop_users",
    "Waiting": "assignment",
    "WaitlistRow": "views",
    "add_coach": "coaches",
    "add_stop": "routes",
    "assign_person": "assignment",
    "assignment_rows": "assignment",
    "auto_assign": "assignment",
    "board": "roll_call",
    "build_manifest": "manifest",
    "calendar_coach_stops": "manifest",
    "coach_rows": "listing",
    "demo_buses": "demo",
    "edit_coach": "coaches",
    "edit_stop": "routes",
    "find_stop_users": "stop_users",
    "get_coach": "common",
    "get_leg": "common",
    "leg_lines": "manifest",
    "leg_passengers": "roll_call",
    "list_coaches": "common",
    "manifest_rows": "manifest",
    "mission_zone": "common",
    "now_utc": "manifest",
    "only_coach": "common",
    "overflow": "coaches",
    "passenger_count": "coaches",
    "programme_warnings": "views",
    "remove_coach": "coaches",
    "remove_leg": "routes",
    "remove_stop": "routes",
    "resolve_leg": "roll_call",
    "route_rows": "views",
    "set_boarded": "roll_call",
    "status_rows": "views",
    "waitlist_rows": "views",
}
__all__ = sorted(_HOMES)


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_HOMES[name]}"), name)
    globals()[name] = value
    return value
