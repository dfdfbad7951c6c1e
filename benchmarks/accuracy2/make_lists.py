"""Build the second set of unseen attendee lists and their truth files.

Run: python -m benchmarks.accuracy2.make_lists [--out DIR]   (needs odfpy, and LibreOffice for .xls/.xlsm)
The lists are seeded: running it again writes the same people and text files (spreadsheets differ only by
their saved-at time).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from benchmarks.accuracy2 import lists_a, lists_b

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=HERE / "lists")
    directory = parser.parse_args().out
    directory.mkdir(parents=True, exist_ok=True)
    for build in lists_a.LISTS + lists_b.LISTS:
        built = build(directory)
        built.save_truth(directory)
        print(f"{built.name}: {len(built.people)} people{' (to be refused)' if built.refuse else ''}")


if __name__ == "__main__":
    main()
