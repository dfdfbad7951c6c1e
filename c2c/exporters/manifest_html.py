"""The coach manifest as a printable HTML page (templates/manifest.html.j2), and through it the PDF."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from c2c.exporters import templates
from c2c.exporters.paper import long_date
from c2c.exporters.words import words

if TYPE_CHECKING:
    from c2c.exporters.manifest_shape import CoachManifest
    from c2c.exporters.paper import Heading


def manifest_html(coaches: Sequence[CoachManifest], heading: Heading) -> str:
    said = words(heading.language)

    def day(iso: str) -> str:
        return long_date(dt.date.fromisoformat(iso), heading.language)

    return templates.render("manifest.html.j2", {"heading": heading.of(said["coach_manifest"]), "t": said,
                                                 "coaches": coaches, "day": day})
