"""The registry of dimensions a generated list is composed from, each with its choices.

A dimension's first choice is its plain one, used whenever the dimension is not switched on.
Switches are written ``"dimension"`` (every choice) or ``"dimension:choice"`` (that choice), so a
test can switch on what passes today and keep apart, with a reason, what does not yet.
"""

from __future__ import annotations

import random
from collections.abc import Collection
from dataclasses import dataclass


@dataclass(frozen=True)
class Dimension:
    name: str
    choices: tuple[str, ...]
    about: str

    @property
    def plain(self) -> str:
        return self.choices[0]


_ALL = (
    Dimension("format", ("xlsx", "xlsm", "ods", "xls", "csv", "tsv", "html_xls", "spreadsheetml"),
              "file format (xls through LibreOffice; a web page's table saved as .xls; Excel 2003 XML as .xml)"),
    Dimension("encoding", ("utf-8", "utf-8-sig", "utf-16", "cp1252", "code_page"),
              "text lists: encoding (cp1252, or any code page of Europe and its neighbours, when it holds the text)"),
    Dimension("delimiter", (",", ";"), "csv: the delimiter"),
    Dimension("header.language", ("one", "mixed"), "one language for every header, or one per column"),
    Dimension("header.spelling", ("first", "any"), "the usual spelling of each header, or any of its spellings"),
    Dimension("header.case", ("as_typed", "upper", "lower"), "headers in capitals or lower case"),
    Dimension("header.bare_name", ("no", "yes"), "'Name | Vorname': the bare word for name heads the surname"),
    Dimension("header.shape", ("one_row", "group_row", "bilingual"),
              "a group row merged over the field row, or bilingual cells 'Pays / Paese'"),
    Dimension("header.europe", ("no", "yes"),
              "headers in the other languages of Europe and its neighbours, bare or as questions ('Adınız', "
              "'Hvor stiger du på bussen?', 'Phone 1 - Value')"),
    Dimension("columns.decoys", ("none", "kind", "owner", "form_account"),
              "columns beside the attendee's own: a value's kind ('Phone 1 - Type'), a CRM's contact owner, a "
              "form's account columns ('Timestamp', 'Email address') when the form asks for the attendee's own"),
    Dimension("columns.order", ("standard", "shuffled"), "column order"),
    Dimension("columns.subset", ("all", "some"), "every column, or the names and a random few"),
    Dimension("layout.title", ("none", "title_rows"), "title rows and a blank row above the header"),
    Dimension("layout.start_column", ("A", "later"), "the table starts in column A or further right"),
    Dimension("layout.blank_rows", ("none", "between", "before_short_rows"),
              "blank rows between people: above rows of three cells or more, or above any row"),
    Dimension("layout.footer", ("none", "total", "total_split", "note"), "a total or a note under the list"),
    Dimension("names.layout", ("two_columns", "full_given_first", "full_surname_first"),
              "first and last name in two columns, or one full-name column in either order"),
    Dimension("names.case", ("title", "upper_surname", "all_caps", "all_lower"), "how names are capitalised"),
    Dimension("names.particles", ("none", "particles", "particles_in_capitals", "apostrophes"),
              "surnames with particles (lower-case ones in capitals: DEL RÍO) or apostrophes"),
    Dimension("phone.style", ("international", "e164", "national", "zero_zero", "trunk_in_brackets", "dots", "dashes",
                              "number_cell", "number_cell_lost_plus"),
              "how phone numbers are written (a number cell that lost its trunk 0, or the '+' of its country code)"),
    Dimension("phone.extra", ("none", "extension", "second_number"),
              "an extension after the number in the list's words, or a second number in the same cell"),
    Dimension("names.note", ("none", "role_in_brackets", "role_on_second_line"),
              "one full-name column carrying the person's job: in brackets after the name, or on the cell's second line"),
    Dimension("country.style", ("alpha2", "alpha3", "name_list_language", "name_own_language", "name_english", "flag"),
              "country as an ISO code, a name (CLDR, through Babel) or a flag emoji"),
    Dimension("pitch.style", ("words", "marks", "numbers", "boolean_cell", "blank_for_no", "free_text"),
              "yes/no answers: words, tick marks, 1/0, real boolean cells, a blank for no, a form's free-text "
              "sentence ('Ja, gerne', 'No thanks', and 'Maybe' for no answer yet)"),
    Dimension("email.style", ("plain", "mixed_case", "spaces", "angle_brackets", "mailto", "pasted", "invisible",
                              "two_addresses", "in_name_cell"),
              "how e-mails are written: pasted from a mail program (';' or quotes around), a zero-width or "
              "no-break space inside, a private address after the work one, or in the name cell "
              "('Anna Berg <anna@firm.se>') with the e-mail column empty"),
    Dimension("company.style", ("plain", "legal_form", "variants"),
              "company names, with a legal form, or written differently on each row"),
    Dimension("duplicates", ("none", "same_row"), "the same person twice"),
    Dimension("values.missing", ("none", "some"), "empty cells for optional fields"),
    Dimension("layout.sheets", ("one", "per_company"),
              "workbooks: one sheet, or one sheet per company with the company written only above its table "
              "('Azienda: Avioparts Srl', or the label and the value in two cells)"),
    Dimension("names.surnames", ("one", "two"),
              "Spanish and Portuguese people: one surname, or two ('García López') after one or two given names"),
    Dimension("role.layout", ("own_column", "under_company"),
              "the job in its own column, or on a second line under the company in a column named for both "
              "('Firma / Funktion')"),
    Dimension("layout.per_row", ("one", "two_per_company"),
              "one person a row, or two people of one company side by side in one row ('Azienda | Partecipante 1 "
              "| Partecipante 2', the person's columns repeated)"),
    Dimension("text.row_ends", ("padded", "ragged"),
              "text lists: every row as wide as the table, as spreadsheet programs save them, or each row "
              "ending at its last filled cell, as a hand-edited file (an empty row an empty line)"),
)
DIMENSIONS: dict[str, Dimension] = {d.name: d for d in _ALL}


def check_switches(switches: Collection[str]) -> None:
    """Every switch names a dimension (and one of its choices): a typo must not switch nothing."""
    for switch in switches:
        name, _, choice = switch.partition(":")
        assert name in DIMENSIONS, f"unknown dimension {name!r}"
        assert not choice or choice in DIMENSIONS[name].choices, f"{name} has no choice {choice!r}"


def allowed_choices(dimension: Dimension, enabled: Collection[str], pending: Collection[str]) -> list[str]:
    """The choices a case may take: the plain one always; another when switched on and not pending."""
    return [c for c in dimension.choices if c == dimension.plain or _switched_on(dimension.name, c, enabled, pending)]


def _switched_on(name: str, choice: str, enabled: Collection[str], pending: Collection[str]) -> bool:
    named = f"{name}:{choice}"
    if named in enabled:
        return True
    return name in enabled and named not in pending and name not in pending


def choose(rng: random.Random, enabled: Collection[str], pending: Collection[str]) -> dict[str, str]:
    """One choice per dimension."""
    return {name: rng.choice(allowed_choices(d, enabled, pending)) for name, d in DIMENSIONS.items()}
