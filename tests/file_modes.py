"""Files and folders the test's process may not read or write, even when the tests run as root."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def unwritable(*paths: Path) -> Iterator[str]:
    """``paths`` cannot be written, nor folders among them be added to, for the time of the block;
    yields the reason the system then gives. Root ignores modes: an immutable flag then."""
    if os.geteuid() == 0:
        if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", *map(str, paths)]).returncode:
            pytest.skip("no way to make a file read-only for root here")
        try:
            yield "Operation not permitted"
        finally:
            subprocess.run(["chattr", "-i", *map(str, paths)], check=True)
        return
    modes = {path: path.stat().st_mode for path in paths}
    for path in paths:
        path.chmod(0o500 if path.is_dir() else 0o400)
    try:
        yield "Permission denied"
    finally:
        for path, mode in modes.items():
            path.chmod(mode)


def run_without_root_reading(*args: str) -> subprocess.CompletedProcess[str]:
    """``c2c ARGS`` in a child that file modes bind: as root, without the capabilities that let
    root read and search every file (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH)."""
    command = [sys.executable, "-m", "c2c", *args]
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("root reads every file whatever its mode, and setpriv is absent to drop that right")
        command = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", *command]
    return subprocess.run(command, capture_output=True, text=True, check=False, timeout=60)
