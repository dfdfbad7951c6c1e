"""What ``c2c bus list`` shows, read through the store's fast path: no SQLAlchemy here."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

from c2c.phones import format_phone
from c2c.services.buses.fleet import travel_key
from c2c.store.reading import as_date, as_time

if TYPE_CHECKING:
    from c2c.store.reading import Reader


class CoachRow(TypedDict):
    name: str
    seats: int
    reserved: int
    assigned: int
    free: int
    legs: list[str]
    operator: str | None
    plate: str | None
    driver_phone: str | None


def coach_rows(db: Reader, mission_id: int) -> list[CoachRow]:
    """The mission's coaches with seats used and free, and their legs in travel order."""
    coaches = db.rows(
        "SELECT c.id, c.name, c.seats, c.reserved_seats, c.operator, c.plate, c.driver_phone, "
        "(SELECT COUNT(*) FROM seat_assignment AS s WHERE s.coach_id = c.id) AS assigned "
        "FROM coach AS c WHERE c.mission_id = :mission ORDER BY c.id",
        {"mission": mission_id},
    )
    legs = db.rows(
        "SELECT l.id, l.coach_id, l.name, l.day, (SELECT st.time FROM coach_stop AS st WHERE st.leg_id = l.id "
        "ORDER BY st.position LIMIT 1) AS first_time FROM coach_leg AS l JOIN coach AS c ON c.id = l.coach_id "
        "WHERE c.mission_id = :mission",
        {"mission": mission_id},
    )
    legs.sort(key=lambda g: travel_key(as_date(g["day"]), as_time(g["first_time"]) if g["first_time"] else None, g["id"]))
    return [
        {
            "name": c["name"],
            "seats": c["seats"],
            "reserved": c["reserved_seats"],
            "assigned": c["assigned"],
            "free": max(c["seats"] - c["reserved_seats"] - c["assigned"], 0),
            "legs": [g["name"] for g in legs if g["coach_id"] == c["id"]],
            "operator": c["operator"],
            "plate": c["plate"],
            "driver_phone": format_phone(c["driver_phone"]),
        }
        for c in coaches
    ]
