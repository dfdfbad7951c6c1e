"""Writes tests/data/import_legacy.xls, an Excel 97-2003 attendee list (run once; needs xlwt).

The .xls is committed because no maintained library writes that format any more; this
script documents exactly what it holds. Usage: pip install xlwt && python tests/data/make_import_legacy_xls.py
"""

from pathlib import Path

import xlwt

book = xlwt.Workbook(encoding="utf-8")
sheet = book.add_sheet("Teilnehmer")
sheet.write_merge(0, 0, 0, 5, "Cluster2Cluster – Nidwalden 2018")
sheet.write(1, 0, "Liste der Teilnehmenden")
for col, name in enumerate(["Vorname", "Nachname", "E-Mail", "Handy", "Firma", "Pitch"]):
    sheet.write(3, col, name)
rows = [
    ["Reto", "VON MATT", "Reto.vonMatt@PILATUS-TEILE.EXAMPLE", "079 555 12 34", "Pilatus Teile AG", "Y"],
    ["Benoît", "Guignard", "b.guignard@jura-precision.example", "+41 32 555 66 77", "Jura Précision SA", "N"],
    ["Ursula", "SCHÄFER", "", 795551100, "Engelberg Composites GmbH", "ja"],
]
for r, values in enumerate(rows, start=4):
    for c, value in enumerate(values):
        sheet.write(r, c, value)
book.save(str(Path(__file__).with_name("import_legacy.xls")))
