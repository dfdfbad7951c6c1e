"""Rows struck through in an Excel workbook: a coordinator strikes out who cancelled rather than
deleting the row, and the readers of cell values (python-calamine) do not see formatting.

Only the workbook's XML is read (``zipfile`` and regular expressions): the styles first, and the
sheets only when some cell style strikes its text through, so a workbook without one costs a
read of ``xl/styles.xml``. A row counts as struck when every filled cell of it is.
"""

from __future__ import annotations

import html
import re
import zipfile
from pathlib import Path, PurePosixPath

_FONTS = re.compile(rb"<(?:\w+:)?fonts\b[^>]*>(.*?)</(?:\w+:)?fonts>", re.DOTALL)
_FONT = re.compile(rb"<(?:\w+:)?font\b[^>]*?(?:/>|>(.*?)</(?:\w+:)?font>)", re.DOTALL)
_STRIKE = re.compile(rb"<(?:\w+:)?strike\b(?![^>]*\bval=\"(?:0|false)\")[^>]*>")
_CELL_XFS = re.compile(rb"<(?:\w+:)?cellXfs\b[^>]*>(.*?)</(?:\w+:)?cellXfs>", re.DOTALL)
_XF = re.compile(rb"<(?:\w+:)?xf\b([^>]*)")
_FONT_ID = re.compile(rb"\bfontId=\"(\d+)\"")
_SHEET = re.compile(rb"<(?:\w+:)?sheet\b([^>]*)/?>")
_NAME = re.compile(rb"\bname=\"([^\"]*)\"")
_RELATION_ID = re.compile(rb"\br:id=\"([^\"]*)\"|\b\w+:id=\"([^\"]*)\"")
_RELATIONSHIP = re.compile(rb"<(?:\w+:)?Relationship\b([^>]*)/?>")
_ID = re.compile(rb"\bId=\"([^\"]*)\"")
_TARGET = re.compile(rb"\bTarget=\"([^\"]*)\"")
_ROW = re.compile(rb"<(?:\w+:)?row\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?row>)", re.DOTALL)
_ROW_NUMBER = re.compile(rb"\br=\"(\d+)\"")
_CELL = re.compile(rb"<(?:\w+:)?c\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)", re.DOTALL)
_STYLE = re.compile(rb"\bs=\"(\d+)\"")
_VALUE = re.compile(rb"<(?:\w+:)?(?:v|t)\b[^>]*>[^<]")


def struck_rows(path: Path) -> dict[str, frozenset[int]]:
    """Sheet name -> the numbers of its rows whose every filled cell is struck through; empty
    when the file is no workbook, or no cell style strikes through."""
    try:
        with zipfile.ZipFile(path) as archive:
            struck_styles = _struck_styles(archive)
            if not struck_styles:
                return {}
            return {name: rows for name, part in _sheet_parts(archive).items()
                    if (rows := _struck_in(archive.read(part), struck_styles))}
    except (zipfile.BadZipFile, KeyError, OSError, EOFError):
        return {}  # the cells' reader says what is wrong with the file


def _struck_styles(archive: zipfile.ZipFile) -> frozenset[bytes]:
    styles = archive.read("xl/styles.xml")
    fonts = _FONTS.search(styles)
    xfs = _CELL_XFS.search(styles)
    if fonts is None or xfs is None:
        return frozenset()
    struck_fonts = {str(i).encode() for i, font in enumerate(_FONT.finditer(fonts.group(1)))
                    if font.group(1) and _STRIKE.search(font.group(1))}
    if not struck_fonts:
        return frozenset()
    return frozenset(str(i).encode() for i, xf in enumerate(_XF.finditer(xfs.group(1)))
                     if (font := _FONT_ID.search(xf.group(1))) and font.group(1) in struck_fonts)


def _sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> its part in the zip, through the workbook's relationships."""
    targets: dict[bytes, str] = {}
    for relation in _RELATIONSHIP.finditer(archive.read("xl/_rels/workbook.xml.rels")):
        found_id, found_target = _ID.search(relation.group(1)), _TARGET.search(relation.group(1))
        if found_id and found_target:
            part = found_target.group(1).decode()
            targets[found_id.group(1)] = part.lstrip("/") if part.startswith("/") else str(PurePosixPath("xl", part))
    parts: dict[str, str] = {}
    for sheet in _SHEET.finditer(archive.read("xl/workbook.xml")):
        name, link = _NAME.search(sheet.group(1)), _RELATION_ID.search(sheet.group(1))
        if name and link and (target := targets.get(link.group(1) or link.group(2))):
            parts[_unescape(name.group(1).decode("utf-8"))] = target
    return parts


def _struck_in(sheet: bytes, struck_styles: frozenset[bytes]) -> frozenset[int]:
    rows = set()
    for row in _ROW.finditer(sheet):
        number = _ROW_NUMBER.search(row.group(1))
        styles = [style.group(1) if (style := _STYLE.search(cell.group(1))) else b""
                  for cell in _CELL.finditer(row.group(2) or b"") if cell.group(2) and _VALUE.search(cell.group(2))]
        if number and styles and all(style in struck_styles for style in styles):
            rows.add(int(number.group(1)))
    return frozenset(rows)


def _unescape(text: str) -> str:
    return html.unescape(text)
