"""``c2c mission``: the Cluster2Cluster path, one mission at a time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated

import typer

from c2c import parsing, prompts
from c2c.commands import _views
from c2c.commands._common import MissionOption, MissionSlugArgument, YesOption, reader_of, store_of
from c2c.commands._params import COUNTRY, DATE, LANGUAGE, SLUG, TIMEZONE, choice
from c2c.errors import InvalidInput, handle_errors
from c2c.output import Column, Format, FormatOption, info, render, render_record

if TYPE_CHECKING:
    from sqlmodel import Session

    from c2c.services.clusters import ClusterInput
    from c2c.services.missions import MissionRow
    from c2c.store.models import Cluster

app = typer.Typer(no_args_is_help=True)  # its help: COMMANDS in c2c/cli.py

SHOW_FIELDS: list[Column[MissionRow]] = [
    Column("Slug", lambda r: r["slug"]),
    Column("Title", lambda r: r["title"]),
    Column("Direction", lambda r: r["direction"]),
    Column("Host cluster", lambda r: r["host"]),
    Column("Guest cluster", lambda r: r["guest"]),
    Column("City", lambda r: r["city"]),
    Column("Country", lambda r: r["country"]),
    Column("Venue", lambda r: r["venue"]),
    Column("Start", lambda r: r["start_date"]),
    Column("End", lambda r: r["end_date"]),
    Column("Time zone", lambda r: r["timezone"]),
    Column("Language", lambda r: r["language"]),
    Column("Status", lambda r: r["status"]),
    Column("Companies", lambda r: r["companies"]),
    Column("Participants", lambda r: _views.headcount(r["participants"], r["cancelled"])),
    Column("Notes", lambda r: r["notes"]),
]

Opt = typer.Option


def _directions() -> tuple[str, ...]:
    from c2c.services.missions import DIRECTIONS

    return DIRECTIONS


def _statuses() -> tuple[str, ...]:
    from c2c.services.missions import STATUSES

    return STATUSES


DirectionOpt = choice(_directions, "DIRECTION")
StartOpt = DATE.option("--date", "--start", help="First day, YYYY-MM-DD.")


@app.command("new")
@handle_errors
def new_mission(
    ctx: typer.Context,
    slug: Annotated[str | None, SLUG.option("--slug", help="Short id, e.g. lyon-2018 (suggested from city + year).")] = None,
    title: Annotated[str | None, Opt(help="Mission title.")] = None,
    direction: Annotated[str | None, DirectionOpt.option("--direction", help="outgoing (our SMEs travel) or incoming.")] = None,
    host: Annotated[str | None, Opt(help="Host cluster: name, short name or alias.")] = None,
    guest: Annotated[str | None, Opt(help="Guest cluster: name, short name or alias.")] = None,
    city: Annotated[str | None, Opt(help="City of the mission.")] = None,
    country: Annotated[str | None, COUNTRY.option("--country", help="ISO code or name (default: the host cluster's).")] = None,
    venue: Annotated[str | None, Opt(help="Venue.")] = None,
    date: Annotated[dt.date | None, StartOpt] = None,
    end: Annotated[dt.date | None, DATE.option("--end", help="Last day (default: the first day).")] = None,
    timezone: Annotated[str | None, TIMEZONE.option("--timezone", help="IANA time zone (default: from the country).")] = None,
    language: Annotated[str | None, LANGUAGE.option("--language", help="it, en, fr, de, pl or es (default: from the country).")] = None,
    notes: Annotated[str | None, Opt(help="Free notes.")] = None,
) -> None:
    """Create a mission; asks for what is missing when run on a terminal.

    Example:
        c2c mission new --slug lyon-2018 --title "Lombardia visits AURA" --direction outgoing
        --host AAR --guest "Lombardia Aerospace Cluster" --city Lyon --date 2018-11-20
    """
    from c2c.services import missions

    interactive = prompts.is_interactive()
    title = title or prompts.ask_required("Title", interactive, "--title")
    if city is None and interactive:
        city = prompts.text("City") or None
    if date is None:
        prompts.require_terminal(interactive, "--date")
        date = prompts.ask("First day (YYYY-MM-DD)", parsing.parse_date)
    if interactive and end is None:
        end = prompts.ask("Last day (YYYY-MM-DD)", _last_day(date), default=date.isoformat())
    if interactive and direction is None:
        answer = prompts.select(DIRECTION_QUESTION, list(DIRECTIONS.values()), default=DIRECTIONS["outgoing"])
        direction = next(value for value, label in DIRECTIONS.items() if answer in (value, label))
    store = store_of(ctx)
    with store.session() as session:
        host_cluster = _resolve_cluster(session, host, "Host cluster", interactive)
        guest_cluster = _resolve_cluster(session, guest, "Guest cluster", interactive, other=host_cluster)
        if interactive and slug is None:
            slug = prompts.ask("Slug", _free_slug(session), default=missions.suggest_slug(city, date) or "")
        data = missions.MissionInput(
            title=title, start_date=date, slug=slug, end_date=end,
            direction=direction or "outgoing", host=host_cluster, guest=guest_cluster, city=city,
            country=country, venue=venue, timezone=timezone, language=language, notes=notes,
        )
        mission = missions.create_mission(session, data)
        info(f"Created mission {mission.slug}: {mission.title}")


# whose side "outgoing" and "incoming" are seen from: the cluster of the coordinator using c2c
DIRECTION_QUESTION = "Direction, seen from your own cluster"
DIRECTIONS = {"outgoing": "outgoing: your companies travel to the other cluster",
              "incoming": "incoming: you host the other cluster's companies"}


def _last_day(first: dt.date) -> Callable[[str], dt.date]:
    def parse(text: str) -> dt.date:
        from c2c.services import missions

        day = parsing.parse_date(text)
        missions.check_dates(first, day)
        return day

    return parse


def _free_slug(session: Session) -> Callable[[str], str | None]:
    def parse(text: str) -> str | None:
        from c2c.services import missions

        slug = parsing.optional(parsing.parse_slug, text)
        if slug:
            missions.check_slug_free(session, slug)
        return slug

    return parse


def _resolve_cluster(session: Session, name: str | None, label: str, interactive: bool,
                     other: Cluster | None = None) -> Cluster | None:
    """The cluster named, or asked for: a loose answer is offered its close match before a new one."""
    from c2c.services import missions

    while True:
        found = _cluster_answer(session, name, label, interactive)
        if not interactive:
            return found
        try:
            missions.check_clusters(other, found)
        except InvalidInput as exc:
            info(f"{exc.message}: name another")
            name = None
            continue
        return found


def _cluster_answer(session: Session, name: str | None, label: str, interactive: bool) -> Cluster | None:
    from c2c.names import suggest
    from c2c.services import clusters

    while True:
        if name is None and interactive:
            name = prompts.text(f"{label} (empty for none)") or None
        if name is None:
            return None
        found = clusters.find_cluster(session, name)
        if found is not None:
            return found
        if not interactive:
            return clusters.get_cluster(session, name)
        close = suggest(clusters.list_clusters(session), name, clusters.cluster_names)
        if close is not None and prompts.confirm(f"Did you mean {close.name}?", default=True):
            return close
        if prompts.confirm(f"No cluster {name!r} yet. Create it?", default=True):
            return clusters.add_cluster(session, _new_cluster(session, name))
        name = None  # neither: the question again


def _new_cluster(session: Session, name: str) -> ClusterInput:
    from c2c.services import clusters

    def free_short_name(text: str) -> str | None:
        short = text.strip() or None
        other = clusters.find_cluster(session, short) if short else None
        if other is not None:
            raise ValueError(f"{other.name} already answers to {short!r}")
        return short

    short = prompts.ask("Short name (empty for none)", free_short_name)
    country = prompts.ask("Country (ISO code or name, empty for none)",
                          lambda text: parsing.optional(parsing.parse_country, text))
    return clusters.ClusterInput(name=name, short_name=short, country=country)


@app.command("list")
@handle_errors
def list_missions(ctx: typer.Context, fmt: FormatOption = Format.table) -> None:
    """List every mission, oldest first, with companies and participants.

    Example:
        c2c mission list --format json
    """
    from c2c.services import missions

    rows = missions.mission_rows(reader_of(ctx))
    render(rows, _views.MISSION_COLUMNS, fmt, title="Cluster2Cluster missions", empty_message="No missions yet: c2c mission new")


@app.command("show")
@handle_errors
def show_mission(
    ctx: typer.Context,
    slug: MissionSlugArgument = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Show one mission.

    Example:
        c2c mission show lyon-2018
    """
    from c2c.services import missions

    row = missions.mission_row(reader_of(ctx), slug)
    render_record(row, SHOW_FIELDS, fmt, title=row["title"])


@app.command("edit")
@handle_errors
def edit_mission(
    ctx: typer.Context,
    slug: MissionSlugArgument = None,
    new_slug: Annotated[str | None, SLUG.option("--slug", help="Rename the mission.")] = None,
    title: Annotated[str | None, Opt(help="Title.")] = None,
    direction: Annotated[str | None, DirectionOpt.option("--direction", help="outgoing or incoming.")] = None,
    host: Annotated[str | None, Opt(help="Host cluster.")] = None,
    guest: Annotated[str | None, Opt(help="Guest cluster.")] = None,
    city: Annotated[str | None, Opt(help="City.")] = None,
    country: Annotated[str | None, COUNTRY.option("--country", help="ISO code or name.")] = None,
    venue: Annotated[str | None, Opt(help="Venue.")] = None,
    date: Annotated[dt.date | None, StartOpt] = None,
    end: Annotated[dt.date | None, DATE.option("--end", help="Last day, YYYY-MM-DD.")] = None,
    timezone: Annotated[str | None, TIMEZONE.option("--timezone", help="IANA time zone.")] = None,
    language: Annotated[str | None, LANGUAGE.option("--language", help="it, en, fr, de, pl or es.")] = None,
    status: Annotated[str | None, choice(_statuses, "STATUS").option(
        "--status", help="planned, confirmed, done or cancelled.")] = None,
    notes: Annotated[str | None, Opt(help="Free notes.")] = None,
) -> None:
    """Change a mission's fields.

    Example:
        c2c mission edit lyon-2018 --venue "Aéroport Lyon-Saint Exupéry" --status done
    """
    from c2c.services import clusters, missions

    changes = {
        "slug": new_slug, "title": title, "direction": direction, "city": city, "country": country,
        "venue": venue, "timezone": timezone, "language": language, "status": status, "notes": notes,
        "start_date": date,
        "end_date": end,
    }
    with store_of(ctx).session() as session:
        mission = missions.get_mission(session, slug)
        if date and not end and mission.start_date == mission.end_date:
            changes["end_date"] = changes["start_date"]
        host_cluster = clusters.get_cluster(session, host) if host else None
        guest_cluster = clusters.get_cluster(session, guest) if guest else None
        old_start = mission.start_date
        missions.edit_mission(session, mission, changes, host_cluster, guest_cluster)
    moved = (mission.start_date - old_start).days if old_start else 0
    info(f"Updated mission {mission.slug}" + (
        f"; its programme, coach times and B2B session moved {abs(moved)} day{'s' * (abs(moved) != 1)} "
        f"{'later' if moved > 0 else 'earlier'} with it" if moved else ""))


@app.command("delete")
@handle_errors
def delete_mission(
    ctx: typer.Context,
    slug: Annotated[str, typer.Argument(help="Mission slug.")],
    yes: YesOption = False,
) -> None:
    """Delete a mission with its participations, agenda, coaches and meetings.

    Example:
        c2c mission delete lyon-2018 --yes
    """
    from c2c.services import missions
    from c2c.store.reading import session_reader

    with store_of(ctx).session() as session:
        mission = missions.get_mission(session, slug)
        row = missions.mission_rows(session_reader(session), mission.slug)[0]
        prompts.confirm_destructive(
            f"Delete mission {mission.slug} ({row['participants']} participants)?", yes
        )
        missions.delete_mission(session, mission)
    info(f"Deleted mission {slug}")


@app.command("use")
@handle_errors
def use_mission(ctx: typer.Context, slug: Annotated[str, typer.Argument(help="Mission slug.")]) -> None:
    """Make a mission the default for later commands (they may omit --mission).

    Example:
        c2c mission use lyon-2018
    """
    from c2c.services import missions

    with store_of(ctx).session() as session:
        mission = missions.use_mission(session, slug)
    info(f"Now using mission {mission.slug}")


@app.command("current")
@handle_errors
def current_mission(ctx: typer.Context, mission: MissionOption = None) -> None:
    """Print the slug of the mission later commands will use.

    Example:
        c2c mission current
    """
    from c2c.services import missions

    typer.echo(missions.mission_ref(reader_of(ctx), mission).slug)
