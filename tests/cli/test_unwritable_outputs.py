"""Every command that writes a file, pointed into a folder it may not write to: one line, exit 1."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import Invoke
from tests.file_modes import unwritable

# each writer of c2c, with the file (or folder) it is asked to write; OUT stands for that path,
# LIST for an attendee list with one row to reject
WRITERS = {
    "participants import --errors": ("participants import LIST --cluster LAC --skip-invalid --errors OUT", "rejected.csv"),
    "participants export": ("participants export --out OUT", "people.xlsx"),
    "participants badges": ("participants badges --out OUT", "badges.html"),
    "participants sign-in": ("participants sign-in --out OUT", "sign-in.xlsx"),
    "program list": ("program list --out OUT", "programme.xlsx"),
    "pitches agenda": ("pitches agenda --out OUT", "agenda.xlsx"),
    "pitches booklet": ("pitches booklet --out OUT", "booklet.html"),
    "bus manifest": ("bus manifest --out OUT", "manifest.csv"),
    "b2b show": ("b2b show --out OUT", "b2b.xlsx"),
    "b2b outcome import --template": ("b2b outcome import --template OUT", "feedback.xlsx"),
    "catalogue": ("catalogue --out OUT", "contacts.vcf"),
    "report": ("report --out OUT", "report.md"),
    "calendar export": ("calendar export --out OUT", "calendars"),
    "mail agendas": ("mail agendas --out OUT", "mails"),
    "db backup": ("db backup OUT", "backup.db"),
    "db copy": ("db copy --to OUT", "copy.db"),
}


@pytest.mark.parametrize("command", WRITERS)
def test_a_writer_that_may_not_write_says_so_in_one_line(invoke: Invoke, demo_db: Path, tmp_path: Path,
                                                         command: str) -> None:
    line, name = WRITERS[command]
    folder = tmp_path / "locked"
    folder.mkdir()
    out = folder / name
    attendees = tmp_path / "iscritti.csv"
    attendees.write_text("Nome,Cognome,Email\nAnna,Rossi,anna@aero.it\nLuca,Bianchi,not-an-email\n", encoding="utf-8")
    args = [{"OUT": str(out), "LIST": str(attendees)}.get(word, word) for word in line.split()]
    with unwritable(folder) as reason:
        result = invoke("--db", str(demo_db), *args, *([] if args[0] == "db" else ["-m", "lyon-2018"]))
    assert result.exit_code == 1, result.output
    *skipped_rows, error = result.stderr.splitlines()
    assert all(line.startswith("Skipped: ") for line in skipped_rows), result.stderr
    assert error.startswith(("Error: cannot write ", "Error: cannot create ")), result.stderr
    assert error.endswith(reason), result.stderr
    assert str(out) in error or str(folder) in error, result.stderr
    assert os.listdir(folder) == []
