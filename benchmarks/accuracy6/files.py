"""Writers for the sixth set: spreadsheets as their programs save them, text in the writer's code page."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

Cell = object
Rows = Sequence[Sequence[Cell]]
FIXED = dt.datetime(2026, 1, 15, 9, 30)


@dataclass
class Look:
    """What a hand-made sheet looks like beyond its values (all 1-based rows and columns)."""

    merges: Sequence[str] = ()
    bold_rows: Sequence[int] = ()
    struck_rows: Sequence[int] = ()
    hidden_columns: Sequence[str] = ()
    widths: dict[str, float] = field(default_factory=dict)
    logo: bool = False
    sheets_before: dict[str, Rows] = field(default_factory=dict)
    title: str = "Sheet1"


def write_xlsx(path: Path, rows: Rows, look: Look | None = None) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    look = look or Look()
    book = Workbook()
    book.remove(book.active)
    for name, other in look.sheets_before.items():
        sheet = book.create_sheet(name)
        for row in other:
            sheet.append(list(row))
    sheet = book.create_sheet(look.title)
    for row in rows:
        sheet.append(list(row))
    for cells in look.merges:
        sheet.merge_cells(cells)
    for number in look.bold_rows:
        for cell in sheet[number]:
            cell.font = Font(bold=True)
    for number in look.struck_rows:
        for cell in sheet[number]:
            cell.font = Font(strike=True, color="FF808080")
    for letter in look.hidden_columns:
        sheet.column_dimensions[letter].hidden = True
    for letter, width in look.widths.items():
        sheet.column_dimensions[letter].width = width
    if look.logo:
        sheet.add_image(_logo(), "A1")
    book.properties.created = book.properties.modified = FIXED
    book.save(path)
    repack(path)


def _logo() -> object:
    from openpyxl.drawing.image import Image
    from PIL import Image as Picture, ImageDraw

    picture = Picture.new("RGB", (140, 44), "white")
    ImageDraw.Draw(picture).rectangle((4, 4, 136, 40), outline="navy", width=3)
    ImageDraw.Draw(picture).text((18, 16), "CLUSTER LOGO", fill="navy")
    data = io.BytesIO()
    picture.save(data, format="PNG")
    data.seek(0)
    return Image(data)


def make_macro_enabled(path: Path) -> None:
    """Excel's .xlsm: the same package, its workbook part declared macro-enabled."""
    repack(path, {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml":
                  "application/vnd.ms-excel.sheet.macroEnabled.main+xml"})


def repack(path: Path, replace: dict[str, str] | None = None) -> None:
    """The package again with fixed dates, so that the same seed writes the same bytes."""
    with zipfile.ZipFile(path) as source:
        parts = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w") as target:
        for info, data in parts:
            if info.filename == "[Content_Types].xml":
                text = data.decode()
                for old, new in (replace or {}).items():
                    text = text.replace(old, new)
                data = text.encode()
            if info.filename == "docProps/core.xml":  # openpyxl stamps the time of saving
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-01-15T09:30:00Z", data)
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
            fixed.compress_type = info.compress_type
            target.writestr(fixed, data)


def write_ods(path: Path, rows: Rows) -> None:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    table = Table(name="Arkusz1")
    for row in rows:
        line = TableRow()
        for value in row:
            if value is None or value == "":
                line.addElement(TableCell())
            elif isinstance(value, int | float):
                cell = TableCell(valuetype="float", value=value)
                cell.addElement(P(text=str(value)))
                line.addElement(cell)
            else:
                cell = TableCell(valuetype="string")
                for text in str(value).split("\n"):
                    cell.addElement(P(text=text))
                line.addElement(cell)
        table.addElement(line)
    document.spreadsheet.addElement(table)
    document.save(str(path))
    repack(path)


def write_text(path: Path, rows: Rows, *, delimiter: str, encoding: str, quote_all: bool = False,
               line_end: str = "\r\n") -> None:
    """A text list as Excel, LibreOffice or a web tool saves it (utf-8-sig and utf-16 write their BOM)."""
    text = io.StringIO()
    writer = csv.writer(text, delimiter=delimiter, lineterminator=line_end,
                        quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
    for row in rows:
        writer.writerow(["" if value is None else value for value in row])
    path.write_bytes(text.getvalue().encode(encoding))


def write_docx(path: Path, rows: Rows) -> None:
    """A Word document with the list as a table (sent instead of the spreadsheet, renamed)."""
    def cell(text: object) -> str:
        escaped = str(text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return f"<w:tc><w:p><w:r><w:t xml:space=\"preserve\">{escaped}</w:t></w:r></w:p></w:tc>"

    table = "".join("<w:tr>" + "".join(cell(value) for value in row) + "</w:tr>" for row in rows)
    namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        "word/document.xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{namespace}">'
            f'<w:body><w:p><w:r><w:t>Teilnehmerliste</w:t></w:r></w:p><w:tbl>{table}</w:tbl>'
            '</w:body></w:document>'),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(zipfile.ZipInfo(name, date_time=FIXED.timetuple()[:6]), data)


def truncate(path: Path, keep: float) -> None:
    """A download cut off: only the first part of the bytes arrived."""
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
