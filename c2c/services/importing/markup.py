"""Lists that spreadsheet programs open but that are not workbooks: an HTML table saved as .xls
(what web tools' "Export to Excel" writes) and Excel 2003's XML Spreadsheet (SpreadsheetML).

Both are read with the standard library into the rows of text the other readers give. The kind is
sniffed from the content, never the name. The XML reader refuses any document type declaration,
so no entity is ever expanded and nothing is fetched; the row and column limits are checked while
parsing, so a far ``ss:Index`` or a huge ``colspan`` allocates nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from html.parser import HTMLParser

from c2c.services.importing.encodings import decode
from c2c.services.importing.limits import LimitExceeded, Limits

SNIFF_BYTES = 4096
SPREADSHEET_NS = "urn:schemas-microsoft-com:office:spreadsheet"
# HTML's own caps on spans (the HTML standard's table model)
MAX_COLSPAN, MAX_ROWSPAN = 1000, 65534
HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|table|style|title)\b",
                        re.IGNORECASE | re.DOTALL)
CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", re.IGNORECASE)
XML_ENCODING = re.compile(rb"""^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)""")
# Elements whose end starts a new line inside a cell
BREAKS = frozenset({"br", "p", "div", "li"})
Table = tuple[str, list[tuple[int, list[str]]]]


class UnreadableMarkup(ValueError):
    """A markup file that cannot be read; reading.py turns it into its one-line refusal."""

    def __init__(self, kind: str, message: str, hint: str) -> None:
        super().__init__(message)
        self.kind, self.message, self.hint = kind, message, hint


def markup_kind(head: bytes) -> str | None:
    """'html' or 'spreadsheetml' when the top of a file says it is one, else None."""
    if not head.lstrip(b"\xef\xbb\xbf\xff\xfe\x00 \t\r\n").startswith(b"<"):
        return None  # a text list: no need to decode its top twice
    text = decode(head[:SNIFF_BYTES])[0].lstrip("\ufeff")
    if SPREADSHEET_NS in text and re.search(r"<(?:\w+:)?Workbook\b", text):
        return "spreadsheetml"
    if HTML_START.match(text) or (text.lstrip().startswith("<") and re.search(r"<table\b", text, re.IGNORECASE)):
        return "html"
    return None


def markup_text(data: bytes, countries: Sequence[str]) -> str:
    """The text of an HTML or XML file: the charset it declares when Python knows it, else the
    same guess as for a text list (a byte order mark first)."""
    if not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        declared = XML_ENCODING.search(data[:200]) or CHARSET.search(data[:SNIFF_BYTES])
        if declared:
            try:
                return data.decode(declared[1].decode("ascii"), errors="replace")
            except LookupError:
                pass  # a charset Python does not know: guess as for a text list
    return decode(data, countries)[0]


def html_tables(text: str, limits: Limits, where: str) -> list[Table]:
    """Every table of an HTML page that holds text, as (name, numbered rows); a table inside a
    cell is a table of its own."""
    parser = _TableParser(limits, where)
    parser.feed(text)
    parser.close()
    return [(name, rows) for _, name, rows in sorted(parser.done) if any(any(cells) for _, cells in rows)]


class _TableParser(HTMLParser):
    def __init__(self, limits: Limits, where: str) -> None:
        super().__init__(convert_charrefs=True)
        self.limits, self.where = limits, where
        self.stack: list[_HtmlTable] = []
        self.done: list[tuple[int, str, list[tuple[int, list[str]]]]] = []  # (place in the page, name, rows)
        self.started = 0
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.skipping += 1
        elif tag == "table":
            self.started += 1
            self.stack.append(_HtmlTable(self.started, self.limits, self.where))
        elif self.stack:
            self.stack[-1].start(tag, dict(attrs))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skipping = max(0, self.skipping - 1)
        elif tag == "table" and self.stack:
            table = self.stack.pop()
            self.done.append((table.place, table.caption or f"table {table.place}", table.finish()))
        elif self.stack:
            self.stack[-1].end(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.stack and tag in BREAKS:
            self.stack[-1].text("\n")

    def handle_data(self, data: str) -> None:
        if self.stack and not self.skipping:
            self.stack[-1].text(data)

    def close(self) -> None:
        super().close()
        while self.stack:  # a table the page never closes ends with the page
            self.handle_endtag("table")


class _HtmlTable:
    """One table's grid: cells in row order, spans filled the way a spreadsheet shows them."""

    def __init__(self, place: int, limits: Limits, where: str) -> None:
        self.place, self.limits, self.where = place, limits, where
        self.caption = ""
        self.rows: list[tuple[int, list[str]]] = []
        self.row: list[str] | None = None
        self.cell: list[str] | None = None
        self.in_caption = False
        self.span = (1, 1)
        self.below: dict[int, tuple[str, int]] = {}  # column -> (text, rows it still covers)

    def start(self, tag: str, attrs: dict[str, str | None]) -> None:
        if tag == "tr":
            self._end_row()
            self.row = []
        elif tag in ("td", "th"):
            self._end_cell()
            if self.row is None:
                self.row = []
            self.cell = []
            self.span = (_span(attrs.get("colspan"), MAX_COLSPAN), _span(attrs.get("rowspan"), MAX_ROWSPAN))
        elif tag == "caption":
            self.in_caption = True
        elif tag in BREAKS:
            self.text("\n")

    def end(self, tag: str) -> None:
        if tag in ("td", "th"):
            self._end_cell()
        elif tag == "tr":
            self._end_row()
        elif tag == "caption":
            self.in_caption = False
        elif tag in BREAKS:
            self.text("\n")

    def text(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(data)
        elif self.in_caption:
            self.caption = " ".join((self.caption + data).split())

    def finish(self) -> list[tuple[int, list[str]]]:
        self._end_row()
        return self.rows

    def _end_cell(self) -> None:
        if self.cell is None or self.row is None:
            return
        text = _cell_text("".join(self.cell))
        self.cell = None
        self._fill_spanned()
        columns, rows = self.span
        if rows > 1:
            for offset in range(columns):
                self.below[len(self.row) + offset] = (text if offset == 0 else "", rows - 1)
        self._append(text)
        for _ in range(columns - 1):
            self._append("")

    def _fill_spanned(self) -> None:
        """The cells of rows above that span down into this one, at the row's current column."""
        assert self.row is not None
        while len(self.row) in self.below:
            text, left = self.below.pop(len(self.row))
            if left > 1:
                self.below[len(self.row)] = (text, left - 1)
            self._append(text)

    def _append(self, text: str) -> None:
        assert self.row is not None
        if len(self.row) >= self.limits.columns:
            if text:
                raise LimitExceeded(f"{self.where}, row {len(self.rows) + 1}, has more than {self.limits.columns} "
                                    "columns", hint="raise the limit with C2C_MAX_COLUMNS")
            return  # padding of a span beyond the last column c2c reads
        self.row.append(text)

    def _end_row(self) -> None:
        self._end_cell()
        if self.row is None:
            return
        self._fill_spanned()
        while self.below and max(self.below) >= len(self.row):  # spans reaching past the row's last cell
            self._append("")
            self._fill_spanned()
        self.rows.append((len(self.rows) + 1, self.row))
        self.row = None
        if len(self.rows) > self.limits.rows + 1:
            raise LimitExceeded(f"{self.where} has more than {self.limits.rows:,} rows",
                                hint="split the list, or raise the limit with C2C_MAX_ROWS")


def _span(value: str | None, cap: int) -> int:
    try:
        return min(max(int(value or 1), 1), cap)
    except ValueError:
        return 1


def _cell_text(raw: str) -> str:
    """A cell as a browser shows it: runs of spaces as one, a line per <br>."""
    lines = (" ".join(line.split()) for line in raw.split("\n"))
    return "\n".join(line for line in lines if line)


def spreadsheetml_tables(text: str, limits: Limits, where: str) -> list[Table]:
    """The worksheets of an Excel 2003 XML Spreadsheet, as (name, numbered rows)."""
    import xml.etree.ElementTree as ET

    if re.search(r"<!(?:DOCTYPE|ENTITY)", text):
        raise UnreadableMarkup("not_a_spreadsheet", f"{where} declares a document type, which no Excel XML "
                              "Spreadsheet has; c2c does not read it", hint="open it in Excel and save it as .xlsx")
    try:
        root = ET.fromstring(text.lstrip("\ufeff"))
    except ET.ParseError as exc:
        raise UnreadableMarkup("corrupt", f"{where} is damaged XML ({exc})",
                              hint="open it in Excel or LibreOffice and save it again as .xlsx") from None
    ns = f"{{{SPREADSHEET_NS}}}"
    sheets = []
    for number, sheet in enumerate(root.iter(f"{ns}Worksheet"), start=1):
        name = sheet.get(f"{ns}Name") or f"sheet {number}"
        rows = [row for table in sheet.iter(f"{ns}Table") for row in _xml_rows(table, ns, limits, f"{where}, sheet {name!r}")]
        sheets.append((name, rows))
    return sheets


def _xml_rows(table: object, ns: str, limits: Limits, where: str) -> Iterator[tuple[int, list[str]]]:
    number = 0
    down: dict[int, tuple[str, int]] = {}  # column -> (text merged down, the merge's last row)
    for row in table.iter(f"{ns}Row"):  # type: ignore[attr-defined]
        number = _index(row.get(f"{ns}Index"), number + 1, limits.rows + 1, f"{where} has a row beyond "
                        f"{limits.rows:,}", "C2C_MAX_ROWS")
        cells: list[str] = []
        for cell in row.iter(f"{ns}Cell"):
            column = _index(cell.get(f"{ns}Index"), len(cells) + 1, limits.columns,
                            f"{where}, row {number}, has a cell beyond column {limits.columns}", "C2C_MAX_COLUMNS")
            cells.extend([""] * (column - 1 - len(cells)))
            cells.append(_xml_cell(cell, ns))
            if cell.get(f"{ns}MergeDown"):  # a company merged over the rows of its people belongs to each
                down[len(cells) - 1] = (cells[-1], number + _span(cell.get(f"{ns}MergeDown"), MAX_ROWSPAN))
            across = _span(cell.get(f"{ns}MergeAcross"), MAX_COLSPAN) if cell.get(f"{ns}MergeAcross") else 0
            cells.extend([""] * min(across, max(limits.columns - len(cells), 0)))
        yield number, _merged_down(cells, down, number)


def _merged_down(cells: list[str], down: dict[int, tuple[str, int]], number: int) -> list[str]:
    for column, (text, last) in list(down.items()):
        if last < number:
            del down[column]
        elif column >= len(cells) or not cells[column]:
            cells.extend([""] * (column + 1 - len(cells)))
            cells[column] = text
    return cells


def _index(value: str | None, default: int, limit: int, message: str, variable: str) -> int:
    if not value:
        return default
    try:
        index = int(value)
    except ValueError:
        return default
    if index > limit:
        raise LimitExceeded(message, hint=f"raise the limit with {variable}")
    return max(index, default)


def _xml_cell(cell: object, ns: str) -> str:
    data = cell.find(f"{ns}Data")  # type: ignore[attr-defined]
    if data is None:
        return ""
    text = "".join(data.itertext()).strip()
    kind = data.get(f"{ns}Type")
    if kind == "Number":
        try:
            value = float(text)
        except ValueError:
            return text
        return str(int(value)) if value.is_integer() and abs(value) < 1e18 else text
    if kind == "Boolean":
        return "true" if text == "1" else "false"  # as a workbook's boolean cell reads
    if kind == "DateTime" and text.endswith("T00:00:00.000"):
        return text.removesuffix("T00:00:00.000")
    return text
