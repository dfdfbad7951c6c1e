"""Writing an output file: its folder made first, and a disk error told in one line, not a traceback."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from c2c.errors import InvalidInput


@contextmanager
def writing(path: Path) -> Iterator[Path]:
    """Make ``path``'s folder, then let the block write the file; an OSError becomes ``InvalidInput``."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        yield path
    except OSError as exc:
        raise InvalidInput(f"cannot write {path}: {exc.strerror or exc}") from None


def write_text(path: Path, text: str, encoding: str = "utf-8") -> Path:
    with writing(path):
        path.write_text(text, encoding=encoding)
    return path
