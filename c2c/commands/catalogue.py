"""``c2c catalogue``: the contact catalogue of a mission, or of the whole path."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from c2c.commands._common import MissionOption, reader_of
from c2c.commands._params import LANGUAGE
from c2c.errors import handle_errors
from c2c.output import info


@handle_errors
def make_catalogue(
    ctx: typer.Context,
    out: Annotated[Path, typer.Option("--out", "-o", help="The file to write: .xlsx, .vcf (vCard 4.0), .html or .pdf.",
                                      show_default=False)],
    mission: MissionOption = None,
    series: Annotated[bool, typer.Option("--series", help="Every company ever met on the Cluster2Cluster path.")] = False,
    lang: Annotated[str | None, LANGUAGE.option("--lang", help="it, en, fr or de. [default: the mission's language]",
                                                show_default=False)] = None,
) -> None:
    """Write the contact catalogue: every company grouped by cluster, with its profile and people.

    Only people who agreed to share their details (participants edit --consent, or a consent
    column in the attendee list) are named; the others are counted under their company.

    Example:
        c2c catalogue --mission lyon-2018 --out catalogue.pdf
        c2c catalogue --series --out contacts.vcf
    """
    from c2c.services import missions
    from c2c.services.catalogue import write_catalogue

    db = reader_of(ctx)
    target = None if series else missions.mission_ref(db, mission)
    written = write_catalogue(db, target, out, lang)
    info(f"Wrote {written.path}: {written.companies} companies, {written.listed} people listed"
         + (f", {written.withheld} without consent (company only)" if written.withheld else ""))
