"""The contact catalogue as files: a workbook to print, vCards to import, a booklet to read.

Pure data -> file: the service decides who is listed (consent) and hands ``Catalogue`` here.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from c2c.exporters.cells import fill_row
from c2c.exporters.words import words
from c2c.exporters.xlsx_print import fit_one_page_wide, workbook_bytes

PROFILE = ("core_business", "areas_of_interest", "partners_sought", "current_projects")


@dataclass(frozen=True)
class Contact:
    first_name: str
    last_name: str
    role: str | None
    email: str | None
    phone: str | None  # E.164, as stored
    phone_shown: str | None  # formatted for reading
    language: str | None


@dataclass(frozen=True)
class Entry:
    company: str
    cluster: str
    country: str | None  # ISO code
    country_name: str | None
    website: str | None
    profile: dict[str, str | None]
    contacts: list[Contact]
    withheld: int  # people without consent: counted, never named


@dataclass(frozen=True)
class Catalogue:
    title: str
    subtitle: str
    categories: list[str]  # the mission(s), for each card's CATEGORIES
    lang: str
    groups: list[tuple[str, list[Entry]]] = field(default_factory=list)

    @property
    def labels(self) -> dict[str, str]:
        said = dict(words(self.lang))
        said["name"] = said["contact_name"]
        return said

    def entries(self) -> Iterator[Entry]:
        for _, entries in self.groups:
            yield from entries


XLSX_KEYS = ("cluster", "company", "country", "website", *PROFILE, "name", "role", "email", "phone", "language")


def catalogue_xlsx(catalogue: Catalogue) -> bytes:
    """One row per person (a company without listed people keeps one row), grouped by cluster,
    under a heading; A4 landscape, one page wide, header frozen and repeated on each page."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    labels = catalogue.labels
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = labels["catalogue"][:31]
    sheet.append([catalogue.title])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([catalogue.subtitle])
    sheet.append([labels[k] for k in XLSX_KEYS])
    for cell in sheet[3]:
        cell.font = Font(bold=True)
    rows = [row for entry in catalogue.entries() for row in _xlsx_rows(entry, labels)]
    for row in rows:
        sheet.append(fill_row(sheet, row))
    wrap = Alignment(wrap_text=True, vertical="top")
    for index, key in enumerate(XLSX_KEYS):
        letter = sheet.cell(3, index + 1).column_letter
        longest = max([len(labels[key]), *(len(str(r[index])) for r in rows if r[index] is not None)])
        sheet.column_dimensions[letter].width = min(longest + 2, 40)
        if longest > 40:
            for cell in sheet[letter][3:]:
                cell.alignment = wrap
    sheet.freeze_panes = "A4"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    fit_one_page_wide(sheet, 3, landscape=True)
    return workbook_bytes(workbook)


def _xlsx_rows(entry: Entry, labels: dict[str, str]) -> Iterator[list[object]]:
    company = [entry.cluster, entry.company, entry.country_name, entry.website, *(entry.profile[k] for k in PROFILE)]
    for contact in entry.contacts:
        yield [*company, f"{contact.first_name} {contact.last_name}", contact.role, contact.email,
               contact.phone_shown, contact.language]
    if entry.withheld or not entry.contacts:
        yield [*company, labels["withheld"].format(n=entry.withheld) if entry.withheld else None, None, None, None, None]


def catalogue_vcf(catalogue: Catalogue) -> str:
    """vCard 4.0 (RFC 6350), one card per listed person, CRLF lines folded at 75 octets."""
    cards = []
    for cluster, entries in catalogue.groups:
        for entry in entries:
            for contact in entry.contacts:
                cards.append(_card(entry, contact, [cluster, *catalogue.categories]))
    return "".join(cards)


def _card(entry: Entry, contact: Contact, categories: Sequence[str]) -> str:
    lines = ["BEGIN:VCARD", "VERSION:4.0",
             f"FN:{_text(f'{contact.first_name} {contact.last_name}')}",
             f"N:{_text(contact.last_name)};{_text(contact.first_name)};;;",
             f"ORG:{_text(entry.company)}"]
    if contact.role:
        lines.append(f"TITLE:{_text(contact.role)}")
    if contact.email:
        lines.append(f"EMAIL;TYPE=work:{_text(contact.email)}")
    if contact.phone:
        lines.append(f"TEL;VALUE=uri;TYPE=work,voice:tel:{contact.phone}")
    if entry.country_name:
        lines.append(f"ADR;TYPE=work:;;;;;;{_text(entry.country_name)}")
    if contact.language:
        lines.append(f"LANG;TYPE=work:{contact.language}")
    if entry.website:
        lines.append(f"URL:{entry.website}")
    lines.append("CATEGORIES:" + ",".join(_text(c) for c in categories if c))
    lines.append("END:VCARD")
    return "".join(_fold(line) + "\r\n" for line in lines)


def _text(value: str) -> str:
    """RFC 6350 text escaping: backslash, comma, semicolon and line breaks."""
    return (value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def _fold(line: str) -> str:
    """Lines of at most 75 octets, continued with a space, never splitting a UTF-8 character."""
    pieces: list[str] = []
    current, size = "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > (75 if not pieces else 74):
            pieces.append(current)
            current, size = "", 0
        current += char
        size += width
    pieces.append(current)
    return "\r\n ".join(pieces)


def catalogue_html(catalogue: Catalogue) -> str:
    from c2c.exporters import templates

    return templates.render("catalogue.html.j2", {"catalogue": catalogue, "labels": catalogue.labels,
                                                  "profile": PROFILE})
