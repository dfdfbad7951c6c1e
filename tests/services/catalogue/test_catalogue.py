"""The contact catalogue in its four formats, read back with real parsers, on the demo store."""

from __future__ import annotations

from html.parser import HTMLParser

import openpyxl
import pytest
import vobject
from pypdf import PdfReader

from c2c.config import resolve_store
from c2c.services import missions
from c2c.services.catalogue import write_catalogue
from c2c.services.companies import company_rows
from c2c.services.outcomes.record import OutcomeInput, outcome_rows, record_outcome
from c2c.services.participants import PersonInput, edit_participant
from c2c.store.engine import backup_sqlite, open_store
from c2c.store.reading import session_reader
from tests.conftest import DemoRun

ROSSI = "mario.rossi@avioparts-demo.it"
SECRET = "Confidential: their price is too high"


@pytest.fixture(scope="module")
def written(demo_run: DemoRun, tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The demo store with one more person consenting and a private note, and the catalogue in each format."""
    folder = tmp_path_factory.mktemp("catalogue")
    backup_sqlite(demo_run.folder / "home" / "demo.db", folder / "demo.db")
    store = open_store(resolve_store(str(folder / "demo.db")))
    with store.session() as session:
        lyon = missions.get_mission(session, "lyon-2018")
        edit_participant(session, lyon, ROSSI, PersonInput(consent=True))
        first = outcome_rows(session_reader(session), lyon.id or 0)[0]
        record_outcome(session, lyon, first["meeting"], first["company"], OutcomeInput("held", "high", "quote", SECRET))
        people = session_reader(session).rows(
            "SELECT pe.first_name, pe.last_name, pe.consent FROM person AS pe JOIN participation AS pa "
            "ON pa.person_id = pe.id WHERE pa.mission_id = :m", {"m": lyon.id})
        companies = company_rows(session_reader(session), lyon.id or 0)
        ref = missions.ref_of(lyon)
        files = {suffix: write_catalogue(session_reader(session), ref, folder / f"catalogue{suffix}")
                 for suffix in (".xlsx", ".vcf", ".html", ".pdf")}
    store.dispose()
    return {"files": files, "people": people, "companies": companies}


def _hidden(people: list[dict[str, object]]) -> list[str]:
    return [f"{p['first_name']} {p['last_name']}" for p in people if not p["consent"]]


def test_the_workbook_lists_every_company_and_only_consenting_people(written: dict[str, object]) -> None:
    files, companies = written["files"], written["companies"]
    path = files[".xlsx"].path  # type: ignore[index]
    sheet = openpyxl.load_workbook(path).active
    assert sheet.freeze_panes == "A4"
    assert int(sheet.page_setup.paperSize) == 9  # A4
    rows = list(sheet.iter_rows(min_row=4, values_only=True))
    assert {r[1] for r in rows} == {c["name"] for c in companies}  # type: ignore[attr-defined]
    rossi = next(r for r in rows if r[8] == "Mario Rossi")
    assert (rossi[10], rossi[11]) == (ROSSI, "+39 335 123 4567")  # phone for reading, no apostrophe
    text = repr(rows)
    assert SECRET not in text
    for name in _hidden(written["people"]):  # type: ignore[arg-type]
        assert name not in text


def test_the_vcards_are_version_4_with_org_title_and_categories(written: dict[str, object]) -> None:
    path = written["files"][".vcf"].path  # type: ignore[index]
    raw = path.read_bytes()
    assert b"\r\n" in raw
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    cards = list(vobject.readComponents(raw.decode("utf-8")))
    assert len(cards) == written["files"][".vcf"].listed  # type: ignore[index]
    rossi = next(c for c in cards if c.fn.value == "Mario Rossi")
    assert rossi.version.value == "4.0"
    assert rossi.org.value == ["Avioparts Srl"]
    assert rossi.email.value == ROSSI
    assert rossi.tel.value == "tel:+393351234567"
    assert rossi.categories.value == ["Lombardia Aerospace Cluster", "lyon-2018"]
    assert rossi.adr.value.country == "Italie"  # in the mission's language: Lyon's is French


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def test_the_booklet_and_its_pdf_hold_the_same_companies_and_no_private_note(written: dict[str, object]) -> None:
    files, companies = written["files"], written["companies"]
    parser = _Text()
    parser.feed(files[".html"].path.read_text(encoding="utf-8"))  # type: ignore[index]
    html_text = " ".join(parser.parts)
    pdf_text = " ".join(page.extract_text() for page in PdfReader(files[".pdf"].path).pages)  # type: ignore[index]
    for text in (html_text, pdf_text):
        text = " ".join(text.split())  # a PDF breaks lines where the page does
        for company in companies:  # type: ignore[attr-defined]
            assert company["name"] in text
        assert "Mario Rossi" in text
        assert SECRET not in text
        for name in _hidden(written["people"]):  # type: ignore[arg-type]
            assert name not in text
