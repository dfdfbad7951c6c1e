"""Files spreadsheet programs open that are not workbooks: a web page's table saved as .xls and
Excel 2003's XML Spreadsheet, sniffed by content; what is truly unreadable is still refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from c2c.services.importing.limits import LimitExceeded, Limits
from c2c.services.importing.reading import ImportFileError, read_sheets

PAGE = """<!DOCTYPE html><html><head><meta charset="windows-1250"><title>Export</title>
<style>td {{ color: red }}</style><script>var x = "<table>";</script></head>
<body><h1>Registrations &amp; guests</h1>
<table><tr><td>layout</td></tr></table>
<table><caption>Attendees</caption>
<thead><tr><th>First&nbsp;Name</th><th>Last Name</th><th colspan="2">Contact</th><th>Company</th></tr></thead>
<tr><td>Łukasz</td><td>Wróblewski</td><td>l.w@kl.pl</td><td>+48 71 335 42 17</td><td rowspan="2">Klaster &quot;Lotniczy&quot;</td></tr>
<tr><td>Jiří</td><td>Dvořák</td><td>j.d@kl.pl<br>second line</td><td></td></tr>
</table></body></html>"""

XML = """<?xml version="1.0" encoding="UTF-8"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
<Worksheet ss:Name="Teilnehmer"><Table>
<Row><Cell><Data ss:Type="String">Vorname</Data></Cell><Cell><Data ss:Type="String">Nachname</Data></Cell>
<Cell ss:Index="4"><Data ss:Type="String">Telefon</Data></Cell><Cell><Data ss:Type="String">Pitch</Data></Cell></Row>
<Row ss:Index="3"><Cell><Data ss:Type="String">Jörg</Data></Cell><Cell><Data ss:Type="String">Müller &amp; Söhne</Data></Cell>
<Cell ss:MergeDown="1"><Data ss:Type="String">Bosch</Data></Cell>
<Cell ss:Index="4"><Data ss:Type="Number">4971133542</Data></Cell><Cell><Data ss:Type="Boolean">1</Data></Cell></Row>
<Row><Cell><Data ss:Type="String">Uwe</Data></Cell><Cell><Data ss:Type="String">Weiß</Data></Cell>
<Cell ss:Index="5"><Data ss:Type="Boolean">0</Data></Cell></Row>
</Table></Worksheet></Workbook>"""


def _rows(path: Path, limits: Limits | None = None) -> list[tuple[str | None, list[tuple[int, list[str]]]]]:
    return [(sheet.name, list(sheet.rows())) for sheet in read_sheets(path, limits=limits)]


def test_a_web_page_table_saved_as_xls_reads_as_a_sheet(tmp_path: Path) -> None:
    path = tmp_path / "export.xls"
    path.write_bytes(PAGE.format().encode("cp1250"))
    sheets = _rows(path)
    assert [name for name, _ in sheets] == ["table 1", "Attendees"]
    assert sheets[1][1] == [
        (1, ["First Name", "Last Name", "Contact", "", "Company"]),
        (2, ["Łukasz", "Wróblewski", "l.w@kl.pl", "+48 71 335 42 17", 'Klaster "Lotniczy"']),
        (3, ["Jiří", "Dvořák", "j.d@kl.pl\nsecond line", "", 'Klaster "Lotniczy"']),
    ]


def test_excel_2003_xml_reads_typed_cells_where_its_indexes_put_them(tmp_path: Path) -> None:
    path = tmp_path / "teilnehmer.xls"
    path.write_text(XML, encoding="utf-8")
    assert _rows(path) == [("Teilnehmer", [
        (1, ["Vorname", "Nachname", "", "Telefon", "Pitch"]),
        (3, ["Jörg", "Müller & Söhne", "Bosch", "4971133542", "true"]),
        (4, ["Uwe", "Weiß", "Bosch", "", "false"]),
    ])]


@pytest.mark.parametrize(("text", "kind"), [
    ('<table><tr><td colspan="1000000">x</td><td>late</td></tr></table>', LimitExceeded),
    ('<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
     'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="a"><Table>'
     '<Row ss:Index="999999999"><Cell><Data ss:Type="String">far</Data></Cell></Row></Table></Worksheet></Workbook>',
     LimitExceeded),
    ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><Workbook '
     'xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet><Table><Row><Cell><Data>&lol;</Data>'
     '</Cell></Row></Table></Worksheet></Workbook>', ImportFileError),
    ("<html><body><p>No list here</p></body></html>", ImportFileError),
])
def test_hostile_or_empty_markup_is_refused_in_one_line(tmp_path: Path, text: str, kind: type[Exception]) -> None:
    path = tmp_path / "list.xls"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(kind) as refused:
        _rows(path, Limits(columns=256))
    assert "\n" not in str(refused.value)


@pytest.mark.parametrize("data", [b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", bytes(range(256)) * 8])
def test_what_no_spreadsheet_program_reads_is_still_refused(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "list.xls"
    path.write_bytes(data)
    with pytest.raises(ImportFileError) as refused:
        read_sheets(path)
    assert refused.value.kind == "not_a_spreadsheet"
