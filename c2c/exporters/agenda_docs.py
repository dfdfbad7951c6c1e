"""The pitch agenda and the booklet as Markdown and HTML, from Jinja2 templates."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from c2c.exporters import files


def render_template(name: str, context: Mapping[str, Any]) -> str:
    """Render ``templates/<name>``; HTML templates escape every value."""
    from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

    from c2c.config import templates_dir

    environment = Environment(
        loader=FileSystemLoader(templates_dir()),
        autoescape=select_autoescape(enabled_extensions=("html", "html.j2"), default_for_string=False),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters["md_cell"] = _md_cell
    return environment.get_template(name).render(**context)


def _md_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        value = ", ".join(str(v) for v in value)
    # a pipe or a line break would break the Markdown table row
    return str(value).replace("|", "\\|").replace("\n", " ")


def write_text(path: Path, text: str) -> Path:
    return files.write_text(path, text)
