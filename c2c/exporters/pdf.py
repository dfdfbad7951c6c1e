"""The one way c2c makes a PDF: an HTML page rendered by WeasyPrint, fonts embedded.

Every printable (catalogue, report, programme, badges, table signs) is an HTML template
first, so the page a coordinator previews in a browser and the PDF they print are the same
document. WeasyPrint is imported here only, when a PDF is asked for: ``c2c --help`` never
loads it.
"""

from __future__ import annotations

from pathlib import Path

from c2c.exporters.files import write_file


def render_pdf(html: str, *, base_url: Path | None = None) -> bytes:
    """The PDF of ``html``; relative links (images, stylesheets) resolve against ``base_url``."""
    import logging

    from weasyprint import HTML

    # WeasyPrint logs every CSS property it does not know; a coordinator has nothing to do with it
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    document = HTML(string=html, base_url=str(base_url) if base_url else None)
    pdf: bytes = document.write_pdf()
    return pdf


def write_pdf(html: str, path: Path, *, base_url: Path | None = None) -> Path:
    """Write the PDF of ``html`` to ``path`` whole or not at all."""
    return write_file(path, render_pdf(html, base_url=base_url))
