"""One spreadsheet row to one participant (a dict of clean fields), or to the reasons it is invalid."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from c2c.parsing import InvalidValue
from c2c.services.importing.delegation import keep_unread
from c2c.services.importing.full_names import FULL_NAME, is_given_name
from c2c.services.importing.headers import (
    COMPANY_FIELDS,
    ColumnMap,
    cancelled_words,
    remarks_column,
)
from c2c.services.importing.names import WHOLE_NAME_FIELDS, drop_titles, proper_case, split_note
from c2c.services.importing.normalise import (
    CellError,
    LostValue,
    clean_text,
    normalise_country,
    normalise_email,
    normalise_language,
    normalise_phone,
    read_yes_no,
    split_mailbox,
)
from c2c.text import fold


@dataclass
class RowError:
    row: int
    column: str
    reason: str
    cells: list[str] = field(default_factory=list)


TEXT_FIELDS = ("company", "role", "bus_stop", *COMPANY_FIELDS)
# the phone last: it is read in the row's own country, or its cluster's, before the mission's
CHECKED_FIELDS = ("email", "country", "pitch", "consent", "language", "cluster", "phone")
# fields a row is usable without: a cell of them c2c cannot read is left empty with a note, never
# refuses the row (an e-mail identifies the person and a cluster places them: those refuse it)
OPTIONAL_FIELDS = ("country", "phone")
EMPTY_PERSON = dict.fromkeys(("email", "phone", "country", "pitch", "consent", "language", "cluster_id", *TEXT_FIELDS))
NAME_FIELDS = ("first_name", "last_name", "full_name", "full_name_last_first")
# columns holding part of the surname: the Dutch 'tussenvoegsel' before it (de Vries, van der
# Berg), the Spanish 'segundo apellido' after it (García López)
SURNAME_PARTS = ("surname_prefix", "second_surname")


@dataclass
class RowContext:
    """What every row of one file shares, worked out once: which checks apply to which column."""

    columns: ColumnMap
    region: str | None
    find_cluster: Callable[[str], int | None]
    cluster_countries: dict[int, str | None] = field(default_factory=dict)
    also_regions: tuple[str | None, ...] = ()  # the two delegations' countries, after the mission's
    default_cluster: int | None = None  # whose list the file is (--cluster): rows naming no cluster take it
    checks: list[tuple[str, int, str, Callable[[str], Any]]] = field(default_factory=list)
    texts: list[tuple[str, int]] = field(default_factory=list)
    names: list[tuple[str, int]] = field(default_factory=list)
    width: int = 0
    phone_index: int | None = None
    no_country_column: bool = False
    second_phone: int | None = None
    lost: list[RowError] = field(default_factory=list)  # cells a spreadsheet program destroyed: left empty
    status_index: int | None = None  # a registration status column (a ticketing export's 'Attendee Status')
    unfinished: list[int] = field(default_factory=list)  # rows with no attendee field filled in (a form left half-way)
    status_header: str = ""
    status_is_remark: bool = False  # a remarks column: only a remark that is a cancellation and nothing else counts
    cancelled: list[RowError] = field(default_factory=list)  # rows whose status says they are not coming
    struck: list[RowError] = field(default_factory=list)  # rows struck through: cancelled too
    addresses_in_names: int = 0  # e-mails read from beside the names ('Sally Berg <sally@firm.se>')
    clean: Callable[[str], str | None] = field(init=False, repr=False)
    _clusters: dict[str, int | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        converters: dict[str, Callable[[str], Any]] = {
            "email": normalise_email, "phone": normalise_phone,
            "country": normalise_country, "pitch": read_yes_no, "cluster": self._cluster_id,
            # to share someone's details takes a yes: a blank cell is no
            "consent": lambda text: read_yes_no(text) is True, "language": normalise_language,
        }
        fields = self.columns.fields
        self.checks = [("cluster_id" if name == "cluster" else name, fields[name], self.columns.header_of(name),
                        converters[name]) for name in CHECKED_FIELDS if name in fields]
        self.texts = [(name, fields[name]) for name in TEXT_FIELDS if name in fields]
        self.names = [(name, fields[name]) for name in (*NAME_FIELDS, *SURNAME_PARTS) if name in fields]
        self.phone_index = fields.get("phone")
        self.status_index = fields.get("registration_status")
        if self.status_index is not None:
            self.status_header = self.columns.header_of("registration_status")
        elif (remarks := remarks_column(self.columns)) is not None:
            self.status_index, self.status_header, self.status_is_remark = *remarks, True
        self.no_country_column = "country" not in fields
        self.second_phone = self.columns.second_phone
        self.width = max([*fields.values(), *(index for index, _ in self.columns.extra)], default=-1) + 1
        # companies, roles, stops and extra notes repeat row after row: each distinct cell is
        # cleaned once per file (a cache per import, so it goes away with the file's rows)
        self.clean = lru_cache(maxsize=None)(clean_text)

    def regions(self, person: dict[str, Any]) -> tuple[str | None, ...]:
        """Where a national number of this row is read: its country, its cluster's, the mission's,
        the delegations' (the first where it can be a number)."""
        cluster = person.get("cluster_id")
        own = person.get("country"), self.cluster_countries.get(cluster) if cluster else None
        return (*own, self.region, *self.also_regions)

    def _cluster_id(self, value: str) -> int | None:
        # the same few cluster names repeat on every row
        if value in self._clusters:
            return self._clusters[value]
        self._clusters[value] = found = self._find_cluster_id(value)
        return found

    def _find_cluster_id(self, value: str) -> int | None:
        text = clean_text(value)
        if text is None:
            return self.default_cluster
        found = self.find_cluster(text)
        if found is None:
            raise CellError(f"unknown cluster {text!r} (add it with: c2c cluster add)")
        return found


def parse_row(number: int, cells: list[str], ctx: RowContext) -> tuple[dict[str, Any] | None, list[RowError]]:
    if len(cells) < ctx.width:  # a short row (csv): padded once, so no cell needs a bounds check
        cells = cells + [""] * (ctx.width - len(cells))
    if ctx.status_index is not None and _cancelled(cells[ctx.status_index], ctx.status_is_remark):
        ctx.cancelled.append(RowError(number, ctx.status_header, cells[ctx.status_index].strip(),
                                      cells))  # kept: a person already registered is cancelled by it
        return None, []
    if not any(cells[index].strip() for index in ctx.columns.fields.values()):
        ctx.unfinished.append(number)  # only a form tool's own columns: an answer given up half-way
        return None, []
    if ctx.second_phone is not None and ctx.phone_index is not None and not cells[ctx.phone_index].strip():
        cells = [*cells]  # the row as the file has it stays for the rejected-rows file
        cells[ctx.phone_index] = cells[ctx.second_phone]
    clean = ctx.clean
    errors: list[RowError] = []
    given, address = _without_addresses({name: cells[index] for name, index in ctx.names})
    given, note = _without_notes(given)
    first, last, full = _names(given, clean)
    if not first and not last and not full:
        errors.append(RowError(number, ctx.columns.header_of(name_column(ctx.columns.fields)),
                               "missing name (first and last name empty)", cells))
    person: dict[str, Any] = {"row": number, "first_name": first, "last_name": last, **EMPTY_PERSON,
                              "cluster_id": ctx.default_cluster}
    cell_errors: list[tuple[int, RowError]] = []
    for name, index, header, convert in ctx.checks:
        try:
            person[name] = convert(cells[index], *ctx.regions(person)) if name == "phone" else convert(cells[index])
        except InvalidValue as exc:
            if name in OPTIONAL_FIELDS:
                ctx.lost.append(RowError(number, header, f"{exc}; left empty"))
            else:
                cell_errors.append((index, RowError(number, header, str(exc), cells)))
        except LostValue as exc:
            person[name] = exc.value
            ctx.lost.append(RowError(number, header, str(exc) if exc.value is not None else f"{exc}; left empty"))
    if address and not person["email"]:  # 'Sally Berg <sally@firm.se>' in the name column: her address
        try:
            person["email"] = normalise_email(address)
        except LostValue as exc:  # two addresses: the first
            person["email"] = exc.value
        except InvalidValue:
            pass  # the name is what the column is for: an address that is none is only not taken
        ctx.addresses_in_names += person["email"] is not None
    errors += [error for _, error in sorted(cell_errors, key=lambda found: found[0])]  # in the sheet's order
    for name, index in ctx.texts:
        person[name] = clean(cells[index])
    if note and not person["role"]:  # 'Ana Ruiz (Cap de compres)': the job written beside the name
        person["role"] = clean(note)
    person["extra"] = {header: text for index, header in ctx.columns.extra if (text := clean(cells[index])) is not None}
    if errors:
        return None, errors
    if ctx.no_country_column:  # its delegation's country, once known, is read in (delegation.py)
        phone = ctx.phone_index
        keep_unread(person, first, last, cells[phone] if phone is not None and ctx.regions(person)[1] is None else "")
    if full:  # split once the whole column is read (names.split_full_names), its order told by all its rows
        person[FULL_NAME] = full
    else:
        where = person["country"] or ctx.region
        person["first_name"], person["last_name"] = proper_case(first, where), proper_case(last, where)
    return person, []


def _cancelled(status: str, remark: bool = False) -> bool:
    """A status saying not coming ('Cancelled', 'Refunded – 12 May'); of a remark, only one that is
    a cancellation and a date at most ('annulé 12/03', not 'abgesagt: kommt nur zum Mittagessen')."""
    words = cancelled_words()
    key = fold(status)
    if not key:
        return False
    if key in words:
        return True
    rest = next((key[len(word) + 1:] for word in words if key.startswith(word + " ")), None)
    return rest is not None and not (remark and any(ch.isalpha() for ch in rest))


def _without_addresses(given: dict[str, str]) -> tuple[dict[str, str], str]:
    """The name cells without the address a mail program writes beside a name, and the first such address."""
    if not any("@" in text for text in given.values()):
        return given, ""
    split = {name: split_mailbox(text) for name, text in given.items()}
    return {name: text for name, (text, _) in split.items()}, next((a for _, a in split.values() if a), "")


def _without_notes(given: dict[str, str]) -> tuple[dict[str, str], str]:
    """The name cells without what a writer added to them (names.split_note): a job, kept as the
    role; a nickname in brackets ('Robert (Bob)') is left out."""
    notes: list[str] = []
    cleaned = dict(given)
    for name, text in given.items():
        if "\n" in text or text.rstrip().endswith((")", "]")):
            cleaned[name], note = split_note(text, name in WHOLE_NAME_FIELDS)
            if note and not is_given_name(note):
                notes.append(note)
    return cleaned, " ".join(notes)


def _names(given: dict[str, str], clean: Callable[[str], str | None]) -> tuple[str, str, str]:
    """First and last name as the file gives them, titles dropped, and the full name when it is
    what the file has (with a first-name column beside it, that first name helps to split it)."""
    first = _name_cell(given.get("first_name", ""), clean)
    last = _name_cell(given.get("last_name", ""), clean)
    full = _name_cell(given.get("full_name", ""), clean)
    if last and len(given) > 2:  # a surname part in a column of its own (few lists have one)
        before, after = (clean(given.get(name, "")) or "" for name in SURNAME_PARTS)
        last = " ".join(part for part in (before, last, after) if part)
    if "full_name_last_first" in given and not full:
        full = _name_cell(given["full_name_last_first"], clean)
    if last or not full:
        return first, last, ""
    return first, "", full


def _name_cell(value: str, clean: Callable[[str], str | None]) -> str:
    if not value:
        return ""
    text = clean(value)
    return drop_titles(text) if text else ""


def name_column(fields: dict[str, int]) -> str:
    for name in ("first_name", "full_name", "full_name_last_first", "last_name"):
        if name in fields:
            return name
    return "first_name"


def blanks_mean_no(people: list[dict[str, Any]], name: str, unanswered: Collection[int] = ()) -> int:
    """In a yes/no column where nobody wrote a no (only ticks, crosses, 'sì'), a blank is a no:
    that is how such a column is filled in; an answer not given yet ('maybe', rows
    ``unanswered``) stays unknown. Returns how many blanks were read so."""
    answers = {person[name] for person in people}
    if True not in answers or False in answers:
        return 0
    blanks = [person for person in people if person[name] is None and person["row"] not in unanswered]
    for person in blanks:
        person[name] = False
    return len(blanks)
