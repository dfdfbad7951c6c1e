"""The demo: the real Cluster2Cluster path as sample data, built in its own store.

Feature modules add a step each (participants, agenda, coaches, meetings, calendars); the
demo mission everything is shown on is ``lyon-2018``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from c2c.services import buses, clusters, missions, participants
from c2c.services.b2b.demo import demo_b2b
from c2c.services.outcomes.demo import demo_outcomes
from c2c.services.pitches import agenda as pitches

if TYPE_CHECKING:
    from sqlmodel import Session

DEMO_MISSION = "lyon-2018"
FOLLOW_UP_MISSION = "francia-lombardia-2020"  # Somma Lombardo: France comes back to Lombardy

CLUSTERS = [
    clusters.ClusterInput("Lombardia Aerospace Cluster", "LAC", "IT", "Lombardia", "https://www.lombardia-aerospace.example",
                          ("Distretto Aerospaziale Lombardo",)),
    clusters.ClusterInput("Aéro Montréal", "AM", "CA", "Québec", "https://www.aeromontreal.example", ("Aero Montreal",)),
    clusters.ClusterInput("Swiss Aerospace Cluster", "SAC", "CH", "Nidwalden", "https://www.swissaerospace.example"),
    clusters.ClusterInput("Forum Luft- und Raumfahrt Baden-Württemberg", "LR BW", "DE", "Baden-Württemberg",
                          "https://www.lrbw.example", ("BW Forum Luft- und Raumfahrt",)),
    clusters.ClusterInput("Aerospace Cluster Auvergne-Rhône-Alpes", "AAR", "FR", "Auvergne-Rhône-Alpes",
                          "https://www.aerospace-aura.example"),
    clusters.ClusterInput("Dolnośląski Klaster Lotniczy", "DKL", "PL", "Dolny Śląsk (Lower Silesia)",
                          "https://www.klaster-lotniczy.example", ("Lower Silesian Aviation Cluster",)),
]

# slug, title, direction, host, guest, city, venue, date, notes
MISSIONS = [
    ("milano-2017", "Cluster2Cluster: the Québec delegation in Milan", "incoming", "LAC", "AM", "Milano",
     "Palazzo Lombardia", dt.date(2017, 11, 14), "First contact: Aéro Montréal's delegation visits Lombardy."),
    ("nidwalden-2018", "Cluster2Cluster pilot: Lombardy in Nidwalden", "outgoing", "SAC", "LAC", "Stans",
     "Pilatus Business Park", dt.date(2018, 2, 22), "Pilot mission: 22 entrepreneurs by coach."),
    ("lombardia-2018", "Cluster2Cluster: Switzerland and Baden-Württemberg in Lombardy", "incoming", "LAC", "SAC",
     "Milano", "Politecnico di Milano, Campus Bovisa", dt.date(2018, 10, 18), "Co-guest: Forum Luft- und Raumfahrt BW."),
    ("lyon-2018", "Cluster2Cluster: Lombardia visits Auvergne-Rhône-Alpes", "outgoing", "AAR", "LAC", "Lyon",
     "Aéroport Lyon-Saint Exupéry, Business Center", dt.date(2018, 11, 20), "Coach from Milano via Gallarate and Varese."),
    ("wroclaw-2019", "Cluster2Cluster: Lombardia in Lower Silesia", "outgoing", "DKL", "LAC", "Wrocław",
     "Wrocławski Park Technologiczny", dt.date(2019, 5, 16), "Flight to Wrocław, coach to plant visits."),
    ("stuttgart-2019", "Cluster2Cluster: Baden-Württemberg, Switzerland and Lombardy", "outgoing", "LR BW", "LAC",
     "Stuttgart", "Haus der Wirtschaft", dt.date(2019, 12, 5), "Three-cluster mission with the Swiss Aerospace Cluster."),
    ("francia-lombardia-2020", "Cluster2Cluster: France visits Lombardy", "incoming", "LAC", "AAR",
     "Somma Lombardo", "Volandia, Somma Lombardo", dt.date(2020, 2, 20),
     "40 entrepreneurs from 24 companies; plant visit in Venegono Superiore."),
]


@dataclass
class DemoResult:
    missions: list[str] = field(default_factory=list)
    focus: str = DEMO_MISSION
    messages: list[str] = field(default_factory=list)


def build_demo(session: Session) -> DemoResult:
    """Fill an empty store with the sample path; each feature adds its part to the focus mission."""
    result = DemoResult()
    for data in CLUSTERS:
        clusters.add_cluster(session, data)
    for slug, title, direction, host, guest, city, venue, day, notes in MISSIONS:
        mission = missions.create_mission(
            session,
            missions.MissionInput(
                title=title, start_date=day, slug=slug, direction=direction,
                host=clusters.get_cluster(session, host), guest=clusters.get_cluster(session, guest),
                city=city, venue=venue, status="done", notes=notes,
            ),
        )
        result.missions.append(mission.slug)
    missions.set_setting(session, missions.CURRENT_MISSION_KEY, DEMO_MISSION)
    result.messages += participants.demo_participants(session, missions.get_mission(session, DEMO_MISSION))
    result.messages += pitches.demo_program(session, missions.get_mission(session, DEMO_MISSION))
    result.messages += buses.demo_buses(session, missions.get_mission(session, DEMO_MISSION))
    result.messages += demo_b2b(session, missions.get_mission(session, DEMO_MISSION))
    result.messages += demo_outcomes(session, missions.get_mission(session, DEMO_MISSION),
                                     missions.get_mission(session, FOLLOW_UP_MISSION))
    return result
