from pathlib import Path

from pypdf import PdfReader

from c2c.exporters.pdf import write_pdf


def test_a_pdf_keeps_every_accent_and_can_be_read_back(tmp_path: Path) -> None:
    html = "<html><body><h1>Benoît-Étienne Dolnośląski</h1><p>Wrocław</p></body></html>"
    path = write_pdf(html, tmp_path / "page.pdf")
    text = PdfReader(path).pages[0].extract_text()
    assert "Benoît-Étienne Dolnośląski" in text
    assert "Wrocław" in text
