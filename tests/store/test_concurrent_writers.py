"""Several c2c processes writing one store at once: each waits for the write lock, none fails."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.store_dump import query

WRITERS = 3


def test_concurrent_imports_and_an_add_all_succeed(lyon: str, db_path: Path, tmp_path: Path) -> None:
    files = []
    for number in range(WRITERS):
        path = tmp_path / f"list{number}.csv"
        # every list brings the same new company, and one person of its own
        path.write_text("Nome,Cognome,Email,Azienda\n"
                        f"Benoît-Étienne{number},Dupré,be{number}@avioparts.it,Avioparts S.r.l.\n", encoding="utf-8")
        files.append(path)
    commands = [[sys.executable, "-m", "c2c", "participants", "import", str(path), "--cluster", "LAC", "-m", lyon]
                for path in files]
    commands.append([sys.executable, "-m", "c2c", "participants", "add", "--first", "Zofia", "--last", "Wrocławska",
                     "--email", "zofia@dolnoslaski.pl", "--company", "Avioparts S.r.l.", "-m", lyon])
    processes = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for command in commands]
    for process in processes:
        stderr = process.communicate()[1]
        assert "Traceback" not in stderr
        assert process.returncode == 0, (process.args[4], stderr)
    assert query(db_path, "SELECT count(*) FROM company WHERE name LIKE 'Avioparts%'") == [(1,)]
    assert query(db_path, "SELECT count(*) FROM person WHERE email LIKE 'be%@avioparts.it'") == [(WRITERS,)]
    assert query(db_path, "SELECT count(*) FROM person WHERE email = 'zofia@dolnoslaski.pl'") == [(1,)]
