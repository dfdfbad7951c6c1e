"""Clusters, missions, companies, people and who takes part in which mission."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Boolean, Column, UniqueConstraint, false
from sqlmodel import Field, SQLModel

from c2c.store.versions import track_writers, version_column

_person_version = version_column()
_participation_version = version_column()


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Direction(StrEnum):
    incoming = "incoming"
    outgoing = "outgoing"


class MissionStatus(StrEnum):
    planned = "planned"
    confirmed = "confirmed"
    done = "done"
    cancelled = "cancelled"


class ParticipationStatus(StrEnum):
    registered = "registered"
    confirmed = "confirmed"
    cancelled = "cancelled"
    attended = "attended"
    no_show = "no-show"


class Cluster(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True, unique=True)
    short_name: str | None = Field(default=None, index=True)
    country: str | None = Field(default=None, max_length=2)
    region: str | None = None
    website: str | None = None
    aliases: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False, default=list))


class Mission(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(index=True, unique=True)
    title: str
    direction: str = Field(default=Direction.outgoing.value)
    host_cluster_id: int | None = Field(default=None, foreign_key="cluster.id", ondelete="RESTRICT")
    guest_cluster_id: int | None = Field(default=None, foreign_key="cluster.id", ondelete="RESTRICT")
    city: str | None = None
    country: str | None = Field(default=None, max_length=2)
    venue: str | None = None
    start_date: dt.date
    end_date: dt.date
    timezone: str = "Europe/Rome"
    language: str = "en"
    status: str = Field(default=MissionStatus.planned.value)
    notes: str | None = None
    created_at: dt.datetime = Field(default_factory=utcnow)


class Company(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str
    name_key: str = Field(index=True, unique=True)
    cluster_id: int | None = Field(default=None, foreign_key="cluster.id", ondelete="SET NULL")
    country: str | None = Field(default=None, max_length=2)
    city: str | None = None
    website: str | None = None
    core_business: str | None = None
    areas_of_interest: str | None = None
    partners_sought: str | None = None
    current_projects: str | None = None


class Person(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    first_name: str
    last_name: str
    email: str | None = Field(default=None, index=True, unique=True)
    phone: str | None = None
    role: str | None = None
    language: str | None = None
    country: str | None = Field(default=None, max_length=2)
    company_id: int | None = Field(default=None, foreign_key="company.id", ondelete="SET NULL")
    # agreed to be listed in a catalogue shared with other clusters; without it, the company only.
    # A server default, not a Python one: the importer's bulk insert names only the columns it fills.
    consent: bool = Field(default=False, sa_column=Column(Boolean, nullable=False, server_default=false()))
    version: int = Field(default=1, sa_column=_person_version)
    changed_by: str | None = None

    __mapper_args__ = {"version_id_col": _person_version}


class Participation(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("person_id", "mission_id", name="uq_participation_person_mission"),)

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", ondelete="CASCADE", index=True)
    mission_id: int = Field(foreign_key="mission.id", ondelete="CASCADE", index=True)
    status: str = Field(default=ParticipationStatus.registered.value)
    pitch: bool | None = None
    bus_stop: str | None = None
    notes: str | None = None
    extra: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False, default=dict))
    created_at: dt.datetime = Field(default_factory=utcnow)
    version: int = Field(default=1, sa_column=_participation_version)
    changed_by: str | None = None

    __mapper_args__ = {"version_id_col": _participation_version}


class Setting(SQLModel, table=True):
    """Small key/value state of one store, e.g. the mission chosen with ``c2c mission use``."""

    key: str = Field(primary_key=True)
    value: str


track_writers(Person, Participation)
