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
from c2c.services.importing.layout import (
    Table,
    column_letter,
    locate_table,
    one_person_a_row,
    side_by_side,
    split_two_lines,
)
from c2c.services.importing.limits import Limits
from c2c.services.importing.normalise import normalise_country, normalise_email, normalise_language
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
    name_column,
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
from c2c.services.importing.sheets import (
    SheetRow,
    row_reference,
    sheet_skipped,
    title_facts,
    with_facts,
)
from c2c.services.importing.sorting import RowSorter
from c2c.store.access import access_of
from c2c.store.reading import as_bool, as_json
from c2c.text import fold

if TYPE_CHECKING:
    from sqlmodel import Session

    from c2c.services.clusters import ClusterRef
    from c2c.services.importing.target import IntoMission
    from c2c.store.access import StoreAccess

PERSON_FIELDS = ("first_name", "last_name", "email", "phone", "company", "role", "country", "consent", "language")
PARTICIPATION_FIELDS = ("pitch", "bus_stop")
PROGRESS_EVERY = 1000
SAMPLE_ROWS = 200  # rows under the header that show what the unnamed columns hold and where the list ends
IN_LIST = 500  # ids bound in one IN (...): SQLite takes at most 32,766 parameters, PostgreSQL 65,535


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
    sheets: list[str] = field(default_factory=list)  # the sheets read, when more than one: each row names its own

    def note(self, message: str, row: int | None = None) -> None:
        self.notes.append(ImportNote(row, message))

    def where(self, row: int | None = None) -> str:
        """'list.xlsx, sheet Iscrizioni, row 4' — how messages name a place in the file."""
        parts = [self.file]
        if self.sheet:
            parts.append(f"sheet {self.sheet}")
        if row is not None:
            parts.append(row_reference(row))
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
def plan_import(store: Session | StoreAccess, mission: IntoMission, path: Path, options: ImportOptions) -> ImportPlan:
    """Everything an import would do, computed without writing."""
    from c2c.services.clusters import cluster_refs

    db = access_of(store)
    if not options.dry_run:  # matched against the store as it stays until the plan is written
        db.lock_mission(mission.id or 0, mission.slug, "importing a list into")
    overrides = parse_overrides(options.mapping)
    clusters = cluster_refs(db)
    countries = {c.id: c.country for c in clusters}
    also_regions = tuple(countries.get(i) for i in (mission.host_cluster_id, mission.guest_cluster_id) if i)
    hint = tuple(c for c in (*options.countries, mission.country, *also_regions) if c)
    lists, skipped = _locate_lists(path, replace(options, countries=hint), overrides, (mission.country, *also_regions))
    sheet, table = lists[0].sheet, lists[0].table
    finder = _cluster_finder(clusters)
    for found in lists:
        found.fill = with_facts(found.table, title_facts(found.top, found.table, _title_accepts(finder)))
    columns = table.columns
    several = len(lists) > 1
    report = ImportReport(
        file=path.name, sheet=None if several else sheet.name, header_row=table.header_row, headers=columns.headers,
        columns={columns.headers[i]: name for name, i in sorted(columns.fields.items(), key=lambda x: x[1])},
        extra_columns=columns.extra_headers, guessed_columns=table.guessed_headers,
        sheets=[found.sheet.name or "" for found in lists] if several else [],
    )
    if table.twin is not None:
        report.note(f"columns {column_letter(table.twin)}–{column_letter(table.twin + table.end - table.first - 1)}: "
                    "the same columns again beside the list (another delegation), read as well", table.header_row)
    if table.groups:
        spans = ", ".join(f"{column_letter(g)}–{column_letter(g + table.group_width - 1)}" for g in table.groups)
        report.note(f"columns {spans}: one person each, several people a row: each read as a row of its own",
                    table.header_row)
    for message in columns.notes:
        report.note(message)
    if sheet.decoding is not None and sheet.decoding.note:
        report.note(sheet.decoding.note)
    if not any(name in columns.fields for name in NAME_FIELDS):
        raise InvalidInput(f"{report.where(table.header_row)}: no name column in the header",
                           hint='name it e.g. "Nome"/"Cognome", or map it: c2c participants import FILE '
                                '--map "Partecipante=full_name"')
    chosen = option_cluster(db, options.cluster)
    people: list[dict[str, Any]] = []
    contexts: list[RowContext] = []
    lists_read: list[list[dict[str, Any]]] = []
    named: set[int] = set()
    for order, found in enumerate(lists):
        ctx = RowContext(columns=found.table.columns, region=mission.country, find_cluster=finder,
                         cluster_countries=countries, default_cluster=chosen,
                         also_regions=also_regions)
        read = _read_list(db, mission, found, ctx, report, options.progress, order if several else None)
        if found.sheet.name is not None and (several or skipped):
            report.note(f"sheet {found.sheet.name!r}: read, {len(read)} people")
        people += read
        lists_read.append(read)
        contexts.append(ctx)
        named |= found.sections.named if found.sections else set()
    for name, why in skipped:
        report.note(f"sheet {name!r}: not read, {why}")
    unanswered = {lost.row for ctx in contexts for lost in ctx.lost if lost.column == ctx.columns.header_of("pitch")}
    asked = [person for ctx, read in zip(contexts, lists_read, strict=True) if "pitch" in ctx.columns.fields
             for person in read]  # a sheet without the column (a day's sheet) does not answer it
    if "pitch" in columns.fields and (blanks := blanks_mean_no(asked, "pitch", unanswered)):
        report.note(f"column {columns.header_of('pitch')!r} holds only yes marks: its {blanks} blank cell(s) read as no")
    fields: dict[str, int] = {name: 0 for found in lists for name in found.table.columns.fields}
    report.scope = decide_scope(db, mission, people, "cluster" in fields or bool(named), chosen,
                                options.ask_cluster)
    read_in_delegation_country(people, countries, (mission.country, *also_regions), report.note)
    split_full_names(people, report.columns, report.note, mission.country, lambda: given_names_in_store(db))
    kept, report.duplicates = identity.drop_duplicates(people)
    report.participants = kept
    report.near_duplicates = identity.near_duplicates(kept)
    if options.prune:
        require_prunable(db, mission, report.scope, path.name)
    keep_companies_in_their_clusters(db, kept, report.note)
    assert mission.id is not None
    if any(person["email"] for person in kept):  # addresses written beside the names, without an e-mail column
        fields.setdefault("email", 0)
    plan = ImportPlan(report=report, mission_id=mission.id, present=_present_fields(fields),
                      leaving=[left for ctx in contexts for left in _leaving(ctx)])
    _match_store(db, plan)
    plan.companies = plan_companies(db, (m.person for m in plan.matches), plan.present, report.note,
                                    countries)
    return plan


def _without_struck(rows: Iterator[tuple[int, list[str]]], struck: frozenset[int], ctx: RowContext
                    ) -> Iterator[tuple[int, list[str]]]:
    """The rows not struck through: a list strikes out who cancelled rather than deleting them."""
    for number, cells in rows:
        if number in struck:
            ctx.struck.append(RowError(number, "", "struck through", cells))
        else:
            yield number, cells


def _leaving(ctx: RowContext) -> list[tuple[int, str]]:
    """The e-mails of the rows that say not coming, to cancel who is already registered."""
    index = ctx.columns.fields.get("email")
    if index is None:
        return []
    found = []
    for row in (*ctx.cancelled, *ctx.struck):
        try:
            email = normalise_email(row.cells[index])
        except (C2CError, IndexError):
            continue  # no usable address: nobody to match, the row was only noted
        if email:
            found.append((row.row, email))
    return found


@dataclass
class _List:
    """One sheet's list: its table, the top rows (title block and sample), its rows below the header."""

    sheet: RawSheet
    table: Table
    top: list[tuple[int, list[str]]]
    rows: Iterator[tuple[int, list[str]]]
    fill: Callable[[Iterator[tuple[int, list[str]]]], Iterator[tuple[int, list[str]]]] = iter
    sections: Sections | None = None


def _locate_lists(path: Path, options: ImportOptions, overrides: dict[str, str], regions: tuple[str | None, ...]
                  ) -> tuple[list[_List], list[tuple[str, str]]]:
    """The sheets holding the list (every sheet whose header names people's fields, in the order of
    the workbook), and the other sheets with why they are not read."""
    sheets = read_sheets(path, options.max_bytes, options.countries, options.limits)
    if options.sheet is not None:
        chosen = [s for s in sheets if s.name is not None and fold(s.name) == fold(options.sheet)]
        if not chosen:
            names = ", ".join(repr(s.name) for s in sheets if s.name)
            raise NotFound(f"{path.name} has no sheet {options.sheet!r}", hint=f"its sheets: {names}")
        sheets = chosen
    any_data = False
    found: list[_List] = []
    skipped: list[tuple[str, str, Table | None]] = []
    for sheet in sheets:
        top, stream = first_rows(sheet, HEADER_SEARCH_ROWS + SAMPLE_ROWS)
        has_data = any(any(c.strip() for c in cells) for _, cells in top)
        any_data = any_data or has_data
        table = locate_table(top, overrides, regions)
        why = sheet_skipped(table, found[0].table if found else None) if has_data else "empty"
        if table is not None and why is None:
            found.append(_List(sheet, table, top, _below_header(sheet, table, stream)))
        elif sheet.name is not None:
            skipped.append((sheet.name, why or "", table))
    if found:
        return found, [(name, why) for name, why, _ in skipped]
    if not any_data:
        raise ImportFileError("empty_workbook", f"{path.name} is empty: no sheet holds any data")
    first = next(((name, table) for name, _, table in skipped if table is not None), None)
    if first is not None:  # a header without a name column: said as such, below
        sheet = next(s for s in sheets if s.name == first[0])
        top, stream = first_rows(sheet, HEADER_SEARCH_ROWS + SAMPLE_ROWS)
        return [_List(sheet, first[1], top, stream)], []
    where = f"{path.name}, sheet {sheets[0].name}" if len(sheets) == 1 and sheets[0].name else path.name
    raise ImportFileError(
        "no_header", f"{where}: no header row found in the top {HEADER_SEARCH_ROWS} rows",
        hint='expected column names such as Nome, Cognome, Azienda, E-mail; or map them: '
             'c2c participants import FILE --map "Header=field"',
    )


def _below_header(sheet: RawSheet, table: Table, stream: Iterator[tuple[int, list[str]]]
                  ) -> Iterator[tuple[int, list[str]]]:
    rows: Iterator[tuple[int, list[str]]] = ((n, cells) for n, cells in stream if n > table.header_row)
    if table.groups:
        rows = one_person_a_row(table, rows)
    return side_by_side(sheet, table, rows) if table.twin is not None else rows


def _read_list(db: StoreAccess, mission: IntoMission, found: _List, ctx: RowContext, report: ImportReport,
               progress: Callable[[int, int], None] | None, order: int | None) -> list[dict[str, Any]]:
    """The people of one sheet's list; ``order``: its place among several sheets read (its rows are
    then named with the sheet)."""
    name = found.sheet.name or ""

    def place(row: int | None) -> int | None:
        return row if order is None or row is None else SheetRow(row, name, order)

    def note(message: str, row: int | None = None) -> None:
        report.note(message, place(row))

    columns = found.table.columns
    for index in found.table.unanswered:
        header = columns.headers[index]
        note(f"column {header!r} holds yes/no answers but its header does not say to what: kept as extra "
             f'(if it says who pitches: --map "{header}=pitch")')
    found.sections = Sections.of(db, mission, ctx)  # headings inside the list may name the cluster of the rows under them
    rows = found.fill(RowSorter(found.table, note, found.sections).people(found.rows))
    if found.table.two_lines:
        rows = split_two_lines(found.table, rows)
    if found.sheet.struck:
        rows = _without_struck(rows, found.sheet.struck, ctx)
    if order is not None:
        rows = ((SheetRow(number, name, order), cells) for number, cells in rows)
    people = _parse_rows(rows, ctx, report, found.sheet.height, progress)
    if ctx.addresses_in_names:
        note(f"column {columns.header_of(name_column(columns.fields))!r}: {ctx.addresses_in_names} e-mail address(es) "
             "written beside the names, read as their e-mails")
    if ctx.struck:
        note(f"row(s) {', '.join(str(row.row) for row in ctx.struck)}: struck through (cancelled), not imported",
             ctx.struck[0].row)
    if ctx.cancelled:
        numbers = ", ".join(str(c.row) for c in ctx.cancelled)
        said = ", ".join(sorted({c.reason for c in ctx.cancelled}))
        report.note(f"row(s) {numbers}: {ctx.cancelled[0].column} says not coming ({said}), not imported",
                    ctx.cancelled[0].row)
    for lost in ctx.lost:
        report.note(f"column {lost.column}: {lost.reason}", lost.row)
    if ctx.unfinished:
        numbers = ", ".join(str(row) for row in ctx.unfinished)
        report.note(f"row(s) {numbers}: no attendee field filled in (a form answer left unfinished?), skipped",
                    ctx.unfinished[0])
    return people


def _title_accepts(find_cluster: Callable[[str], int | None]) -> Callable[[str, str], bool]:
    """Whether a title line's value can be its field's: a country or a cluster it names must be one."""
    def accepts(name: str, value: str) -> bool:
        if name == "cluster":
            return find_cluster(value) is not None
        if name in ("country", "language"):
            try:
                return (normalise_country if name == "country" else normalise_language)(value) is not None
            except C2CError:
                return False
        return True

    return accepts


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


def _cluster_finder(clusters: list[ClusterRef]) -> Callable[[str], int | None]:
    keys = {key: c.id for c in clusters for key in c.keys}
    return lambda text: keys.get(fold(text))


def _match_store(db: StoreAccess, plan: ImportPlan) -> None:
    by_email, by_name = _people_in_store(db)
    in_mission = {row["person_id"]: {**row, "pitch": as_bool(row["pitch"]), "extra": as_json(row["extra"])}
                  for row in db.rows("SELECT id, person_id, pitch, bus_stop, extra FROM participation "
                                     "WHERE mission_id = :mission", {"mission": plan.mission_id})}
    seen: set[int] = set()
    for new in plan.report.participants:
        found = by_email.get(new["email"]) if new["email"] else None
        if found is None and by_name:
            found = by_name.get(identity.identity_key({**new, "email": None}))
        plan.matches.append(_compare(plan, new, found, in_mission.get(found["id"]) if found else None))
        if found is not None:
            seen.add(found["id"])
    _removed(db, plan, in_mission, seen)


def _people_in_store(db: StoreAccess) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    """Everyone in the store, by e-mail and by name + company, as plain dicts (fast to compare)."""
    companies = {row["id"]: row["name"] for row in db.rows("SELECT id, name FROM company")}
    by_email: dict[str, dict[str, Any]] = {}
    by_name: dict[str, dict[str, Any]] = {}
    person_columns = ", ".join(f for f in PERSON_FIELDS if f != "company")
    for known in db.rows(f"SELECT id, {person_columns}, company_id FROM person"):
        known["consent"] = as_bool(known["consent"])
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


def _removed(db: StoreAccess, plan: ImportPlan, in_mission: dict[int, dict[str, Any]], seen: set[int]) -> None:
    gone = [pid for pid in in_mission if pid not in seen]
    if not gone:
        return
    leaving = {email for _, email in plan.leaving}  # in the file, saying not coming: cancelled, not pruned
    scope = plan.report.scope
    unclustered = 0
    for row in _people_with_clusters(db, gone):
        if not scope.covers(row["cluster_id"]):  # another delegation's, or of no cluster beside a cluster's list
            unclustered += row["cluster_id"] is None
            continue
        if row["email"] in leaving:
            continue
        plan.report.removed.append(identity.display_key(row))
        plan.removed_ids.append(in_mission[row["id"]]["id"])
    if unclustered:
        plan.report.note(f"{unclustered} participant(s) missing from the file have no cluster (no company, or a "
                         "company without one), so this list cannot say they left: they stay")


def _people_with_clusters(db: StoreAccess, ids: list[int]) -> Iterator[dict[str, Any]]:
    """The people of ``ids`` with their company's name and cluster, a bounded IN list at a time."""
    for start in range(0, len(ids), IN_LIST):
        chunk = ids[start:start + IN_LIST]
        names = ", ".join(f":id{n}" for n in range(len(chunk)))
        yield from db.rows(
            "SELECT pe.id, pe.first_name, pe.last_name, pe.email, co.name AS company, co.cluster_id FROM person AS pe "
            f"LEFT JOIN company AS co ON co.id = pe.company_id WHERE pe.id IN ({names}) ORDER BY pe.id",
            {f"id{n}": value for n, value in enumerate(chunk)})
