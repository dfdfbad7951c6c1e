"""Read, normalise and compare an attendee file with the store: the plan an import carries out."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from c2c import gc_tuning
from c2c.company_names import company_key
from c2c.errors import C2CError, InvalidInput, NotFound
from c2c.services.importing import identity
from c2c.services.importing.companies import plan_companies
from c2c.services.importing.delegation import read_in_delegation_country
from c2c.services.importing.full_names import given_names_in_store, split_full_names
from c2c.services.importing.headers import parse_overrides
from c2c.services.importing.layout import Table, column_letter, locate_table, side_by_side
from c2c.services.importing.limits import Limits
from c2c.services.importing.normalise import normalise_email
from c2c.services.importing.reading import (
    HEADER_SEARCH_ROWS,
    MAX_BYTES,
    ImportFileError,
    RawSheet,
    first_rows,
    read_sheets,
)
from c2c.services.importing.rows import (
    NAME_FIELDS,
    SURNAME_PARTS,
    RowContext,
    RowError,
    blanks_mean_no,
    parse_row,
)
from c2c.services.importing.scope import (
    AskCluster,
    ListScope,
    decide_scope,
    keep_companies_in_their_clusters,
    option_cluster,
    require_prunable,
)
from c2c.services.importing.sections import Sections
from c2c.services.importing.sorting import RowSorter
from c2c.store.locks import lock_mission
from c2c.text import fold

if TYPE_CHECKING:
    from sqlmodel import Session

    from c2c.store.models import Mission

PERSON_FIELDS = ("first_name", "last_name", "email", "phone", "company", "role", "country", "consent", "language")
PARTICIPATION_FIELDS = ("pitch", "bus_stop")
PROGRESS_EVERY = 1000
SAMPLE_ROWS = 200  # rows under the header that show what the unnamed columns hold and where the list ends


@dataclass
class ImportOptions:
    sheet: str | None = None
    mapping: list[str] = field(default_factory=list)
    skip_invalid: bool = False
    dry_run: bool = False
    prune: bool = False
    cluster: str | None = None  # whose list this is: a cluster's name, short name or alias
    ask_cluster: AskCluster | None = None  # asks whose list it is when neither the file nor --cluster says
    max_bytes: int = MAX_BYTES
    limits: Limits | None = None  # rows, columns, cell length, unpacked size (the defaults when None)
    progress: Callable[[int, int], None] | None = None
    # the countries whose languages the list is likely in: they break ties when guessing the
    # encoding of a text list; plan_import adds the mission's and its clusters'
    countries: tuple[str, ...] = ()


@dataclass
class Update:
    key: str
    changes: dict[str, list[Any]]


@dataclass(frozen=True)
class ImportNote:
    row: int | None
    message: str


@dataclass
class ImportReport:
    file: str
    sheet: str | None
    header_row: int
    headers: list[str]
    columns: dict[str, str]
    extra_columns: list[str]
    guessed_columns: list[str] = field(default_factory=list)  # headers mapped from their column's content
    participants: list[dict[str, Any]] = field(default_factory=list)
    invalid: list[RowError] = field(default_factory=list)
    duplicates: list[tuple[int, int]] = field(default_factory=list)
    near_duplicates: list[tuple[int, int]] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    updated: list[Update] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    freed: list[str] = field(default_factory=list)  # who the file cancels or prunes, and what that freed
    pruned: int = 0
    written: bool = False
    # what a careful reader should check, each said once: layout rows skipped, name splits,
    # look-alike companies... (row None: about the whole file)
    notes: list[ImportNote] = field(default_factory=list)
    scope: ListScope = field(default_factory=ListScope)

    def note(self, message: str, row: int | None = None) -> None:
        self.notes.append(ImportNote(row, message))

    def where(self, row: int | None = None) -> str:
        """'list.xlsx, sheet Iscrizioni, row 4' — how messages name a place in the file."""
        parts = [self.file]
        if self.sheet:
            parts.append(f"sheet {self.sheet}")
        if row is not None:
            parts.append(f"row {row}")
        return ", ".join(parts)


class InvalidRows(InvalidInput):
    """Rows that cannot be imported; nothing is written unless the caller skips them."""

    def __init__(self, report: ImportReport) -> None:
        count = len({e.row for e in report.invalid})
        first = report.invalid[0]
        if count == 1:
            message = f"{report.where(first.row)}, column {first.column}: {first.reason}; nothing imported"
        else:
            message = f"{count} invalid rows in {report.where()}; nothing imported"
        super().__init__(message, hint="fix them, or import the other rows with: c2c participants import FILE "
                                       "--skip-invalid (--errors FILE.xlsx lists them for the sender)")
        self.report = report


@dataclass
class Match:
    """One kept file row and what it matches in the store."""

    person: dict[str, Any]
    person_id: int | None = None
    participation_id: int | None = None
    person_changes: dict[str, Any] = field(default_factory=dict)
    participation_changes: dict[str, Any] = field(default_factory=dict)


@dataclass
class ImportPlan:
    report: ImportReport
    mission_id: int
    present: set[str]
    matches: list[Match] = field(default_factory=list)
    removed_ids: list[int] = field(default_factory=list)
    leaving: list[tuple[int, str]] = field(default_factory=list)  # (row, e-mail) of rows that say not coming
    # company key -> its name, country and profile as the import writes them
    companies: dict[str, dict[str, Any]] = field(default_factory=dict)


@gc_tuning.paused()  # the rows it builds live until the import ends
def plan_import(session: Session, mission: Mission, path: Path, options: ImportOptions) -> ImportPlan:
    """Everything an import would do, computed without writing."""
    if not options.dry_run:  # matched against the store as it stays until the plan is written
        lock_mission(session, mission.id or 0, mission.slug, "importing a list into")
    overrides = parse_overrides(options.mapping)
    from c2c.services.clusters import cluster_countries

    countries = cluster_countries(session)
    also_regions = tuple(countries.get(i) for i in (mission.host_cluster_id, mission.guest_cluster_id) if i)
    hint = tuple(c for c in (*options.countries, mission.country, *also_regions) if c)
    sheet, table, stream = _locate_list(path, replace(options, countries=hint), overrides, (mission.country, *also_regions))
    columns = table.columns
    report = ImportReport(
        file=path.name, sheet=sheet.name, header_row=table.header_row, headers=columns.headers,
        columns={columns.headers[i]: name for name, i in sorted(columns.fields.items(), key=lambda x: x[1])},
        extra_columns=columns.extra_headers, guessed_columns=table.guessed_headers,
    )
    if table.twin is not None:
        report.note(f"columns {column_letter(table.twin)}–{column_letter(table.twin + table.end - table.first - 1)}: "
                    "the same columns again beside the list (another delegation), read as well", table.header_row)
    if table.alike_sheets:
        names = ", ".join(repr(name) for name in table.alike_sheets)
        report.note(f"sheet(s) {names} hold more people under the same columns: not read (import each with "
                    f"--sheet NAME)")
    if sheet.decoding is not None and sheet.decoding.note:
        report.note(sheet.decoding.note)
    if not any(name in columns.fields for name in NAME_FIELDS):
        raise InvalidInput(f"{report.where(table.header_row)}: no name column in the header",
                           hint='name it e.g. "Nome"/"Cognome", or map it: c2c participants import FILE '
                                '--map "Partecipante=full_name"')
    chosen = option_cluster(session, options.cluster)
    for index in table.unanswered:
        header = columns.headers[index]
        report.note(f"column {header!r} holds yes/no answers but its header does not say to what: kept as extra "
                    f'(if it says who pitches: --map "{header}=pitch")')
    ctx = RowContext(columns=columns, region=mission.country, find_cluster=_cluster_finder(session),
                     cluster_countries=countries, default_cluster=chosen.id if chosen else None,
                     also_regions=also_regions)
    sections = Sections.of(session, mission, ctx)  # headings inside the list may name the cluster of the rows under them
    people = _parse_rows(RowSorter(table, report.note, sections).people(stream), ctx, report, sheet.height,
                         options.progress)
    if ctx.cancelled:
        rows = ", ".join(str(c.row) for c in ctx.cancelled)
        said = ", ".join(sorted({c.reason for c in ctx.cancelled}))
        report.note(f"row(s) {rows}: {ctx.cancelled[0].column} says not coming ({said}), not imported",
                    ctx.cancelled[0].row)
    for lost in ctx.lost:
        report.note(f"column {lost.column}: {lost.reason}", lost.row)
    unanswered = {lost.row for lost in ctx.lost if lost.column == columns.header_of("pitch")}
    if "pitch" in columns.fields and (blanks := blanks_mean_no(people, "pitch", unanswered)):
        report.note(f"column {columns.header_of('pitch')!r} holds only yes marks: its {blanks} blank cell(s) read as no")
    report.scope = decide_scope(session, mission, people, "cluster" in columns.fields or bool(sections.named), chosen,
                                options.ask_cluster)
    read_in_delegation_country(people, countries, (mission.country, *also_regions), report.note)
    split_full_names(people, report.columns, report.note, mission.country, lambda: given_names_in_store(session))
    kept, report.duplicates = identity.drop_duplicates(people)
    report.participants = kept
    report.near_duplicates = identity.near_duplicates(kept)
    if options.prune:
        require_prunable(session, mission, report.scope, path.name)
    keep_companies_in_their_clusters(session, kept, report.note)
    assert mission.id is not None
    plan = ImportPlan(report=report, mission_id=mission.id, present=_present_fields(columns.fields),
                      leaving=_leaving(ctx))
    _match_store(session, plan)
    plan.companies = plan_companies(session, (m.person for m in plan.matches), plan.present, report.note,
                                    countries)
    return plan


def _leaving(ctx: RowContext) -> list[tuple[int, str]]:
    """The e-mails of the rows that say not coming, to cancel who is already registered."""
    index = ctx.columns.fields.get("email")
    if index is None:
        return []
    found = []
    for row in ctx.cancelled:
        try:
            email = normalise_email(row.cells[index])
        except (C2CError, IndexError):
            continue  # no usable address: nobody to match, the row was only noted
        if email:
            found.append((row.row, email))
    return found


def _locate_list(path: Path, options: ImportOptions, overrides: dict[str, str], regions: tuple[str | None, ...]
                 ) -> tuple[RawSheet, Table, Iterator[tuple[int, list[str]]]]:
    """The sheet holding the list, the list's header and columns, and its rows below the header."""
    sheets = read_sheets(path, options.max_bytes, options.countries, options.limits)
    if options.sheet is not None:
        chosen = [s for s in sheets if s.name is not None and fold(s.name) == fold(options.sheet)]
        if not chosen:
            names = ", ".join(repr(s.name) for s in sheets if s.name)
            raise NotFound(f"{path.name} has no sheet {options.sheet!r}", hint=f"its sheets: {names}")
        sheets = chosen
    any_data = False
    for position, sheet in enumerate(sheets):
        top, stream = first_rows(sheet, HEADER_SEARCH_ROWS + SAMPLE_ROWS)
        any_data = any_data or any(any(c.strip() for c in cells) for _, cells in top)
        table = locate_table(top, overrides, regions)
        if table is not None:
            number = table.header_row
            rows: Iterator[tuple[int, list[str]]] = ((n, cells) for n, cells in stream if n > number)
            if table.twin is not None:
                rows = side_by_side(sheet, table, rows)
            table.alike_sheets = _alike_sheets(sheets[position + 1:], table, overrides, regions)
            return sheet, table, rows
    if not any_data:
        raise ImportFileError("empty_workbook", f"{path.name} is empty: no sheet holds any data")
    where = f"{path.name}, sheet {sheets[0].name}" if len(sheets) == 1 and sheets[0].name else path.name
    raise ImportFileError(
        "no_header", f"{where}: no header row found in the top {HEADER_SEARCH_ROWS} rows",
        hint='expected column names such as Nome, Cognome, Azienda, E-mail; or map them: '
             'c2c participants import FILE --map "Header=field"',
    )


def _alike_sheets(others: list[RawSheet], table: Table, overrides: dict[str, str], regions: tuple[str | None, ...]
                  ) -> list[str]:
    """The later sheets holding a list with the same columns (a sheet per company or per group)."""
    alike: list[str] = []
    for other in others:
        found = locate_table(first_rows(other, HEADER_SEARCH_ROWS + SAMPLE_ROWS)[0], overrides, regions)
        if found is not None and other.name and set(found.columns.fields) == set(table.columns.fields):
            alike.append(other.name)
    return alike


def _parse_rows(stream: Iterator[tuple[int, list[str]]], ctx: RowContext, report: ImportReport, height: int,
                progress: Callable[[int, int], None] | None) -> list[dict[str, Any]]:
    people: list[dict[str, Any]] = []
    for number, cells in stream:
        if progress is not None and number % PROGRESS_EVERY == 0:
            progress(number, height)
        person, errors = parse_row(number, cells, ctx)
        if person is None:
            report.invalid.extend(errors)
        else:
            people.append(person)
    if progress is not None:
        progress(height, height)
    return people


def _present_fields(fields: dict[str, int]) -> set[str]:
    """The fields the file speaks about: only those are compared and overwritten."""
    return ({"first_name", "last_name"} | set(fields)) - {"full_name", "full_name_last_first", "registration_status",
                                                           *SURNAME_PARTS}


def _cluster_finder(session: Session) -> Callable[[str], int | None]:
    from c2c.services.clusters import cluster_keys, list_clusters

    keys = {key: c.id for c in list_clusters(session) for key in cluster_keys(c)}
    return lambda text: keys.get(fold(text))


def table(model: Any) -> Any:
    """The table columns of a model, for Core statements (typed loosely on purpose)."""
    return model.__table__.c


def _match_store(session: Session, plan: ImportPlan) -> None:
    from sqlalchemy import select

    from c2c.store.models import Participation

    by_email, by_name = _people_in_store(session)
    participation = table(Participation)
    in_mission = {
        row.person_id: dict(row._mapping)
        for row in session.execute(select(participation.id, participation.person_id, participation.pitch,
                                          participation.bus_stop, participation.extra)
                                   .where(participation.mission_id == plan.mission_id))
    }
    seen: set[int] = set()
    for new in plan.report.participants:
        found = by_email.get(new["email"]) if new["email"] else None
        if found is None and by_name:
            found = by_name.get(identity.identity_key({**new, "email": None}))
        plan.matches.append(_compare(plan, new, found, in_mission.get(found["id"]) if found else None))
        if found is not None:
            seen.add(found["id"])
    _removed(session, plan, in_mission, seen)


def _people_in_store(session: Session) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    """Everyone in the store, by e-mail and by name + company, as plain dicts (fast to compare)."""
    from sqlalchemy import select

    from c2c.store.models import Company, Person

    company, person = table(Company), table(Person)
    companies = {row.id: row.name for row in session.execute(select(company.id, company.name))}
    by_email: dict[str, dict[str, Any]] = {}
    by_name: dict[str, dict[str, Any]] = {}
    person_columns = [person[f] for f in PERSON_FIELDS if f != "company"]
    for row in session.execute(select(person.id, *person_columns, person.company_id)):
        known = dict(row._mapping)
        known["company"] = companies.get(known.pop("company_id"))
        if known["email"]:
            by_email[known["email"]] = known
        by_name.setdefault(identity.identity_key({**known, "email": None}), known)
    return by_email, by_name


def _compare(plan: ImportPlan, person: dict[str, Any], old: dict[str, Any] | None,
             taking_part: dict[str, Any] | None) -> Match:
    report = plan.report
    key = identity.display_key(person)
    match = Match(person=person)
    if old is None:
        report.added.append(key)
        return match
    match.person_id = old["id"]
    person_changes = {f: c for f, c in identity.diff(old, person, PERSON_FIELDS).items()
                      if f in plan.present and not (f == "company" and company_key(c[0] or "") == company_key(c[1] or ""))}
    match.person_changes = {f: new for f, (_, new) in person_changes.items()}
    if taking_part is None:
        report.added.append(key)
        return match
    match.participation_id = taking_part["id"]
    changes = {f: c for f, c in identity.diff(taking_part, person, PARTICIPATION_FIELDS).items() if f in plan.present}
    if report.extra_columns:
        merged = {**(taking_part["extra"] or {}), **person["extra"]}
        if merged != (taking_part["extra"] or {}):
            changes["extra"] = [taking_part["extra"], merged]
    match.participation_changes = {f: new for f, (_, new) in changes.items()}
    all_changes = {**person_changes, **changes}
    if all_changes:
        report.updated.append(Update(key=key, changes=all_changes))
    else:
        report.unchanged.append(key)
    return match


def _removed(session: Session, plan: ImportPlan, in_mission: dict[int, dict[str, Any]], seen: set[int]) -> None:
    from sqlalchemy import select

    from c2c.store.models import Company, Person

    gone = [pid for pid in in_mission if pid not in seen]
    if not gone:
        return
    leaving = {email for _, email in plan.leaving}  # in the file, saying not coming: cancelled, not pruned
    person, company = table(Person), table(Company)
    query = (select(person.id, person.first_name, person.last_name, person.email, company.name.label("company"),
                    company.cluster_id)
             .join_from(Person, Company, company.id == person.company_id, isouter=True).where(person.id.in_(gone)))
    scope = plan.report.scope
    unclustered = 0
    for row in session.execute(query):
        if not scope.covers(row.cluster_id):  # another delegation's, or of no cluster beside a cluster's list
            unclustered += row.cluster_id is None
            continue
        if row.email in leaving:
            continue
        plan.report.removed.append(identity.display_key(dict(row._mapping)))
        plan.removed_ids.append(in_mission[row.id]["id"])
    if unclustered:
        plan.report.note(f"{unclustered} participant(s) missing from the file have no cluster (no company, or a "
                         "company without one), so this list cannot say they left: they stay")
