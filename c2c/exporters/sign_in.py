"""A sign-in sheet per delegation: each expected person on a line tall enough to sign."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from c2c.exporters import templates
from c2c.exporters.paper import Heading
from c2c.exporters.people_shape import Person
from c2c.exporters.words import words

SIGNING_ROW_POINTS = 30  # about 11 mm: room for a signature


class Delegation(Protocol):
    @property
    def cluster(self) -> str | None: ...
    @property
    def people(self) -> Sequence[Person]: ...


def _what(heading: Heading, delegation: Delegation) -> str:
    said = words(heading.language)
    return f"{said['sign_in']} — {delegation.cluster or said['no_cluster']}"


def sign_in_html(heading: Heading, delegations: Sequence[Delegation]) -> str:
    said = words(heading.language)
    sheets = [(heading.of(_what(heading, d)), d.people) for d in delegations]
    return templates.render("sign_in.html.j2", {"heading": heading.of(said["sign_in"]), "t": said, "sheets": sheets})


def sign_in_workbook(heading: Heading, delegations: Sequence[Delegation]) -> bytes:
    """A sheet per delegation, set up to print like the PDF."""
    from openpyxl import Workbook
    from openpyxl.styles import Border, Font, Side

    from c2c.exporters.cells import fill
    from c2c.exporters.xlsx_print import (
        fit_columns,
        set_up_page,
        sheet_name,
        workbook_bytes,
        write_heading,
    )

    said = words(heading.language)
    workbook = Workbook()
    workbook.remove(workbook.active)
    used: set[str] = set()
    line = Side(style="thin")
    for delegation in delegations or []:
        sheet_heading = heading.of(_what(heading, delegation))
        sheet = workbook.create_sheet(sheet_name(delegation.cluster or said["no_cluster"], used, said["sign_in"]))
        header_row = write_heading(sheet, sheet_heading)
        for column, key in enumerate(("name", "company", "role", "signature"), start=2):
            sheet.cell(header_row, column, said[key]).font = Font(bold=True)
        for number, person in enumerate(delegation.people, start=1):
            row = header_row + number
            sheet.cell(row, 1, number)
            for column, value in enumerate((person.name, person.company, person.role), start=2):
                fill(sheet.cell(row, column), value)
        # at most 24 characters a column: the sheet prints portrait at full size, long names wrap
        fit_columns(sheet, header_row + 1, widest=24)
        sheet.column_dimensions["A"].width = 4
        sheet.column_dimensions["E"].width = 24
        for row in range(header_row, header_row + len(delegation.people) + 1):
            if row > header_row:
                sheet.row_dimensions[row].height = max(sheet.row_dimensions[row].height or 0, SIGNING_ROW_POINTS)
            for column in range(1, 6):
                sheet.cell(row, column).border = Border(top=line, bottom=line, left=line, right=line)
        set_up_page(sheet, sheet_heading, header_row)
    if not workbook.sheetnames:
        workbook.create_sheet(said["sign_in"])["A1"] = said["nobody"]
    return workbook_bytes(workbook)
