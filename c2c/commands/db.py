"""``c2c db``: where the store is, backups, schema upgrades."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from c2c.commands._common import YesOption, app_context
from c2c.config import resolve_store
from c2c.errors import InvalidInput, handle_errors
from c2c.output import Column, Format, FormatOption, info, render
from c2c.store.urls import mask_secrets

app = typer.Typer(no_args_is_help=True)  # its help: COMMANDS in c2c/cli.py

COPY_COLUMNS: list[Column[dict[str, object]]] = [
    Column("Table", lambda r: r["table"]),
    Column("Rows", lambda r: r["rows"], justify="right"),
]


@app.command("path")
@handle_errors
def db_path(ctx: typer.Context) -> None:
    """Print where the store lives (a path, or the URL for other databases, its password masked).

    Example:
        c2c db path
    """
    location = resolve_store(app_context(ctx).db_option)
    typer.echo(str(location.path) if location.path else mask_secrets(location.url))


@app.command("backup")
@handle_errors
def db_backup(
    ctx: typer.Context,
    target: Annotated[Path, typer.Argument(help="File to write the copy to.")],
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
    as_sqlite: Annotated[bool, typer.Option(
        "--sqlite", help="From PostgreSQL: write a SQLite store (that --db opens) even when pg_dump is there.")] = False,
) -> None:
    """Write a consistent copy of the store (safe while c2c runs).

    A SQLite store is copied as a SQLite file. A PostgreSQL store is dumped by pg_dump
    (custom format, for pg_restore) when it is installed, else copied into a SQLite file.

    Example:
        c2c db backup ~/c2c-before-lyon.db
    """
    from c2c.store.backups import backup_store

    store = app_context(ctx).store()
    if target.exists() and not force:
        raise InvalidInput(f"{target} exists", hint="pass --force to overwrite it")
    if store.location.path is not None and target.resolve() == store.location.path.resolve():
        raise InvalidInput("the backup cannot be the store itself")
    how = backup_store(store, target, as_sqlite=as_sqlite)
    info(f"Backed up {mask_secrets(str(store.location.path or store.location.url))} to {target} ({how})")


@app.command("copy")
@handle_errors
def db_copy(
    ctx: typer.Context,
    to: Annotated[str, typer.Option("--to", help="The target store: a file, or a database URL.", show_default=False)],
    replace: Annotated[bool, typer.Option("--replace", help="Delete what the target holds first.")] = False,
    yes: YesOption = False,
    fmt: FormatOption = Format.table,
) -> None:
    """Copy the whole store (every table, every row, ids kept) into another, in one transaction.

    Copies a local SQLite store up to a shared PostgreSQL database, or one back into a file;
    a target that holds rows is refused unless --replace.

    Example:
        c2c db copy --to postgresql+psycopg://ana@db.cluster.example/c2c
        c2c --db postgresql+psycopg://ana@db.cluster.example/c2c db copy --to ~/c2c-offline.db --replace
    """
    from c2c import prompts
    from c2c.store.copy import copy_store
    from c2c.store.engine import open_store

    source = app_context(ctx).store()
    target_location = resolve_store(to)
    if replace:
        prompts.confirm_destructive(f"Replace everything in {mask_secrets(str(target_location.path or to))}?", yes)
    target = open_store(target_location)
    try:
        counts = copy_store(source, target, replace=replace)
    finally:
        target.dispose()
    render([{"table": c.table, "rows": c.rows} for c in counts], COPY_COLUMNS, fmt, title="Rows copied")
    info(f"Copied {sum(c.rows for c in counts)} rows to {mask_secrets(str(target_location.path or to))}")


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
