"""``c2c report``: the press and social report of a mission, or of the whole path."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from c2c.commands._common import MissionOption, reader_of
from c2c.commands._params import LANGUAGE
from c2c.errors import handle_errors
from c2c.output import info


@handle_errors
def make_report(
    ctx: typer.Context,
    out: Annotated[Path, typer.Option("--out", "-o", help="The file to write: .html (charts inside), .md or .pdf.",
                                      show_default=False)],
    mission: MissionOption = None,
    series: Annotated[bool, typer.Option("--series", help="The whole Cluster2Cluster path, mission by mission.")] = False,
    lang: Annotated[str | None, LANGUAGE.option("--lang", help="it, en, fr or de. [default: the mission's language]",
                                                show_default=False)] = None,
) -> None:
    """Write the press report: figures counted from the store, charts, a short text and a social post.

    The charts are also written beside the report as PNG files, for social media. The text
    and the post come from templates/report/, one per language. Only counts are shared:
    no company's interest, note or wish appears.

    Example:
        c2c report --mission lyon-2018 --out report.html
        c2c report --series --out path.pdf
    """
    from c2c.services import missions
    from c2c.services.report import write_report

    db = reader_of(ctx)
    target = None if series else missions.mission_ref(db, mission)
    written = write_report(db, target, out, lang)
    info(f"Wrote {written.path} and {len(written.pictures)} charts beside it ("
         + ", ".join(p.name for p in written.pictures) + ")")
    info(f"Social post ({len(written.post)} characters): {written.post}")
