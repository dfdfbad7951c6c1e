"""Helpers for the import tests: a store with one mission, fixture expectations, file writers."""

from __future__ import annotations

import csv
import datetime as dt
import json
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from c2c.services import clusters, missions
from c2c.services.importing import ImportOptions, ImportReport, plan_import
from c2c.store.engine import Store
from tests.factories import store_at

KEYS = ("first_name", "last_name", "email", "phone", "company", "role", "country", "pitch", "bus_stop")


def store_with_mission(db_path: Path, country: str, slug: str = "test-mission") -> Store:
    store = store_at(db_path)
    with store.session() as session:
        if clusters.find_cluster(session, "LAC") is None:
            clusters.add_cluster(session, clusters.ClusterInput("Lombardia Aerospace Cluster", "LAC", "IT"))
            clusters.add_cluster(session, clusters.ClusterInput("Aerospace Cluster Auvergne-Rhône-Alpes", "AAR", "FR"))
        missions.create_mission(session, missions.MissionInput(
            title="Test", start_date=dt.date(2018, 11, 20), slug=slug, country=country))
    return store


def plan_report(store: Store, path: Path) -> ImportReport:
    """What importing ``path`` into the test mission would do (nothing written)."""
    with store.session() as session:
        return plan_import(session, missions.get_mission(session, "test-mission"), path, ImportOptions()).report


def expected_of(data_file: Path) -> dict[str, Any]:
    return dict(json.loads(data_file.with_name(data_file.name + ".expected.json").read_text(encoding="utf-8")))


def fields(person: dict[str, Any]) -> dict[str, Any]:
    return {k: person.get(k) for k in KEYS}


def write_xlsx(path: Path, sheets: dict[str, Sequence[Sequence[Any]]], merges: Sequence[str] = ()) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(list(row))
        for merge in merges:
            sheet.merge_cells(merge)
    workbook.save(path)
    return path


def write_csv(path: Path, rows: Sequence[Sequence[Any]], encoding: str = "utf-8", delimiter: str = ",") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path


def write_ods(path: Path, sheets: dict[str, Sequence[Sequence[Any]]]) -> Path:
    """A minimal OpenDocument spreadsheet (no odfpy needed): string and float cells."""
    body = "".join(_ods_table(name, rows) for name, rows in sheets.items())
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f"<office:body><office:spreadsheet>{body}</office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", manifest)
        archive.writestr("content.xml", content)
    return path


def _ods_table(name: str, rows: Sequence[Sequence[Any]]) -> str:
    out = [f'<table:table table:name="{escape(name)}">']
    for row in rows:
        out.append("<table:table-row>")
        for value in row:
            if isinstance(value, int | float):
                out.append(f'<table:table-cell office:value-type="float" office:value="{value}"><text:p>{value}</text:p></table:table-cell>')
            elif value:
                out.append(f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}</text:p></table:table-cell>')
            else:
                out.append("<table:table-cell/>")
        out.append("</table:table-row>")
    out.append("</table:table>")
    return "".join(out)


def write_encrypted(path: Path) -> Path:
    """What Excel writes for a password-protected workbook: an OLE container with an EncryptedPackage stream.

    Only the parts the importer looks at are real: the OLE signature and the stream's name in a
    directory entry (UTF-16).
    """
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    entry = "EncryptedPackage".encode("utf-16-le") + b"\x00\x00"
    path.write_bytes(header + entry.ljust(128, b"\x00") + bytes(2048))
    return path


# A small attendee list in the shape coordinators send: Italian header under a title row.
HEADER = ["Cognome", "Nome", "Azienda", "Ruolo", "E-mail", "Cellulare", "Paese", "Pitch", "Fermata", "Esigenze alimentari"]
PEOPLE = [
    ["DE LUCA", "Giulia", "Avioparts Srl", "Project manager", "Giulia.DeLuca@Avioparts.it ", "+39 347 512 3380",
     "Italia", "no", "Milano Cadorna", ""],
    ["Rossi", "Mario", "Avioparts Srl", "CEO", "mario.rossi@avioparts.it", "0039 335 123 4567", "IT", "sì",
     "Gallarate", "vegetariano"],
    ["MARCHAL", "Benoît-Étienne", "Aérocomposites Dauphiné", "Directeur technique", "be.marchal@aerodauphine.fr",
     "06 12 45 78 90", "Francia", "oui", "", ""],
]


def attendee_rows(people: list[list[Any]] | None = None) -> list[list[Any]]:
    return [["Cluster2Cluster – Lione 2018 – elenco partecipanti"], [], HEADER, *(people or PEOPLE)]
