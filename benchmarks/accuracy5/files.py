"""Writers of the lists in each format, and of their truth files."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import zipfile
from collections.abc import Sequence
from pathlib import Path

from benchmarks.accuracy5.people import Person

HERE = Path(__file__).resolve().parent
LISTS = HERE / "lists"


def write_csv(path: Path, rows: Sequence[Sequence[object]], encoding: str = "utf-8", delimiter: str = ",",
              bom: bool = False) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(
        [["" if v is None else v for v in row] for row in rows])
    data = buffer.getvalue().encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)


def write_xlsx(path: Path, rows: Sequence[Sequence[object]], sheet: str = "Sheet1", date_format: str | None = None) -> None:
    from openpyxl import Workbook

    book = Workbook()
    ws = book.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    if date_format:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, dt.datetime):
                    cell.number_format = date_format
    book.save(path)
    fixed_zip_times(path)


def write_ods(path: Path, rows: Sequence[Sequence[object]], sheet: str = "Sheet1") -> None:
    from odf.opendocument import OpenDocumentSpreadsheet  # type: ignore[import-untyped]
    from odf.table import Table, TableCell, TableRow  # type: ignore[import-untyped]
    from odf.text import P  # type: ignore[import-untyped]

    doc = OpenDocumentSpreadsheet()
    table = Table(name=sheet)
    for row in rows:
        tr = TableRow()
        for value in row:
            if isinstance(value, (int, float)):
                cell = TableCell(valuetype="float", value=value)
                cell.addElement(P(text=str(value)))
            elif value in (None, ""):
                cell = TableCell()
            else:
                cell = TableCell(valuetype="string")
                for line in str(value).split("\n"):
                    cell.addElement(P(text=line))
            tr.addElement(cell)
        table.addElement(tr)
    doc.spreadsheet.addElement(table)
    doc.save(str(path))
    fixed_zip_times(path)


def write_html_table(path: Path, rows: Sequence[Sequence[object]], title: str) -> None:
    """What web tools save as "Excel": an HTML table with an .xls name."""
    from html import escape

    head = "".join(f"<th>{escape(str(v))}</th>" for v in rows[0])
    body = "\n".join("<tr>" + "".join(f"<td>{escape('' if v is None else str(v))}</td>" for v in row) + "</tr>"
                     for row in rows[1:])
    path.write_text(f"""<html xmlns:x="urn:schemas-microsoft-com:office:excel">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{escape(title)}</title></head>
<body><table border="1">
<tr>{head}</tr>
{body}
</table></body></html>
""", encoding="utf-8")


def save_truth(name: str, mission: dict[str, str], people: list[Person], refuse: bool = False) -> None:
    truth = {"mission": mission, "refuse": refuse, "people": [p.truth() for p in people]}
    (LISTS / f"{name}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n",
                                              encoding="utf-8")


def mission(host: str, host_cluster: str, guest: str, guest_cluster: str, city: str, date: str) -> dict[str, str]:
    return {"host": host, "host_cluster": host_cluster, "guest": guest, "guest_cluster": guest_cluster,
            "city": city, "date": date}


def territory(lang: str, code: str) -> str:
    from babel import Locale

    return str(Locale.parse(lang).territories[code])


def fixed_zip_times(path: Path) -> None:
    """Stamp every member of a zip with one date, so the same list is the same bytes on every run."""
    with zipfile.ZipFile(path) as archive:
        members = [(info, archive.read(info)) for info in archive.infolist()]
    with zipfile.ZipFile(path, "w") as archive:
        for info, data in members:
            info.date_time = (2026, 1, 1, 0, 0, 0)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the time of saving
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2026-01-01T00:00:00Z", data)
            archive.writestr(info, data)
