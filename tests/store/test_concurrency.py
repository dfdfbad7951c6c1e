"""Several c2c processes writing one SQLite store at once: each waits for the write lock, none fails."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

WRITERS = 4


def test_concurrent_imports_and_adds_all_succeed(lyon: str, db_path: Path, tmp_path: Path) -> None:
    files = []
    for number in range(WRITERS):
        path = tmp_path / f"list{number}.csv"
        # every list brings the same new company, and one person of its own
        path.write_text("Nome,Cognome,Email,Azienda\n"
                        f"Benoît-Étienne{number},Dupré,be{number}@avioparts.it,Avioparts S.r.l.\n", encoding="utf-8")
        files.append(path)
    commands = [[sys.executable, "-m", "c2c", "participants", "import", str(path), "--cluster", "LAC", "-m", lyon]
                for path in files]
    commands += [[sys.executable, "-m", "c2c", "participants", "add", "--first", "Zofia", "--last",
                  "Wrocławska", "--email", "zofia@dolnoslaski.pl", "--company", "Dolnośląski Klaster", "-m", lyon]
                 for _ in range(2)]
    processes = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for command in commands]
    results = [(process.wait(), process.stderr.read() if process.stderr else "") for process in processes]
    for code, stderr in results:
        assert "Traceback" not in stderr
        assert code in (0, 4), stderr  # the second add of one person is a clean conflict at worst
    assert sum(code == 0 for code, _ in results) >= WRITERS + 1
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT count(*) FROM company WHERE name LIKE 'Avioparts%'").fetchone() == (1,)
        assert connection.execute("SELECT count(*) FROM person WHERE email LIKE 'be%@avioparts.it'").fetchone() == (WRITERS,)
        assert connection.execute("SELECT count(*) FROM person WHERE email = 'zofia@dolnoslaski.pl'").fetchone() == (1,)
    connection.close()
