"""Tables fit the terminal: short columns keep their width, text wraps, the rightmost columns give way."""

from __future__ import annotations

import pytest

from c2c.output import Column, Format, fit_widths, render
from tests.conftest import Invoke

MISSIONS = [{"slug": "francia-lombardia-2020", "date": "2020-02-20",
             "title": "Cluster2Cluster: France visits Lombardy, with Dolnośląski and Wrocław guests",
             "host": "LAC", "city": "Somma Lombardo", "companies": 16, "people": 30}] * 3
COLUMNS: list[Column[dict[str, object]]] = [Column(k.capitalize(), lambda r, k=k: r[k]) for k in MISSIONS[0]]


def test_what_fits_is_shown_as_it_is() -> None:
    assert fit_widths(["#", "Name"], [["1", "Aviometal"]], 80) == [1, 9]


def test_short_columns_keep_their_width_and_text_takes_the_rest() -> None:
    cells = [[str(v) for v in row.values()] for row in MISSIONS]
    widths = fit_widths([c.header for c in COLUMNS], cells, 100)
    assert (widths[0], widths[1], widths[4], widths[6]) == (
        len("francia-lombardia-2020"), len("2020-02-20"), len("Somma Lombardo"), len("People"))
    assert sum(widths) + 2 * (len(widths) - 1) <= 100
    assert widths[2] > widths[4]  # the title, longest, takes most of what is left


def test_the_first_column_names_the_row_and_is_never_cut() -> None:
    """A slug is typed back into the next command: the columns on the right give way before it."""
    cells = [[str(v) for v in row.values()] for row in MISSIONS]
    assert fit_widths([c.header for c in COLUMNS], cells, 80)[0] == len("francia-lombardia-2020")


def test_too_many_columns_leave_out_the_last_ones() -> None:
    widths = fit_widths([f"Column {n}" for n in range(12)], [["2018-11-20"] * 12], 80)
    assert widths == [10] * 6 + [0] * 6


@pytest.mark.parametrize("columns", ["80", "60"])
def test_a_table_in_a_narrow_terminal_never_breaks_a_date(columns: str, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("COLUMNS", columns)
    render(MISSIONS, COLUMNS, Format.table)
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert max(map(len, lines)) <= int(columns)
    assert sum("2020-02-20" in line for line in lines) == 3
    if columns == "60":
        assert err == ("Left out to fit 60 columns: City, Companies, People (widen the terminal, or use --format csv "
                       "or json for every column)\n")


def test_mission_list_reads_in_80_columns(invoke: Invoke, lyon: str) -> None:
    listed = invoke("mission", "list", env={"COLUMNS": "80"})
    lines = listed.stdout.splitlines()
    assert max(map(len, lines)) <= 80
    assert any("lyon-2018" in line and "2018-11-20" in line for line in lines)
