"""The demo coach: Milano Cadorna, Gallarate and Varese to Lyon and back, 20 November 2018."""

from __future__ import annotations

from sqlmodel import Session

from c2c.parsing import parse_day_clock
from c2c.services.buses.assignment import auto_assign
from c2c.services.buses.coaches import CoachInput, add_coach
from c2c.services.buses.routes import add_stop
from c2c.services.buses.views import programme_warnings
from c2c.store.models import Mission
from c2c.store.reading import session_reader

DEMO_COACH = CoachInput(
    name="Coach 1", seats=50, reserved_seats=2, operator="Autolinee Varesine (sample)",
    plate="FG 123 AB", driver_phone="+39 333 000 1234",
)
# via the Mont Blanc tunnel: about four and a half hours, in time for the 09:00 welcome
OUTBOUND = [
    ("Milano Cadorna", "03:30", "Piazzale Luigi Cadorna, Milano"),
    ("Gallarate", "04:00", "Piazzale della Stazione, Gallarate"),
    ("Varese", "04:20", "Piazzale Trieste, Varese"),
    ("Lyon Saint-Exupéry Business Center", "08:45", "Aéroport Lyon-Saint Exupéry, Colombier-Saugnieu"),
]
RETURN = [
    ("Lyon Saint-Exupéry Business Center", "17:30", "Aéroport Lyon-Saint Exupéry, Colombier-Saugnieu"),
    ("Varese", "22:15", "Piazzale Trieste, Varese"),
    ("Gallarate", "22:35", "Piazzale della Stazione, Gallarate"),
    ("Milano Cadorna", "23:00", "Piazzale Luigi Cadorna, Milano"),
]


def demo_buses(session: Session, mission: Mission) -> list[str]:
    """One coach with its outbound and return legs, and everyone seated at their stop."""
    coach = add_coach(session, mission, DEMO_COACH)
    for leg, stops in (("outbound", OUTBOUND), ("return", RETURN)):
        for name, at, address in stops:
            time, day_offset = parse_day_clock(at)
            add_stop(session, mission, coach, leg, name, time, day_offset=day_offset, address=address,
                     destination=leg == "outbound" and name == OUTBOUND[-1][0])
    report = auto_assign(session, mission)
    messages = [f"{coach.name}: {coach.seats} seats ({coach.reserved_seats} reserved), "
                f"{report.kept + len(report.placed)} people seated, {len(report.waitlisted)} on the waitlist"]
    messages += [f"Warning: {w}" for w in programme_warnings(session_reader(session), coach.mission_id)]
    return messages
