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
import re
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
    env.filters["md"] = md_cell
    env.filters["link"] = link
    return env


def render(name: str, context: Mapping[str, Any]) -> str:
    """Render ``templates/<name>``."""
    return environment().get_template(name).render(**context)


# what Markdown reads as markup or raw HTML: a name is printed as it is written, never as a link,
# emphasis or a <script>; a pipe or a line break would also break the table row
_MARKDOWN = re.compile(r"([\\`*_\[\]<>|#!])")
LINK_SCHEMES = ("http://", "https://", "mailto:")


def md_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        value = ", ".join(str(v) for v in value)
    return _MARKDOWN.sub(r"\\\1", str(value)).replace("\n", " ")


def link(value: Any) -> str:
    """A web or mail address that is safe as an href ('' for anything else: javascript:, data:…);
    a bare 'www.daher.com' becomes https://www.daher.com."""
    text = str(value or "").strip()
    if text.lower().startswith(LINK_SCHEMES):
        return text
    if ":" not in text and "." in text and " " not in text:
        return f"https://{text}"
    return ""
