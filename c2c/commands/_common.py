"""What every command group shares: the app context, the store, common options."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Annotated

import typer

from c2c.config import EnvVars, resolve_store

if TYPE_CHECKING:
    from c2c.store.access import StoreAccess
    from c2c.store.engine import Store
    from c2c.store.reading import Reader


@dataclass
class AppContext:
    """Global options, and the store opened lazily so ``--help`` never touches it."""

    db_option: str | None = None
    _store: Store | None = field(default=None, repr=False)
    _readers: list[Reader] = field(default_factory=list, repr=False)

    def store(self) -> Store:
        if self._store is None:
            from c2c import gc_tuning
            from c2c.store.engine import open_store

            with gc_tuning.paused():  # opening the store imports SQLAlchemy and SQLModel
                self._store = open_store(resolve_store(self.db_option))
            gc_tuning.freeze_long_lived()
            _tell_upgrade(self._store)
        return self._store


    def reader(self) -> Reader:
        """Read-only access for list and show commands; SQLAlchemy only where the fast path cannot go."""
        from c2c.store.reading import ConnectionReader, open_reader

        reader: Reader | None = open_reader(resolve_store(self.db_option))
        if reader is None:
            reader = ConnectionReader(self.store().engine.connect())
        self._readers.append(reader)
        return reader

    def close(self) -> None:
        while self._readers:
            self._readers.pop().close()
        if self._store is not None:
            self._store.dispose()
            self._store = None


def _tell_upgrade(store: Store) -> None:
    from c2c.output import info

    if store.upgrade is not None:
        before, after, backup = store.upgrade
        info(f"Upgraded the store {store.location.path or store.location.url} from revision {before} to {after}"
             + (f"; the previous version is kept in {backup}" if backup else "") + ".")


def app_context(ctx: typer.Context) -> AppContext:
    root = ctx.find_root()
    if not isinstance(root.obj, AppContext):
        root.obj = AppContext()
        root.call_on_close(root.obj.close)
    return root.obj


def store_of(ctx: typer.Context) -> Store:
    return app_context(ctx).store()


def reader_of(ctx: typer.Context) -> Reader:
    return app_context(ctx).reader()


@contextmanager
def bulk_writer_of(ctx: typer.Context) -> Iterator[StoreAccess]:
    """One transaction for a bulk import: through sqlite3 on an up-to-date SQLite store (no
    SQLAlchemy loaded), else through the store's session."""
    from c2c import gc_tuning
    from c2c.store.access import SessionAccess, sqlite_access

    context = app_context(ctx)
    with sqlite_access(resolve_store(context.db_option)) as fast:
        if fast is not None:
            gc_tuning.freeze_long_lived()
            yield fast
            return
    with context.store().session() as session:
        yield SessionAccess(session)


# the service knows only the mission chosen with `mission use`: the environment is read here
MissionOption = Annotated[
    str | None,
    typer.Option(
        "--mission",
        "-m",
        envvar=EnvVars.MISSION,
        show_envvar=False,
        help=f"Mission slug. [env var: {EnvVars.MISSION}; default: the one chosen with `c2c mission use`]",
        show_default=False,
    ),
]
MissionSlugArgument = Annotated[
    str | None,
    typer.Argument(
        envvar=EnvVars.MISSION,
        show_envvar=False,
        help=f"Mission slug. [env var: {EnvVars.MISSION}; default: the one chosen with `c2c mission use`]",
        show_default=False,
    ),
]

YesOption = Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")]
BusOption = Annotated[
    str | None, typer.Option("--bus", "-b", help="Coach name (may be omitted when there is one coach).")
]
