"""The coach manifest as a standalone, printable HTML page (templates/manifest.html.j2)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from c2c.config import templates_dir

if TYPE_CHECKING:
    from c2c.services.buses import ManifestCoach

TEMPLATE = "manifest.html.j2"


def render_manifest_html(coaches: list[ManifestCoach], title: str) -> str:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

    environment = Environment(
        loader=FileSystemLoader(str(templates_dir())),
        autoescape=select_autoescape(["html", "j2"]),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )
    return environment.get_template(TEMPLATE).render(title=title, coaches=coaches)
