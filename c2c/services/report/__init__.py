"""The press and social report of a mission, or of the whole path: figures, charts, a short
text and a social post, from templates people can edit (``templates/report/``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from c2c.errors import InvalidInput
from c2c.services.report.figures import MissionFigures, SeriesPoint, mission_figures, series_points

if TYPE_CHECKING:
    from c2c.exporters.charts import Bars, Chart, Lines
    from c2c.services.missions import MissionRef
    from c2c.store.reading import Reader

SUFFIXES = (".html", ".md", ".pdf")
LANGUAGES = ("en", "it", "fr", "de")
POST_LIMIT = 280


@dataclass(frozen=True)
class Written:
    path: Path
    pictures: list[Path]
    post: str


def write_report(db: Reader, mission: MissionRef | None, out: Path, lang: str | None = None) -> Written:
    """The report as ``out``'s suffix says (.html with SVG charts, .md, .pdf), PNGs of the charts beside it."""
    from c2c.exporters import templates
    from c2c.exporters.charts import draw
    from c2c.exporters.files import write_file

    suffix = out.suffix.lower()
    if suffix not in SUFFIXES:
        raise InvalidInput(f"{out.name}: a report is written as {', '.join(SUFFIXES)}")
    context = _context(db, mission, lang)
    charts = [draw(spec) for spec in _chart_specs(context)]
    pictures = [out.with_name(f"{out.stem}-{chart.name}.png") for chart in charts]
    context |= {"charts": [_shown(chart, picture) for chart, picture in zip(charts, pictures, strict=True)]}
    context["text"] = templates.render(f"report/text.{context['lang']}.md.j2", context).strip()
    context["post"] = _post(templates.render(f"report/post.{context['lang']}.md.j2", context))
    for chart, picture in zip(charts, pictures, strict=True):
        write_file(picture, chart.png)
    if suffix == ".md":
        write_file(out, templates.render("report/report.md.j2", context))
    elif suffix == ".html":
        write_file(out, templates.render("report/report.html.j2", context))
    else:
        from c2c.exporters.pdf import write_pdf

        write_pdf(templates.render("report/report.html.j2", context), out)
    return Written(out, pictures, context["post"])


def _context(db: Reader, mission: MissionRef | None, lang: str | None) -> dict[str, Any]:
    language = lang or (mission.language if mission else "en")
    language = language if language in LANGUAGES else "en"
    if mission is None:
        points = series_points(db)
        if not points:
            raise InvalidInput("no missions yet", hint="c2c mission new")
        people = db.rows("SELECT COUNT(DISTINCT person_id) AS n FROM participation "
                         "WHERE status NOT IN ('cancelled', 'no-show')")[0]["n"]
        return {"series": True, "lang": language, "points": points, "f": None,
                "title": "Cluster2Cluster", "totals": _totals(points) | {"people": people}}
    figures = mission_figures(db, mission.id)
    if not figures.people:
        raise InvalidInput(f"{mission.slug} has nobody taking part yet", hint="c2c participants import FILE")
    return {"series": False, "lang": language, "f": figures, "title": figures.title, "points": [],
            "regions": _regions(figures)}


def _regions(figures: MissionFigures) -> list[str]:
    return [c.region or c.name for c in figures.clusters if c.name != "—"]


def _totals(points: list[SeriesPoint]) -> dict[str, int]:
    return {"missions": len(points), "meetings": sum(p.meetings for p in points), "leads": sum(p.leads for p in points)}


def _chart_specs(context: dict[str, Any]) -> list[Bars | Lines]:
    from c2c.exporters.charts import Bars, Lines

    if context["series"]:
        points: list[SeriesPoint] = context["points"]
        return [Lines("timeline", "Cluster2Cluster", [p.slug for p in points],
                      {"people": [p.people for p in points], "companies": [p.companies for p in points],
                       "B2B meetings": [p.meetings for p in points], "leads": [p.leads for p in points]})]
    f: MissionFigures = context["f"]
    specs: list[Bars | Lines] = [
        Bars("clusters", "Companies and people per cluster", [c.short for c in f.clusters],
             {"companies": [c.companies for c in f.clusters], "people": [c.people for c in f.clusters]})]
    if f.per_company:
        specs.append(Bars("meetings", "B2B meetings per company", [name for name, _ in f.per_company],
                          {"meetings": [n for _, n in f.per_company]}, horizontal=True))
    if any(f.interest.values()):
        specs.append(Bars("interest", "Interest after the meetings", list(f.interest), {"sides": list(f.interest.values())}))
    return specs


def _shown(chart: Chart, picture: Path) -> dict[str, Any]:
    from markupsafe import Markup

    svg = chart.svg[chart.svg.index("<svg"):]  # inline: without the XML prologue and doctype
    return {"title": chart.title, "svg": Markup(svg), "png": picture.name}  # noqa: S704 - matplotlib's own SVG


def _post(text: str) -> str:
    """One line under the limit: cut at a word, with an ellipsis, if the template says more."""
    post = " ".join(text.split())
    if len(post) <= POST_LIMIT:
        return post
    return post[:POST_LIMIT - 1].rsplit(" ", 1)[0] + "…"
