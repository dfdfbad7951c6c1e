"""The one Jinja environment: every HTML and Markdown document c2c writes comes from here.

HTML templates (``*.html.j2``) escape every value, so a company called ``<script>`` prints
as text. Markdown templates (``*.md.j2``) are not HTML-escaped (``&`` stays ``&``); their table
cells go through the ``md_cell`` filter, which escapes what would break a table row. An
undefined name is an error, not an empty string. Templates come from
``c2c.config.templates_dir()``, in a source checkout and in an installed wheel alike; a file
of the same name under ``c2c.config.user_templates_dir()`` (the coordinator's edit) wins.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jinja2 import Environment


def environment() -> Environment:
    from c2c.config import templates_dir, user_templates_dir

    return _environment((str(user_templates_dir()), str(templates_dir())))


@functools.cache
def _environment(folders: tuple[str, ...]) -> Environment:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

    env = Environment(
        loader=FileSystemLoader(list(folders)),
        autoescape=select_autoescape(enabled_extensions=("html", "html.j2"), disabled_extensions=("md", "md.j2"),
                                     default_for_string=False, default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md_cell"] = md_cell
    return env


def render(name: str, context: Mapping[str, Any]) -> str:
    """Render ``templates/<name>``."""
    return environment().get_template(name).render(**context)


def md_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        value = ", ".join(str(v) for v in value)
    # a pipe or a line break would break the Markdown table row
    return str(value).replace("|", "\\|").replace("\n", " ")
