"""A .csv file for people to open in a spreadsheet program."""

from __future__ import annotations

from pathlib import Path

from c2c.exporters.files import write_text


def write_csv_file(path: Path, text: str) -> Path:
    """Write CSV text made with ``to_csv(…, for_spreadsheet=True)``.

    With a BOM, as ``participants export`` writes it: Excel reads the file as UTF-8 only then,
    so 'Mécanique' does not turn into 'MÃ©canique'.
    """
    return write_text(path, text, encoding="utf-8-sig")
