"""Hostile workbooks made by hand, small on disk: the tests and ``benchmarks/input_bombs.py`` share them.

An xlsx is a zip of XML parts; these write the fewest parts calamine and Excel read, so each
bomb is exactly what its name says and nothing else.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
</Types>"""
_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
_WORKBOOK = """<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="Iscritti" sheetId="1" r:id="rId1"/></sheets></workbook>"""
_WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
</Relationships>"""
_SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
HEADER = ("Nome", "Cognome", "Email", "Azienda")


def _cells(number: int, values: Iterable[str]) -> str:
    return f'<row r="{number}">' + "".join(
        f'<c r="{"ABCDEFGH"[i]}{number}" t="inlineStr"><is><t>{v}</t></is></c>' for i, v in enumerate(values)) + "</row>"


def write_xlsx_parts(path: Path, rows: Iterator[str], dimension: str | None = None) -> Path:
    """An xlsx whose one sheet's XML is the ``rows`` given (streamed into the zip, compressed)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(_SHEET_HEAD.encode())
            if dimension:
                sheet.write(f'<dimension ref="{dimension}"/>'.encode())
            sheet.write(b"<sheetData>")
            for row in rows:
                sheet.write(row.encode())
            sheet.write(b"</sheetData></worksheet>")
    return path


def people(count: int) -> Iterator[str]:
    yield _cells(1, HEADER)
    for number in range(2, count + 2):
        yield _cells(number, (f"Benoît{number}", "Dupré", f"p{number}@avioparts.it", "Avioparts"))


def huge_cell_xlsx(path: Path, chars: int) -> Path:
    """Three people, one of whom has a company name ``chars`` characters long."""
    def rows() -> Iterator[str]:
        yield _cells(1, HEADER)
        yield _cells(2, ("Anna", "Rossi", "anna@aero.it", "x" * chars))
        yield _cells(3, ("Luca", "Bianchi", "luca@aero.it", "Aero"))
    return write_xlsx_parts(path, rows())


def many_rows_xlsx(path: Path, count: int) -> Path:
    return write_xlsx_parts(path, people(count))


def whole_sheet_dimension_xlsx(path: Path) -> Path:
    """Three people in a sheet whose dimension claims all 17 billion cells of a worksheet."""
    return write_xlsx_parts(path, people(3), dimension="A1:XFD1048576")


def far_cell_xlsx(path: Path) -> Path:
    """Three people and one cell in the sheet's last row and column: a dense grid would hold them all."""
    def rows() -> Iterator[str]:
        yield from people(3)
        yield '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
    return write_xlsx_parts(path, rows())
