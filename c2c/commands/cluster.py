"""``c2c cluster``: the industrial clusters that host and visit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from c2c import prompts
from c2c.commands._common import YesOption, reader_of, store_of
from c2c.commands._params import COUNTRY
from c2c.errors import handle_errors
from c2c.output import Column, Format, FormatOption, info, render, render_record

if TYPE_CHECKING:
    from c2c.services.clusters import ClusterRow

app = typer.Typer(no_args_is_help=True)  # its help: COMMANDS in c2c/cli.py

COLUMNS: list[Column[ClusterRow]] = [
    Column("Name", lambda r: r["name"]),
    Column("Short", lambda r: r["short_name"]),
    Column("Country", lambda r: r["country"]),
    Column("Region", lambda r: r["region"]),
    Column("Website", lambda r: r["website"]),
    Column("Aliases", lambda r: r["aliases"]),
]
NameArg = Annotated[str, typer.Argument(help="Cluster name, short name or alias.")]
Opt = typer.Option


@app.command("add")
@handle_errors
def add_cluster(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="Full cluster name.")],
    short: Annotated[str | None, Opt("--short", help="Short name, e.g. AAR.")] = None,
    country: Annotated[str | None, COUNTRY.option("--country", help="ISO code (e.g. FR) or name.")] = None,
    region: Annotated[str | None, Opt(help="Region.")] = None,
    website: Annotated[str | None, Opt(help="Website.")] = None,
    alias: Annotated[list[str] | None, Opt("--alias", help="Another name it goes by (repeatable).")] = None,
) -> None:
    """Add a cluster.

    Example:
        c2c cluster add "Aerospace Cluster Auvergne-Rhône-Alpes" --short AAR --country FR
    """
    from c2c.services import clusters

    data = clusters.ClusterInput(name, short, country, region, website, tuple(alias or ()))
    with store_of(ctx).session() as session:
        cluster = clusters.add_cluster(session, data)
    info(f"Added cluster {cluster.name}")


@app.command("list")
@handle_errors
def list_clusters(ctx: typer.Context, fmt: FormatOption = Format.table) -> None:
    """List clusters.

    Example:
        c2c cluster list --format csv
    """
    from c2c.services import clusters

    rows = clusters.cluster_rows(reader_of(ctx))
    render(rows, COLUMNS, fmt, title="Clusters", empty_message="No clusters yet: c2c cluster add NAME")


@app.command("show")
@handle_errors
def show_cluster(ctx: typer.Context, name: NameArg, fmt: FormatOption = Format.table) -> None:
    """Show one cluster (found by name, short name or alias, ignoring case and accents).

    Example:
        c2c cluster show aar
    """
    from c2c.services import clusters

    row = clusters.cluster_row(reader_of(ctx), name)
    render_record(row, COLUMNS, fmt, title=row["name"])


@app.command("edit")
@handle_errors
def edit_cluster(
    ctx: typer.Context,
    name: NameArg,
    new_name: Annotated[str | None, Opt("--name", help="New full name.")] = None,
    short: Annotated[str | None, Opt("--short", help="Short name.")] = None,
    country: Annotated[str | None, COUNTRY.option("--country", help="ISO code or name.")] = None,
    region: Annotated[str | None, Opt(help="Region.")] = None,
    website: Annotated[str | None, Opt(help="Website.")] = None,
    alias: Annotated[list[str] | None, Opt("--alias", help="Add an alias (repeatable).")] = None,
    remove_alias: Annotated[list[str] | None, Opt("--remove-alias", help="Drop an alias (repeatable).")] = None,
) -> None:
    """Change a cluster.

    Example:
        c2c cluster edit AAR --alias "Aerospace Cluster Auvergne Rhone Alpes"
    """
    from c2c.services import clusters

    changes = {"name": new_name, "short_name": short, "country": country, "region": region, "website": website}
    with store_of(ctx).session() as session:
        cluster = clusters.get_cluster(session, name)
        clusters.edit_cluster(session, cluster, changes, tuple(alias or ()), tuple(remove_alias or ()))
    info(f"Updated cluster {cluster.name}")


@app.command("remove")
@handle_errors
def remove_cluster(ctx: typer.Context, name: NameArg, yes: YesOption = False) -> None:
    """Remove a cluster no mission uses.

    Example:
        c2c cluster remove AAR --yes
    """
    from c2c.services import clusters

    with store_of(ctx).session() as session:
        cluster = clusters.get_cluster(session, name)
        members = clusters.check_removable(session, cluster)
        losing = f" {members} compan{'y' if members == 1 else 'ies'} will have no cluster." if members else ""
        prompts.confirm_destructive(f"Remove cluster {cluster.name}?{losing}", yes)
        clusters.remove_cluster(session, cluster)
    info(f"Removed cluster {cluster.name}")
