"""One writer at a time per mission for the long writes (imports and the B2B schedule) and for
adding a participant by hand.

Two imports into one mission, or an import and an add, would both match against the same people
and then both add the newcomers; two schedules would each save a timetable computed without the
other's.
The lock lasts until the transaction ends (commit or rollback, or the process dies).

On PostgreSQL it is an advisory lock on the mission: other missions, and every other command,
go on. The transaction names itself (``application_name``) so that a coordinator kept waiting
is told who holds the lock and since when. On SQLite it is the store's write lock, taken at
once: SQLite cannot tell who holds it, only that another c2c is writing.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from c2c.errors import Conflict
from c2c.store.versions import current_user

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection
    from sqlmodel import Session

TIMEOUT_ENV = "C2C_LOCK_TIMEOUT"
DEFAULT_TIMEOUT_S = 30.0
NAMESPACE = 0x6332  # 'c2': the first key of c2c's advisory locks, the mission id is the second


def lock_mission(session: Session, mission_id: int, slug: str, doing: str) -> None:
    """Wait (up to ``C2C_LOCK_TIMEOUT`` seconds) until nobody else is ``doing`` on this mission."""
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        _advisory_lock(connection, mission_id, slug, doing)
    else:
        _write_lock(connection, slug)


def lock_timeout() -> float:
    try:
        return max(0.0, float(os.environ.get(TIMEOUT_ENV, DEFAULT_TIMEOUT_S)))
    except ValueError:
        return DEFAULT_TIMEOUT_S


def _advisory_lock(connection: Connection, mission_id: int, slug: str, doing: str) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError

    label = f"c2c: {current_user()} {doing} {slug}"[:63]  # PostgreSQL keeps 63 bytes of a name
    connection.execute(text("SELECT set_config('application_name', :label, true)"), {"label": label})
    keys = {"ns": NAMESPACE, "mission": mission_id}
    if connection.execute(text("SELECT pg_try_advisory_xact_lock(:ns, :mission)"), keys).scalar():
        return
    holder = _holder(connection, mission_id)
    connection.execute(text("SELECT set_config('lock_timeout', :ms, true)"), {"ms": f"{int(lock_timeout() * 1000)}"})
    try:
        with connection.begin_nested():
            connection.execute(text("SELECT pg_advisory_xact_lock(:ns, :mission)"), keys)
    except OperationalError as exc:
        if getattr(exc.orig, "sqlstate", None) != "55P03":  # lock_not_available
            raise
        raise Conflict(f"{holder or 'another coordinator'} holds {slug}: waited {lock_timeout():g} s",
                       hint=f"try again when it is done (or wait longer: {TIMEOUT_ENV}=120)") from None
    connection.execute(text("SELECT set_config('lock_timeout', '0', true)"))


def _holder(connection: Connection, mission_id: int) -> str | None:
    """'Ewa importing a list into lyon-2018 since 14:02' for the session holding the lock."""
    from sqlalchemy import text

    row = connection.execute(text(
        "SELECT a.application_name, a.xact_start FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
        "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = :ns AND l.objid = :mission "
        "AND l.objsubid = 2"), {"ns": NAMESPACE, "mission": mission_id}).first()
    if row is None:
        return None
    name = str(row[0] or "").removeprefix("c2c: ") or "another session"
    since = f" since {row[1].astimezone().strftime('%H:%M')}" if row[1] is not None else ""
    return f"{name}{since}"


def _write_lock(connection: Connection, slug: str) -> None:
    """Take SQLite's write lock now (a write that changes nothing), not at the first real write."""
    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError

    try:
        connection.execute(text("UPDATE setting SET value = value WHERE key = ''"))
    except OperationalError as exc:
        if "locked" not in str(exc.orig):
            raise
        raise Conflict(f"another c2c is writing to this store; {slug} could not be locked",
                       hint="try again when it is done") from None
