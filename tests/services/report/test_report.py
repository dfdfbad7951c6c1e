"""The press report read back (HTML parser, pypdf, PNG headers), its figures checked against the store."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from pypdf import PdfReader

from c2c.config import resolve_store
from c2c.services import missions
from c2c.services.outcomes.record import OutcomeInput, outcome_rows, record_outcome
from c2c.services.report import POST_LIMIT, _post, write_report
from c2c.store.engine import backup_sqlite, open_store
from c2c.store.reading import session_reader
from tests.conftest import DemoRun

SECRET = "Private: they will never pay that"


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


@pytest.fixture(scope="module")
def written(demo_run: DemoRun, tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    folder = tmp_path_factory.mktemp("report")
    backup_sqlite(demo_run.folder / "home" / "demo.db", folder / "demo.db")
    store = open_store(resolve_store(str(folder / "demo.db")))
    with store.session() as session:
        lyon = missions.get_mission(session, "lyon-2018")
        sides = outcome_rows(session_reader(session), lyon.id or 0)
        for side in sides[:6]:
            record_outcome(session, lyon, side["meeting"], side["company"], OutcomeInput("held", "high", "nda", SECRET))
        db = session_reader(session)
        expected = {
            "people": db.rows("SELECT COUNT(*) AS n FROM participation WHERE mission_id = :m", {"m": lyon.id})[0]["n"],
            "held": len({s["meeting"] for s in sides[:6]}),
            "missions": db.rows("SELECT COUNT(*) AS n FROM mission")[0]["n"],
        }
        ref = missions.ref_of(lyon)
        files = {name: write_report(db, ref, folder / name) for name in ("report.html", "report.md", "report.pdf")}
        files["series.html"] = write_report(db, None, folder / "series.html")
    store.dispose()
    return {"files": files, "expected": expected, "folder": folder}


def test_the_html_report_quotes_the_stores_figures_with_svg_charts_and_pngs_beside(written: dict[str, object]) -> None:
    files, expected = written["files"], written["expected"]
    report = files["report.html"]  # type: ignore[index]
    page = _Page()
    page.feed(report.path.read_text(encoding="utf-8"))
    text = " ".join(" ".join(page.text).split())
    assert f"{expected['people']} entrepreneurs" in text  # type: ignore[index]
    assert f"{expected['held']} B2B meetings held" in text  # type: ignore[index]
    assert page.tags.count("svg") == 3
    assert "Companies and people per cluster" in text  # SVG text stays text
    for picture in report.pictures:
        assert picture.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
        assert picture.parent == report.path.parent
    assert SECRET not in report.path.read_text(encoding="utf-8")


def test_the_markdown_and_pdf_reports_say_the_same_and_keep_notes_private(written: dict[str, object]) -> None:
    files, expected = written["files"], written["expected"]
    markdown = files["report.md"].path.read_text(encoding="utf-8")  # type: ignore[index]
    pdf = " ".join(" ".join(p.extract_text() for p in PdfReader(files["report.pdf"].path).pages).split())  # type: ignore[index]
    for text in (markdown, pdf):
        assert f"{expected['people']} entrepreneurs" in text  # type: ignore[index]
        assert SECRET not in text
        assert "Avioparts" not in text.split("B2B meetings per company")[0]  # no company beside an interest
    assert "![B2B meetings per company](report-meetings.png)" in markdown
    assert "Le 2018-11-20 à Lyon" in markdown  # the text in the mission's language


def test_the_social_post_fits_and_the_series_covers_every_mission(written: dict[str, object]) -> None:
    files, expected = written["files"], written["expected"]
    assert all(len(w.post) <= POST_LIMIT for w in files.values())  # type: ignore[attr-defined]
    page = _Page()
    page.feed(files["series.html"].path.read_text(encoding="utf-8"))  # type: ignore[index]
    assert page.tags.count("tr") == expected["missions"] + 1  # type: ignore[index, operator]
    assert [p.name for p in files["series.html"].pictures] == ["series-timeline.png"]  # type: ignore[index]


def test_a_long_post_is_cut_at_a_word_with_an_ellipsis() -> None:
    post = _post("word " * 100)
    assert len(post) <= POST_LIMIT
    assert post.endswith("word…")


def test_a_report_refuses_other_formats(tmp_path: Path) -> None:
    from c2c.errors import InvalidInput

    with pytest.raises(InvalidInput, match=r"report.docx: a report is written as .html, .md, .pdf"):
        write_report(None, None, tmp_path / "report.docx")  # type: ignore[arg-type]
