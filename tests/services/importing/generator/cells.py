"""How one true value is written into a cell, in each style of its dimension."""

from __future__ import annotations

import random
import re
from functools import cache

from tests.services.importing.generator.vocabulary import FREE_TEXT, MARKS, YES_NO

Cell = str | int | bool | None


def name_cells(first: str, last: str, layout: str, case: str) -> list[str]:
    """The name columns' cells: [first, last], or one full name in the layout's order."""
    if case == "upper_surname":
        last = _capitals(last)
    elif case == "all_caps":
        first, last = _capitals(first), _capitals(last)
    elif case == "all_lower":
        first, last = first.lower(), last.lower()
    if layout == "full_given_first":
        return [f"{first} {last}"]
    if layout == "full_surname_first":
        return [f"{last} {first}"]
    return [first, last]


def _capitals(text: str) -> str:
    # 'WEISS' cannot say whether it was Weiß or Weiss: a capital sharp s can
    return text.replace("ß", "ẞ").upper()


def email_cell(email: str, style: str, first: str, last: str) -> str:
    if style == "mixed_case":
        local, _, domain = email.partition("@")
        return f"{local.title()}@{domain.capitalize()}"
    if style == "spaces":
        return f" {email} "
    if style == "angle_brackets":
        return f"{first} {last} <{email}>"
    if style == "mailto":
        return f"mailto:{email}"
    if style == "pasted":  # as a mail program's address field copies it
        return f"{email};" if len(email) % 3 == 0 else f"'{email}'," if len(email) % 3 == 1 else f'"{first} {last}" <{email}>;'
    if style == "invisible":  # copied from a web page: a zero-width space inside, a no-break space after
        local, _, domain = email.partition("@")
        return f"{local}\u200b@{domain}\u00a0"
    if style == "two_addresses":  # the work address first, the private one after (the first is kept)
        return f"{email}; {first.lower()[:1]}{last.lower()[:3]}@gmail.com"
    return email


def phone_cell(e164: str, style: str, readable_nationally: bool) -> Cell:
    """The number as people write it; a national form only when the importer can know its country."""
    import phonenumbers

    number = phonenumbers.parse(e164, None)
    international = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    significant = str(number.national_number)
    if style == "e164":
        return e164
    if style == "zero_zero":
        return "00" + international[1:]
    if style == "trunk_in_brackets" and national.startswith("0") and not significant.startswith("0"):
        code, _, rest = international.partition(" ")
        return f"{code} (0){rest}"
    if style in ("dots", "dashes"):
        mark = "." if style == "dots" else "-"
        base = national if readable_nationally else international
        return re.sub(r"[\s\-()]+", mark, base).strip(mark)
    if style == "national" and readable_nationally:
        return national
    if style == "number_cell" and readable_nationally and re.sub(r"\D", "", national).lstrip("0") == significant:
        return int(significant)
    if style == "number_cell_lost_plus" and readable_nationally:
        return int(e164[1:])
    return international


def country_cell(code: str, style: str, list_language: str, own_language: str) -> str:
    if style == "flag":  # two regional indicator letters
        return "".join(chr(0x1F1E6 + ord(letter) - ord("A")) for letter in code)
    if style == "alpha3":
        return _alpha3(code)
    language = {"name_list_language": list_language, "name_own_language": own_language,
                "name_english": "en"}.get(style)
    return territory_name(language, code) if language else code


@cache
def territory_name(language: str, code: str) -> str:
    from babel import Locale

    return str(Locale.parse(language).territories[code])


@cache
def _alpha3(code: str) -> str:
    import pycountry

    return str(pycountry.countries.get(alpha_2=code).alpha_3)


def pitch_cell(rng: random.Random, answer: bool, style: str, language: str) -> Cell:
    if style == "marks":
        return rng.choice(MARKS[0]) if answer else rng.choice(MARKS[1])
    if style == "numbers":
        return int(answer)
    if style == "boolean_cell":
        return answer
    if style == "blank_for_no":
        return "x" if answer else None
    if style == "free_text":
        yes, no = FREE_TEXT[language][:2]
        return rng.choice(yes if answer else no)
    yes, no = YES_NO[language]
    return rng.choice(yes if answer else no)


def undecided_cell(rng: random.Random, language: str) -> str:
    """A free-text answer that is not one yet: the pitch stays unknown."""
    return rng.choice(FREE_TEXT[language][2])
