"""The demo's B2B block: wishes between the two clusters, scheduled the same way every time."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from c2c.services.b2b.setup import mission_companies, setup_b2b
from c2c.services.b2b.timetable import schedule_meetings
from c2c.services.b2b.wishes import add_request

if TYPE_CHECKING:
    from sqlmodel import Session

    from c2c.store.models import Mission


def demo_b2b(session: Session, mission: Mission) -> list[str]:
    """The demo's B2B block of the standard day: 20-minute meetings 13:30–15:30 between the two clusters."""

    setup_b2b(session, mission, dt.time(13, 30), dt.time(15, 30), 20, 6, [])
    companies = mission_companies(session, mission)
    guests = [c for c in companies if c.cluster_id == mission.guest_cluster_id]
    hosts = [c for c in companies if c.cluster_id == mission.host_cluster_id]
    if not guests or not hosts:
        return ["B2B: session set up 13:30–15:30; no companies of both clusters to pair yet"]
    for i, guest in enumerate(guests):
        for step in (0, 1, 3):
            host = hosts[(i + step) % len(hosts)]
            add_request(session, mission, guest.name, host.name, priority=1 + step % 3)
            if (i + step) % 4 == 0:  # some wishes are mutual
                add_request(session, mission, host.name, guest.name, priority=2)
    # workers=1 and a fixed seed: the demo is the same every time
    report = schedule_meetings(session, mission, time_limit=10.0, seed=1, workers=1)
    return [f"B2B: {report.held} of {report.total} meetings scheduled for {len(guests) + len(hosts)} companies, "
            f"{report.breaks} idle breaks"]
