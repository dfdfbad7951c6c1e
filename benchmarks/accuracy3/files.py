"""Writing sheets as the tools write them: xlsx (openpyxl), ods (odfpy), csv in a given encoding, and truths."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

SAVED = dt.datetime(2026, 1, 5, 9, 0)
Cell = Any
Rows = list[list[Cell]]


def write_xlsx(path: Path, sheets: list[tuple[str, Rows]], widths: int = 18) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append([None if cell == "" else cell for cell in row])
        for cells in sheet.iter_rows():
            for cell in cells:
                if isinstance(cell.value, dt.datetime):
                    cell.number_format = "dd/mm/yyyy hh:mm:ss"
        for column in sheet.columns:
            sheet.column_dimensions[column[0].column_letter].width = widths
    book.properties.created = book.properties.modified = SAVED  # the same bytes on every run
    book.save(path)
    stamp_zip(path)


def write_ods(path: Path, sheets: list[tuple[str, Rows]]) -> None:
    from odf.opendocument import OpenDocumentSpreadsheet  # type: ignore[import-untyped]
    from odf.table import Table, TableCell, TableRow  # type: ignore[import-untyped]
    from odf.text import P  # type: ignore[import-untyped]

    doc = OpenDocumentSpreadsheet()
    for title, rows in sheets:
        table = Table(name=title)
        for row in rows:
            table_row = TableRow()
            for value in row:
                if value is None or value == "":
                    table_row.addElement(TableCell())
                    continue
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    cell = TableCell(valuetype="float", value=value)
                else:
                    cell = TableCell(valuetype="string")
                cell.addElement(P(text=str(value)))
                table_row.addElement(cell)
            table.addElement(table_row)
        doc.spreadsheet.addElement(table)
    doc.save(str(path))
    stamp_zip(path)


def stamp_zip(path: Path) -> None:
    """Give every member of a saved workbook one date, so that rebuilding the set changes no byte."""
    import re
    import zipfile

    with zipfile.ZipFile(path) as source:
        members = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w") as target:
        for info, data in members:
            if info.filename == "docProps/core.xml":  # openpyxl writes the time of saving there
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + SAVED.isoformat().encode() + b"Z", data)
            fixed = zipfile.ZipInfo(info.filename, date_time=SAVED.timetuple()[:6])
            fixed.compress_type, fixed.external_attr = info.compress_type, info.external_attr
            target.writestr(fixed, data)


def write_csv(path: Path, rows: Rows, *, encoding: str = "utf-8", delimiter: str = ",", bom: bool = False,
              quote_all: bool = False) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n",
                        quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
    for row in rows:
        writer.writerow(["" if cell is None else cell for cell in row])
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + buffer.getvalue().encode(encoding))


def write_truth(path: Path, mission: dict[str, str], people: list[dict[str, object]], refuse: bool = False) -> None:
    truth = {"mission": mission, "refuse": refuse, "people": people}
    path.write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
