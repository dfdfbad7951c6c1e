"""A .csv file for people to open in a spreadsheet program."""

from __future__ import annotations

from pathlib import Path

from c2c.errors import InvalidInput


def write_csv_file(path: Path, text: str) -> Path:
    """Write CSV text made with ``to_csv(…, for_spreadsheet=True)``.

    With a BOM, as ``participants export`` writes it: Excel reads the file as UTF-8 only then,
    so 'Mécanique' does not turn into 'MÃ©canique'.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8-sig")
    except OSError as exc:
        raise InvalidInput(f"cannot write {path}: {exc.strerror or exc}") from None
    return path
