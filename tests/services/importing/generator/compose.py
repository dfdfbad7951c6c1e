"""One generated case: the choices, the table of cells they make, and the truth of every person."""

from __future__ import annotations

import itertools
import random
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from tests.services.importing.generator import cells
from tests.services.importing.generator.decoys import add_decoys, europe_header
from tests.services.importing.generator.dimensions import DIMENSIONS, choose
from tests.services.importing.generator.people import Person, make_people
from tests.services.importing.generator.vocabulary import (
    BARE_NAME,
    BOOLEAN_WORDS,
    EXTENSION_WORDS,
    GROUP_OF,
    GROUPS,
    HEADERS,
    LANGUAGE_COUNTRIES,
    LANGUAGES,
    NOTES,
    OWN_PARTICLE_CUSTOM,
    TITLES,
    TOTALS,
)

OTHER_FIELDS = ("company", "role", "email", "phone", "country", "pitch", "bus_stop")
OPTIONAL = ("role", "email", "phone", "country", "bus_stop")
# the mission the cases are imported into (tests/conftest.py's Lyon store): held in France
MISSION_COUNTRY = "FR"
# the countries of the test mission's two delegations (Lyon 2018: AAR and LAC)
DELEGATION_COUNTRIES = ("FR", "IT")
# formats whose cells are all text: a boolean is written as the word a spreadsheet program writes
TEXT_FORMATS = ("csv", "tsv", "html_xls")
SUFFIXES = {"html_xls": ".xls", "spreadsheetml": ".xml"}
# the single-byte code pages of Europe and its neighbours that write Latin letters (Greek and
# Cyrillic lists are tests/encoding_samples.py's)
CODE_PAGES = ("cp1250", "cp1252", "cp1254", "cp1257", "iso8859_2", "iso8859_4", "iso8859_9", "iso8859_13",
              "iso8859_15", "iso8859_16", "mac_roman", "mac_latin2", "cp850", "cp852")
FEWEST_VOTES = 3  # the rows' e-mail domains that must point to a delegation for the import to see whose list it is


@dataclass
class Case:
    seed: int
    number: int
    choices: dict[str, str]
    language: str
    rows: list[list[cells.Cell]] = field(default_factory=list)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # 0-based, inclusive
    expected: list[dict[str, Any]] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)  # the field of each column, in the file's order
    # a list without a country column is of its delegation's country, when the import can tell
    # whose list it is (its rows' e-mail domains point to one of the mission's two clusters)
    delegation: str | None = None
    # a workbook of one sheet per company: (sheet name, rows, merges) each; ``rows`` unused then
    sheets: list[tuple[str, list[list[cells.Cell]], list[tuple[int, int, int, int]]]] = field(default_factory=list)

    @property
    def name(self) -> str:
        return f"case-{self.seed}-{self.number}"

    @property
    def suffix(self) -> str:
        return SUFFIXES.get(self.choices["format"], "." + self.choices["format"])

    def describe(self) -> str:
        """The choices that are not plain: what this case is about."""
        return ", ".join(f"{k}={v}" for k, v in self.choices.items() if v != DIMENSIONS[k].plain) or "plain"


def compose_case(seed: int, number: int, enabled: Collection[str], pending: Collection[str]) -> Case:
    rng = random.Random(f"{seed}:{number}")
    choices = choose(rng, enabled, pending)
    case = Case(seed, number, choices, rng.choice(LANGUAGES))
    if choices["layout.per_row"] == "two_per_company":  # people side by side share their company's row as written
        for name in ("duplicates", "layout.sheets", "values.missing", "company.style", "columns.decoys"):
            choices[name] = DIMENSIONS[name].plain
    columns = case.columns = _columns(rng, choices)
    column_languages = [case.language if choices["header.language"] == "one" else rng.choice(LANGUAGES)
                        for _ in columns]
    if choices["email.style"] == "in_name_cell" and (choices["names.layout"] == "two_columns"
                                                     or choices["names.note"] != "none" or "email" not in columns):
        choices["email.style"] = "plain"  # a mail program writes the whole name before the address
    if choices["names.surnames"] == "two" and "country" not in columns and choices["names.layout"] != "two_columns":
        choices["names.surnames"] = "one"  # whose name carries two surnames, only the row's country tells
    people = make_people(rng, case.language, rng.randint(3, 7), choices)
    missing = {(i, name) for i in range(len(people)) for name in OPTIONAL
               if choices["values.missing"] == "some" and rng.random() < 0.2
               and not (name == "country" and " " in people[i].truth["last_name"])}
    case.delegation = _delegation(case, len(people), missing)
    body = [_row(rng, case, person, columns, column_languages, {n for j, n in missing if j == i})
            for i, person in enumerate(people)]
    case.expected = [_expected(person, columns, {n for j, n in missing if j == i}, case.delegation,
                               choices["names.note"])
                     for i, person in enumerate(people)]
    _company_as_first_written(case, body)
    if choices["pitch.style"] == "blank_for_no" and not any(truth["pitch"] for truth in case.expected):
        for truth in case.expected:  # a column of ticks with no tick in it says nothing
            truth["pitch"] = None if "pitch" in columns else truth["pitch"]
    companies = [person.truth["company"] for person in people]
    if choices["layout.sheets"] == "per_company" and choices["format"] not in TEXT_FORMATS:
        for truth, company in zip(case.expected, companies, strict=True):
            truth["company"] = company
        order = list(dict.fromkeys(companies))  # the import reads the sheets one after the other
        case.expected.sort(key=lambda truth: order.index(truth["company"]))
    if choices["duplicates"] == "same_row":
        twice = rng.randrange(len(body))
        again = rng.randint(twice + 1, len(body))
        body.insert(again, list(body[twice]))
        companies.insert(again, companies[twice])
    header = _header_rows(rng, case, columns, column_languages)
    if choices["role.layout"] == "under_company" and _role_under_company(case, header, body):
        columns = case.columns
    else:
        choices["role.layout"] = "own_column"
    decoys = choices["columns.decoys"]
    if decoys != "none" and (len(header) > 1 or not add_decoys(rng, decoys, columns, header, body)):
        choices["columns.decoys"] = "none"  # a group row over them, or nothing for them to stand beside
    if choices["format"] in TEXT_FORMATS:  # a text list or a web page has no sheets
        choices["layout.sheets"] = "one"
    if choices["layout.per_row"] == "two_per_company" and _pairable(case, header):
        header, body = _two_per_row(case, header, body)
    else:
        choices["layout.per_row"] = "one"
    if choices["layout.sheets"] == "per_company":
        _sheet_per_company(rng, case, header, body, companies)
    else:
        _lay_out(rng, case, header, body)
    _choose_encoding(case)
    return case


def _role_under_company(case: Case, header: list[list[cells.Cell]], body: list[list[cells.Cell]]) -> bool:
    """'Firma / Funktion' over 'Avioparts Srl⏎Einkauf': the role column folded into the company's."""
    columns = case.columns
    per_company = case.choices["layout.sheets"] == "per_company" and case.choices["format"] not in TEXT_FORMATS
    if (len(header) != 1 or case.choices["header.shape"] != "one_row" or case.choices["layout.per_row"] != "one"
            or per_company or not {"company", "role"} <= set(columns)):
        return False
    company, role = columns.index("company"), columns.index("role")
    if any(row[role] and not row[company] for row in body):
        return False  # a job under no company: nothing to write it under
    header[0][company] = f"{header[0][company]} / {header[0][role]}"
    for row in body:
        row[company] = f"{row[company]}\n{row[role]}" if row[company] and row[role] else row[company]
    for row in (*header, *body):
        del row[role]
    del columns[role]
    return True


def _pairable(case: Case, header: list[list[cells.Cell]]) -> bool:
    """Two people a row need one header row, a company cell they share as written, and two
    columns of each person's own at least (one of them a name)."""
    choices = case.choices
    return (len(header) == 1 and "company" in case.columns and len(case.columns) >= 3
            and "decoy" not in case.columns and choices["duplicates"] == "none" and choices["layout.sheets"] == "one"
            and choices["values.missing"] == "none" and choices["company.style"] == "plain")


def _two_per_row(case: Case, header: list[list[cells.Cell]], body: list[list[cells.Cell]]
                 ) -> tuple[list[list[cells.Cell]], list[list[cells.Cell]]]:
    """The company's column first, then each person's columns twice: the people of one company
    side by side, two a row (the second group empty for an odd one out); the truth in that order."""
    at = case.columns.index("company")
    own = [i for i in range(len(case.columns)) if i != at]
    by_company: dict[Any, list[int]] = {}
    for index, row in enumerate(body):
        by_company.setdefault(row[at], []).append(index)
    rows: list[list[cells.Cell]] = []
    order: list[int] = []
    for company, people in by_company.items():
        for first in range(0, len(people), 2):
            pair = people[first:first + 2]
            second = [body[pair[1]][i] for i in own] if len(pair) > 1 else [None] * len(own)
            rows.append([company, *[body[pair[0]][i] for i in own], *second])
            order += pair
    case.expected = [case.expected[i] for i in order]
    titles = header[0]
    return [[titles[at], *[titles[i] for i in own], *[titles[i] for i in own]]], rows


def _sheet_per_company(rng: random.Random, case: Case, header: list[list[cells.Cell]], body: list[list[cells.Cell]],
                       companies: list[str]) -> None:
    """One sheet per company, the company written only above its table (its cells left blank):
    every row of the sheet is of that company, as stored under the title's spelling."""
    column = case.columns.index("company") if "company" in case.columns else None
    label = HEADERS[case.language]["company"][0]
    for name in dict.fromkeys(companies):
        rows = [[None if i == column else cell for i, cell in enumerate(row)]
                for row, company in zip(body, companies, strict=True) if company == name]
        fact: list[cells.Cell] = rng.choice([[f"{label}: {name}"], [f"{label}:", name], [f"{label} - {name}"]])
        _lay_out(rng, case, header, rows, facts=[fact, []])
        case.sheets.append((name[:31], case.rows, case.merges))


def _delegation(case: Case, count: int, missing: set[tuple[int, str]]) -> str | None:
    """The country the import gives a list without a country column: its delegation's, told by
    the e-mail domains of its rows (every generated address is of the sender's country)."""
    home = LANGUAGE_COUNTRIES[case.language][0]
    if "country" in case.columns or "email" not in case.columns or home not in DELEGATION_COUNTRIES:
        return None
    votes = sum(1 for i in range(count) if (i, "email") not in missing)
    return home if votes >= FEWEST_VOTES else None


def _columns(rng: random.Random, choices: dict[str, str]) -> list[str]:
    layout = choices["names.layout"]
    names = {"two_columns": ["first_name", "last_name"], "full_given_first": ["full_name"],
             "full_surname_first": ["full_name_last_first"]}[layout]
    if layout == "two_columns" and rng.random() < 0.5:
        names.reverse()  # 'Cognome | Nome', as many Italian lists have it
    others = list(OTHER_FIELDS)
    if layout != "two_columns" and choices["names.note"] != "none":
        others.remove("role")  # the job is written beside the name
    elif choices["names.note"] != "none":
        choices["names.note"] = "none"  # given and family name apart: no cell holds the whole name
    if choices["columns.subset"] == "some":
        others = [name for name in others if rng.random() < 0.5] or [rng.choice(others)]
    columns = names + others
    if choices["columns.order"] == "shuffled":
        rng.shuffle(columns)
    return columns


def _header_text(rng: random.Random, case: Case, name: str, language: str) -> str:
    spellings = HEADERS[language][name]
    text = spellings[0] if case.choices["header.spelling"] == "first" else rng.choice(spellings)
    if case.choices["header.europe"] == "yes":
        text = europe_header(rng, name, case.choices["header.shape"] == "bilingual") or text
    if name == "last_name" and case.choices["header.bare_name"] == "yes" and language in BARE_NAME:
        text = BARE_NAME[language]
    if case.choices["header.case"] == "upper":
        return text.upper()
    return text.lower() if case.choices["header.case"] == "lower" else text


def _header_rows(rng: random.Random, case: Case, columns: list[str], languages: list[str]) -> list[list[cells.Cell]]:
    fields = [_header_text(rng, case, name, language) for name, language in zip(columns, languages, strict=True)]
    shape = case.choices["header.shape"]
    if shape == "bilingual":
        second = rng.choice([lang for lang in LANGUAGES if lang != case.language])
        return [[f"{text} / {_header_text(rng, case, name, second)}"
                 for text, name in zip(fields, columns, strict=True)]]
    if shape == "group_row" and not _a_group_spans(columns):
        # with every group over one column, a group row is a second header ('Entreprise' over
        # 'Pays'): nothing tells a reader which of the two names the column
        case.choices["header.shape"] = "one_row"
    elif shape == "group_row":
        groups: list[cells.Cell] = []
        for i, name in enumerate(columns):
            group = GROUP_OF[name]
            same = i > 0 and GROUP_OF[columns[i - 1]] == group
            groups.append(None if same else GROUPS[case.language][group])
        return [groups, list(fields)]
    return [list(fields)]


def _a_group_spans(columns: list[str]) -> bool:
    return any(GROUP_OF[a] == GROUP_OF[b] for a, b in itertools.pairwise(columns))


def _row(rng: random.Random, case: Case, person: Person, columns: list[str], languages: list[str],
         missing: set[str]) -> list[cells.Cell]:
    truth, choices = person.truth, case.choices
    row: list[cells.Cell] = []
    country_written = "country" in columns and "country" not in missing
    for name, language in zip(columns, languages, strict=True):
        if name in missing:
            row.append(None)
        elif name in ("first_name", "last_name", "full_name", "full_name_last_first"):
            written = cells.name_cells(truth["first_name"], truth["last_name"], choices["names.layout"],
                                       _name_case(choices["names.case"], person, country_written, case.delegation))
            if choices["email.style"] == "in_name_cell" and "email" not in missing:  # 'Anna Berg <anna@firm.se>'
                written = [f"{written[0]} <{truth['email']}>"]
            row.append(_name_note(written[0], truth["role"], choices["names.note"]) if len(written) == 1
                       else written[0] if name == "first_name" else written[-1])
        elif name == "email" and choices["email.style"] == "in_name_cell":
            row.append(None)
        elif name == "email":
            row.append(cells.email_cell(truth["email"], choices["email.style"], truth["first_name"], truth["last_name"]))
        elif name == "phone":
            # a national number is read in the row's country; without one, only an international
            # number says its country for sure
            row.append(_phone_extra(rng, cells.phone_cell(truth["phone"], choices["phone.style"], country_written),
                                    choices["phone.extra"]))
        elif name == "country":
            row.append(cells.country_cell(truth["country"], choices["country.style"], case.language, person.language))
        elif name == "pitch" and choices["pitch.style"] == "free_text" and rng.random() < 0.2:
            row.append(cells.undecided_cell(rng, language))
            truth["pitch"] = None  # 'Maybe': unknown, left empty with a note
        elif name == "pitch":
            row.append(cells.pitch_cell(rng, truth["pitch"], choices["pitch.style"], language))
        elif name == "company":
            row.append(rng.choice(person.company_spellings))
        else:
            row.append(truth[name])
    return row


def _phone_extra(rng: random.Random, cell: cells.Cell, extra: str) -> cells.Cell:
    """An extension after the number, or the office line after the mobile: the person's number is
    the first, without its extension."""
    if not isinstance(cell, str) or extra == "none":
        return cell
    if extra == "extension":
        return f"{cell} {rng.choice(EXTENSION_WORDS)} {rng.randint(1, 999)}"
    office = f"+{rng.choice((33, 39, 41, 49))} {rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    return f"{cell} {rng.choice(('/', ';', ',', '-'))} {office}"


def _name_note(name: cells.Cell, role: str, note: str) -> cells.Cell:
    if note == "role_in_brackets":
        return f"{name} ({role})"
    return f"{name}\n{role}" if note == "role_on_second_line" else name


def _name_case(case: str, person: Person, country_written: bool, delegation: str | None) -> str:
    """The list's case for this person's name, unless capitals or lower case would hide it: the
    importer cases a name by its row's country, else the mission's, and a surname with a particle
    or an apostrophe (DE LUCA, D'ARCY) is written one way in Italian, another in French; where
    those do not say the bearer's language, the name is written as its bearer writes it."""
    surname = person.truth["last_name"]
    if case == "title" or not (" " in surname or "'" in surname):
        return case
    country = person.truth["country"]
    read_in = delegation or MISSION_COUNTRY  # the country a row without one is read in
    language_known = (country_written or country == read_in) and country not in OWN_PARTICLE_CUSTOM
    return case if language_known else "title"


def _expected(person: Person, columns: list[str], missing: set[str], delegation: str | None,
              note: str) -> dict[str, Any]:
    truth = dict(person.truth)
    written_beside_name = "role" not in columns and "first_name" not in columns and note != "none"
    for name in ("company", "pitch", *OPTIONAL):
        if name == "role" and written_beside_name:
            continue
        if name not in columns or name in missing:
            truth[name] = None
    if "country" not in columns:
        truth["country"] = delegation
    return truth


def _company_as_first_written(case: Case, body: list[list[cells.Cell]]) -> None:
    """A company written differently on its rows keeps the spelling of its first row."""
    if "company" not in case.columns:
        return
    column = case.columns.index("company")
    first: dict[str, cells.Cell] = {}
    for truth, row in zip(case.expected, body, strict=True):
        truth["company"] = first.setdefault(truth["company"], row[column])


def _lay_out(rng: random.Random, case: Case, header: list[list[cells.Cell]], body: list[list[cells.Cell]],
            facts: tuple[list[cells.Cell], ...] | list[list[cells.Cell]] = ()) -> None:
    """Title rows, facts written above the table, blank rows, a footer, a start column: where the
    table sits on its sheet."""
    choices, rows = case.choices, []
    if choices["layout.title"] == "title_rows":
        rows += [[title] for title in TITLES[case.language][:rng.randint(1, 2)]] + [[]]
    rows += list(facts)
    header_top = len(rows)
    rows += header
    for row in body:
        if choices["layout.blank_rows"] != "none" and rng.random() < 0.3 and _may_follow_a_blank(row, choices):
            rows.append([])
        rows.append(row)
    footer = choices["layout.footer"]
    if footer != "none":
        rows.append([])
        total: list[cells.Cell] = {"total": [f"{TOTALS[case.language]}: {len(body)}"],
                                   "total_split": [TOTALS[case.language], len(body)],
                                   "note": [NOTES[case.language]]}[footer]
        rows.append(total)
    offset = rng.randint(1, 3) if choices["layout.start_column"] == "later" else 0
    case.rows = [[None] * offset + row if row else [] for row in rows]
    if choices["header.shape"] == "group_row":
        case.merges = _group_merges(header[0], header_top, offset)
    if choices["format"] in TEXT_FORMATS:
        case.rows = [[_as_text(cell, case.language) for cell in row] for row in case.rows]


def _may_follow_a_blank(row: list[cells.Cell], choices: dict[str, str]) -> bool:
    """'between' puts blank rows only above rows of three cells or more: a row of two after a blank
    one may be a note or a signature under the list (docs/importing.md), unless people follow."""
    return choices["layout.blank_rows"] == "before_short_rows" or sum(c not in (None, "") for c in row) > 2


def saved_as(case: Case, fmt: str, order: list[int]) -> Case:
    """The same list saved as another format with its columns in another ``order`` (a plain
    layout: the header in the first row, one row per person)."""
    assert case.choices["layout.title"] == "none", "only a plain layout is re-saved"
    choices = {**case.choices, "format": fmt}
    again = Case(case.seed, case.number, choices, case.language, expected=[dict(p) for p in case.expected])
    again.rows = [[row[i] if i < len(row) else None for i in order] for row in case.rows]
    again.columns = [case.columns[i] for i in order]
    if fmt in TEXT_FORMATS:
        again.rows = [[_as_text(cell, case.language) for cell in row] for row in again.rows]
    _choose_encoding(again)
    return again


def _group_merges(groups: list[cells.Cell], top: int, offset: int) -> list[tuple[int, int, int, int]]:
    merges, start = [], None
    for i, cell in enumerate([*groups, "end"]):
        if cell is not None:
            if start is not None and i - 1 > start:
                merges.append((top, start + offset, top, i - 1 + offset))
            start = i
    return merges


def _as_text(cell: cells.Cell, language: str) -> cells.Cell:
    """What a spreadsheet program writes into a text file for a cell: TRUE in its own language."""
    if isinstance(cell, bool):
        return BOOLEAN_WORDS[language][0 if cell else 1]
    return str(cell) if isinstance(cell, int) else cell


def _choose_encoding(case: Case) -> None:
    if case.choices["format"] not in ("csv", "tsv"):
        for name in ("encoding", "delimiter", "text.row_ends"):
            case.choices[name] = DIMENSIONS[name].plain
        return
    if case.choices["encoding"] == "code_page":
        pages = [page for page in CODE_PAGES if _fits(case.rows, page)]
        case.choices["encoding"] = random.Random(case.name).choice(pages) if pages else "utf-8-sig"
    if case.choices["encoding"] == "cp1252" and not _fits(case.rows, "cp1252"):
        case.choices["encoding"] = "utf-8-sig"
    if case.choices["format"] == "tsv":
        case.choices["delimiter"] = DIMENSIONS["delimiter"].plain


def _fits(rows: list[list[cells.Cell]], encoding: str) -> bool:
    try:
        for row in rows:
            for cell in row:
                if isinstance(cell, str):
                    cell.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True
