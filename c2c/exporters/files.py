"""The one way c2c writes a file: whole or not at all, and a disk error told in one line.

The content goes to a temporary file beside the target, which then replaces it
(``os.replace`` is atomic on one file system): a full disk or a killed process leaves the
previous file as it was, never half a workbook or half a calendar, and no temporary file
behind.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from c2c.errors import InvalidInput


def write_file(path: Path, content: bytes | str, *, encoding: str = "utf-8") -> Path:
    """Write ``content`` to ``path``, making its folder first; an OSError becomes ``InvalidInput``."""
    data = content.encode(encoding) if isinstance(content, str) else content
    # created with open() rather than mkstemp, so the file gets the usual permissions (umask), not 0600
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            with temporary.open("xb") as handle:
                handle.write(data)
            os.replace(temporary, path)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise InvalidInput(f"cannot write {path}: {exc.strerror or exc}") from None
    return path

