"""``c2c db``: where the store is, backups, schema upgrades."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from c2c.commands._common import app_context
from c2c.config import resolve_store
from c2c.errors import InvalidInput, handle_errors
from c2c.output import info

app = typer.Typer(no_args_is_help=True)  # its help: COMMANDS in c2c/cli.py


@app.command("path")
@handle_errors
def db_path(ctx: typer.Context) -> None:
    """Print where the store lives (a path, or the URL for other databases).

    Example:
        c2c db path
    """
    location = resolve_store(app_context(ctx).db_option)
    typer.echo(str(location.path) if location.path else location.url)


@app.command("backup")
@handle_errors
def db_backup(
    ctx: typer.Context,
    target: Annotated[Path, typer.Argument(help="File to write the copy to.")],
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write a consistent copy of the SQLite store (safe while c2c runs).

    Example:
        c2c db backup ~/c2c-before-lyon.db
    """
    from c2c.store.engine import backup_sqlite

    store = app_context(ctx).store()
    if store.location.path is None:
        raise InvalidInput("backup copies SQLite stores only; use your database's own tools for this URL")
    if target.exists() and not force:
        raise InvalidInput(f"{target} exists", hint="pass --force to overwrite it")
    if target.resolve() == store.location.path.resolve():
        raise InvalidInput("the backup cannot be the store itself")
    backup_sqlite(store.location.path, target)
    info(f"Backed up {store.location.path} to {target}")


@app.command("upgrade")
@handle_errors
def db_upgrade(ctx: typer.Context) -> None:
    """Bring the store's schema up to date (done automatically on open; this reports it).

    Example:
        c2c db upgrade
    """
    from c2c.store.engine import (
        Store,
        create_engine,
        current_revision,
        head_revision,
        inspect_sqlite_file,
        upgrade_store,
    )

    location = resolve_store(app_context(ctx).db_option)
    if location.path is not None:
        inspect_sqlite_file(location.path)
    store = Store(location, create_engine(location))
    before = current_revision(store)
    backup = upgrade_store(store)
    after = current_revision(store)
    if before == after:
        info(f"The store is up to date (revision {after}).")
    else:
        info(f"Upgraded the store from revision {before or 'empty'} to {after}.")
    if backup:
        info(f"Backup of the previous version: {backup}")
    assert after == head_revision()


@app.command("check")
@handle_errors
def db_check(ctx: typer.Context) -> None:
    """Run SQLite's integrity check on the store and say what it found (writes nothing).

    Example:
        c2c db check
    """
    from c2c.store.engine import StoreError, check_integrity, inspect_sqlite_file

    location = resolve_store(app_context(ctx).db_option)
    if location.path is None:
        raise InvalidInput("db check examines SQLite stores only; use your database's own tools for this URL")
    if not location.path.is_file():
        raise StoreError(f"no store at {location.path}")
    problems = check_integrity(location.path)
    if problems:
        shown = "; ".join(problems[:3]) + (f" (and {len(problems) - 3} more)" if len(problems) > 3 else "")
        raise StoreError(f"the store {location.path} is damaged: {shown}",
                         hint="restore a backup (*.bak beside the store, or one made with `c2c db backup`)")
    revision = inspect_sqlite_file(location.path)
    info(f"The store {location.path} is sound (integrity check ok, schema revision {revision or 'none yet'}).")
