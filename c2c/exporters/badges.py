"""Name badges on sheets of the mission's paper: name, company, cluster and a QR code of the vCard.

A badge is 90 × 55 mm, the size of the common badge holders and of the perforated badge
sheets (two across, five down on A4; four down on Letter). Scanning the QR code with a phone
offers to save the person as a contact. ``segno`` (pure Python) draws it as SVG.
"""

from __future__ import annotations

from collections.abc import Sequence

from c2c.exporters import templates
from c2c.exporters.paper import Heading
from c2c.exporters.people_shape import Person
from c2c.exporters.words import words

BADGE_MM = (90.0, 55.0)
SHEET_MARGIN_MM = 10.0
_TEXT_MM = 54.0  # the badge's width left of the QR code
_POINTS_PER_MM = 72 / 25.4
# any of the eight masks reads; choosing the best one costs ~20 ms a badge in pure Python
MASK = 2


def badges_per_sheet(heading: Heading) -> tuple[int, int]:
    """Badges across and down on one sheet of the mission's paper."""
    width, height = BADGE_MM
    across = int((heading.page_width_mm - 2 * SHEET_MARGIN_MM) // width)
    down = int((heading.page_height_mm - 2 * SHEET_MARGIN_MM) // height)
    return across, down


def vcard(person: Person) -> str:
    """The person's vCard 3.0, as the QR code holds it."""
    from segno import helpers

    return str(helpers.make_vcard_data(
        name=f"{person.last_name};{person.first_name}", displayname=f"{person.first_name} {person.last_name}",
        email=person.email or None, phone=person.phone or None, org=person.company or None,
        title=person.role or None))


def badges_html(heading: Heading, people: Sequence[Person]) -> str:
    said = words(heading.language)
    across, down = badges_per_sheet(heading)
    cards = [{"person": p, "qr": _qr(p), "name_pt": _name_points(p)} for p in people]
    per_sheet = across * down
    sheets = [cards[i:i + per_sheet] for i in range(0, len(cards), per_sheet)]
    return templates.render("badges.html.j2", {
        "heading": heading.of(said["badges"]), "t": said, "sheets": sheets, "across": across,
        "badge": {"width": BADGE_MM[0], "height": BADGE_MM[1]}, "margin": SHEET_MARGIN_MM})


def _qr(person: Person) -> str:
    import segno

    # UTF-8 said outright: phones read 'Benoît' right, where the Latin-1 default reads 'BenoÃ®t'
    code = segno.make(vcard(person), encoding="utf-8", error="m", micro=False, mask=MASK)
    return str(code.svg_data_uri(border=0, dark="#000"))


def _name_points(person: Person) -> float:
    """The largest type, up to 20 pt, that fits the longer of the two names on one line."""
    longest = max(len(person.first_name), len(person.last_name), 1)
    # an average letter is about 0.6 em wide
    return round(min(20.0, _TEXT_MM * _POINTS_PER_MM / (0.6 * longest)), 1)
