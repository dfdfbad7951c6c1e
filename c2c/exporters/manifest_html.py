"""The coach manifest as a standalone, printable HTML page (templates/manifest.html.j2)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from c2c.exporters import templates

if TYPE_CHECKING:
    from c2c.exporters.manifest_shape import CoachManifest


def manifest_html(coaches: Sequence[CoachManifest], title: str, language: str, labels: Mapping[str, str]) -> str:
    """``labels`` are the catalogue of ``language`` (``c2c.services.languages.labels``)."""
    return templates.render("manifest.html.j2", {"title": title, "coaches": coaches, "language": language,
                                                 "t": labels})
