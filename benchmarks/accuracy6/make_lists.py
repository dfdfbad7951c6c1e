"""The sixth set of unseen lists: a coordinator's inbox over a year, hand-made sheets and tool exports.

Run: python -m benchmarks.accuracy6.make_lists   (writes benchmarks/accuracy6/lists, seeded)
Each NAME.ext comes with NAME.truth.json: the mission to import it into and the people a careful
coordinator would type into c2c from it (or "refuse": a file nobody could read). README.md says why.
"""

from __future__ import annotations

import json
import random
import shutil
from collections.abc import Callable
from pathlib import Path

from .files import truncate, write_docx, write_ods
from .handmade import (
    be_wallonie,
    ch_romandie,
    de_sachsen,
    fr_bretagne,
    it_piemonte,
    mission,
    pl_slask,
)
from .people import Person
from .tools import ca_cvent, ie_surveymonkey, il_swapcard, ma_limesurvey, rs_jotform, ua_typeform

LISTS = Path(__file__).resolve().parent / "lists"
Maker = Callable[[random.Random, Path], tuple[dict[str, str], list[Person]]]
MAKERS: dict[str, Maker] = {
    "it_piemonte.xlsx": it_piemonte, "fr_bretagne.csv": fr_bretagne, "de_sachsen.xlsm": de_sachsen,
    "pl_slask.ods": pl_slask, "ch_romandie.csv": ch_romandie, "be_wallonie.tsv": be_wallonie,
    "ie_surveymonkey.xlsx": ie_surveymonkey, "ua_typeform.csv": ua_typeform, "rs_jotform.xlsx": rs_jotform,
    "ma_limesurvey.csv": ma_limesurvey, "ca_cvent.xlsx": ca_cvent, "il_swapcard.csv": il_swapcard,
}


def write_truth(path: Path, context: dict[str, str], people: list[Person] | None) -> None:
    truth = {"mission": context, "refuse": people is None,
             "people": [p.truth() for p in people or []]}
    path.with_name(path.name.split(".")[0] + ".truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def refusals(rng: random.Random) -> None:
    """A Word table renamed .xlsx, and an .ods whose download stopped half-way."""
    context = mission("CH", "AT", "Zürich", "2026-11-05", "Swiss Precision Cluster", "Mechatronik-Cluster Tirol")
    header = ["Vorname", "Nachname", "Firma", "E-Mail", "Telefon"]
    table = [header, ["Johann", "Huber", "Inntal Metall KG", "j.huber@inntal-metall.at", "0664 2345678"],
             ["Eva", "Gruber", "Alpen Composites GesmbH", "eva.gruber@alpencomposites.at", "0676 3456789"]]
    write_docx(LISTS / "refuse_word.xlsx", table)
    write_truth(LISTS / "refuse_word.xlsx", context, None)
    cut = LISTS / "refuse_cut.ods"
    write_ods(cut, table * 6)
    truncate(cut, 0.55 + rng.random() * 0.1)
    write_truth(cut, context, None)


def main() -> None:
    shutil.rmtree(LISTS, ignore_errors=True)
    LISTS.mkdir(parents=True)
    for name, make in MAKERS.items():
        path = LISTS / name
        context, people = make(random.Random(name), path)
        write_truth(path, context, people)
    refusals(random.Random("refusals"))


if __name__ == "__main__":
    main()
