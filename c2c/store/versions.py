"""Optimistic versions of the rows two coordinators may edit at once.

People, participations, B2B meetings and coaches carry a ``version`` that SQLAlchemy's
``version_id_col`` checks and bumps on every ORM update (``UPDATE … WHERE version = :read``)
and a ``changed_by``. A write that lost the race matches no row; instead of overwriting what
the other coordinator saved, the transaction rolls back and ``lost_race`` says who changed what.
Bulk writes (imports, the B2B schedule) bump ``version`` themselves.
"""

from __future__ import annotations

import getpass
import os
from typing import TYPE_CHECKING, Any

from c2c.errors import Conflict

if TYPE_CHECKING:
    from sqlalchemy import Column
    from sqlalchemy.engine import Engine
    from sqlmodel import Session

USER_ENV = "C2C_USER"


def version_column() -> Column[int]:
    from sqlalchemy import Column, Integer

    return Column("version", Integer, nullable=False, server_default="1")


def current_user() -> str:
    """Who writes: ``C2C_USER`` when set (a shared office account), else the login name."""
    name = os.environ.get(USER_ENV)
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (a container's arbitrary uid)
        return f"uid {os.getuid()}"


def track_writers(*models: Any) -> None:
    """Every ORM insert or update of these versioned rows records who made it."""
    from sqlalchemy import event

    for model in models:
        event.listen(model, "before_insert", _stamp_writer)
        event.listen(model, "before_update", _stamp_writer)


def _stamp_writer(_mapper: Any, _connection: Any, target: Any) -> None:
    target.changed_by = current_user()


def watch_reads(session: Session) -> None:
    """Keep what each flush was about to overwrite: a failed flush rolls back and forgets it."""
    from sqlalchemy import event

    event.listen(session, "before_flush", _note_reads)


def _note_reads(session: Session, _context: Any, _instances: Any) -> None:
    from sqlalchemy import inspect

    reads = []
    for obj in [*session.dirty, *session.deleted]:
        state = inspect(obj)
        if state.mapper.version_id_col is not None and state.identity is not None:
            reads.append((type(obj), state.identity, {attr.key: state.committed_state.get(attr.key, getattr(obj, attr.key))
                                                      for attr in state.mapper.column_attrs}))
    session.info["reads"] = reads


def lost_race(session: Session, engine: Engine) -> Conflict:
    """The Conflict for a flush that found a versioned row changed (or gone) since it was read."""
    from sqlmodel import Session

    for model, identity, read in session.info.get("reads", []):
        with Session(engine) as fresh:
            there = fresh.get(model, identity)
        if there is not None and there.version == read["version"]:
            continue
        what = describe(model.__name__, read)
        if there is None:
            return Conflict(f"someone else removed {what} while you were editing it",
                            hint="nothing was written; list it again to see what is there now")
        changes = [f"{key.replace('_', ' ')} is now {_shown(getattr(there, key))}" for key, value in read.items()
                   if key not in _BOOKKEEPING and getattr(there, key) != value]
        now = ": " + "; ".join(changes) if changes else ""
        return Conflict(f"{there.changed_by or 'someone else'} changed {what} while you were editing it{now}",
                        hint="nothing was written; run the command again on what is there now")
    return Conflict("someone else changed these rows while you were editing them",
                    hint="nothing was written; run the command again")


_BOOKKEEPING = {"version", "changed_by"}


def _shown(value: Any) -> str:
    return "empty" if value is None else repr(str(value))


_LABELS = {"Person": "participant {first_name} {last_name}", "Participation": "participation #{id}",
           "Coach": "coach {name}", "B2BMeeting": "B2B meeting #{id}"}


def describe(kind: str, row: dict[str, Any]) -> str:
    """'participant Benoît Côté', 'coach Bus 1', 'B2B meeting #12'."""
    return _LABELS.get(kind, kind.lower() + " #{id}").format(**row)
