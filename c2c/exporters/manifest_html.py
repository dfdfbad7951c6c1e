"""The coach manifest as a standalone, printable HTML page (templates/manifest.html.j2)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from c2c.config import templates_dir

if TYPE_CHECKING:
    from c2c.exporters.manifest_shape import CoachManifest

TEMPLATE = "manifest.html.j2"


def render_manifest_html(coaches: Sequence[CoachManifest], title: str) -> str:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

    environment = Environment(
        loader=FileSystemLoader(str(templates_dir())),
        autoescape=select_autoescape(["html", "j2"]),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )
    return environment.get_template(TEMPLATE).render(title=title, coaches=coaches)
