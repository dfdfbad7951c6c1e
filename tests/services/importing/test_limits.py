"""The run of text a workbook's XML holds between two tags, the measure of its longest cell."""

from __future__ import annotations

import random

import pytest

from c2c.services.importing.limits import _text_runs


def _reference(chunk: bytes, carried: int) -> tuple[int, int]:
    runs = chunk.split(b"<")
    if len(runs) == 1:
        return carried + len(chunk), carried + len(chunk)
    return max(carried + len(runs[0]), *map(len, runs)), len(runs[-1])


@pytest.mark.parametrize("seed", range(3))
def test_a_run_longer_than_the_limit_is_measured_exactly(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(500):
        chunk = b"<".join(b"x" * rng.randint(0, 40) for _ in range(rng.randint(0, 30)))
        carried, beyond = rng.randint(0, 50), rng.randint(1, 30)
        longest, open_run = _text_runs(chunk, carried, beyond)
        expected_longest, expected_open = _reference(chunk, carried)
        case = f"seed {seed}: {chunk!r}, carried {carried}, beyond {beyond}"
        assert open_run == expected_open, case
        assert (longest > beyond) == (expected_longest > beyond), case
        if expected_longest > beyond:
            assert longest == expected_longest, case
