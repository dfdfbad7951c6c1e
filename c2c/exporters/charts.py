"""Charts for the report, as SVG (inside the HTML) and PNG (beside it, for social media).

matplotlib is imported here only, when a report is written: it costs about half a second,
which no other command should pay. The Agg backend draws without a display; SVG text stays
text (searchable, selectable, and read back by the tests).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

COLOURS = ("#1f4e79", "#e07b39", "#5b9e47", "#9e4770", "#6c757d")


@dataclass(frozen=True)
class Chart:
    name: str  # the PNG's file name part
    title: str
    svg: str
    png: bytes


@dataclass(frozen=True)
class Bars:
    """Bars of one or more series over the same labels."""

    name: str
    title: str
    labels: Sequence[str]
    series: dict[str, Sequence[int]]
    horizontal: bool = False


@dataclass(frozen=True)
class Lines:
    """Series over time (missions in date order)."""

    name: str
    title: str
    labels: Sequence[str]
    series: dict[str, Sequence[int]]


_DRAWN: dict[str, Chart] = {}  # the same figures make the same chart: a report written as .html, .md and .pdf draws once


def draw(spec: Bars | Lines) -> Chart:
    key = repr(spec)
    if key not in _DRAWN:
        _DRAWN[key] = _draw(spec)
    return _DRAWN[key]


def _draw(spec: Bars | Lines) -> Chart:
    # the object API, not pyplot: pyplot loads a GUI backend machinery that a file needs none of
    import matplotlib
    from matplotlib.figure import Figure

    # text stays text in the SVG; a fixed salt: the same data draws the same SVG
    with matplotlib.rc_context({"svg.fonttype": "none", "font.family": "DejaVu Sans", "font.size": 10,
                                "svg.hashsalt": "c2c"}):
        figure = Figure(figsize=(7.2, max(3.2, 0.32 * len(spec.labels)) if _horizontal(spec) else 3.6))
        axes = figure.subplots()
        _plot(axes, spec)
        axes.set_title(spec.title, loc="left", fontweight="bold")
        axes.spines[["top", "right"]].set_visible(False)
        figure.tight_layout()
        return Chart(spec.name, spec.title, _save(figure, "svg").decode("utf-8"), _save(figure, "png"))


def _horizontal(spec: Bars | Lines) -> bool:
    return isinstance(spec, Bars) and spec.horizontal


def _plot(axes: Any, spec: Bars | Lines) -> None:
    positions = list(range(len(spec.labels)))
    if isinstance(spec, Lines):
        for colour, (label, values) in zip(COLOURS, spec.series.items(), strict=False):
            axes.plot(positions, values, marker="o", color=colour, label=label)
        axes.set_xticks(positions, spec.labels, rotation=30, ha="right")
    else:
        width = 0.8 / max(1, len(spec.series))
        for index, (colour, (label, values)) in enumerate(zip(COLOURS, spec.series.items(), strict=False)):
            shifted = [p + (index - (len(spec.series) - 1) / 2) * width for p in positions]
            bars = (axes.barh if spec.horizontal else axes.bar)(shifted, values, width, color=colour, label=label)
            axes.bar_label(bars, padding=2, fontsize=8)
        if spec.horizontal:
            axes.set_yticks(positions, spec.labels)
            axes.invert_yaxis()
        else:
            axes.set_xticks(positions, spec.labels)
    if not _horizontal(spec):
        axes.yaxis.get_major_locator().set_params(integer=True)  # people and meetings come whole
    if len(spec.series) > 1:
        axes.legend(frameon=False)


def _save(figure: Any, fmt: str) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format=fmt, dpi=150, metadata={"Date": None} if fmt == "svg" else None)
    return buffer.getvalue()
