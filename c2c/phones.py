"""The one phone rule: read a number in a default region, store it as E.164, show it formatted.

Every phone (participants typed or imported, coach drivers) is stored as ``+393331234567``;
every output shows ``+39 333 123 4567`` through ``format_phone``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from c2c.parsing import InvalidValue

DEFAULT_REGION = "IT"  # Cluster2Cluster's home: a national number with no country is Italian

_PUNCTUATION = re.compile(r"[\s().\-/]")
# regions whose national numbers are simple to read without a full parse: country code and
# whether a leading 0 is a trunk prefix to drop (Italy keeps its 0: the full parser handles it)
_SIMPLE_REGIONS = {"FR": (33, True), "DE": (49, True), "CH": (41, True), "AT": (43, True), "BE": (32, True),
                   "NL": (31, True), "PL": (48, False), "ES": (34, False), "IT": (39, False)}


# an extension after the number, in whatever word the writer's language uses for it ('kl. 30',
# 'poste 184', 'Durchwahl 12', 'wew. 5', 'int. 30', 'ext 12', after a comma too): a word, then a few digits, at the end
_EXTENSION = re.compile(r"^(?P<number>.*\d[\s)]*?)[\s,;]*(?:[^\W\d_]{1,12}\.?|#)\s*:?\s*\d{1,6}$")
# between two numbers in one cell ('mobile / office'): a separator no number is written with, or a
# slash or dash with spaces around it ('06-30/123 4567' is one Hungarian number)
_BETWEEN_NUMBERS = re.compile(r"\s*[;,|\n]\s*|\s+[/–-]\s+|\s+(?:[^\W\d_]{1,4})\s+(?=[+(\d])")


# two numbers with an extension each fit well within this ('+39 02 1234 5678 int. 30 / +39 333 123 4567')
LONGEST_CELL = 80


def parse_phone(text: str, region: str | None = None, *others: str | None) -> str:
    """E.164; a national number is read in ``region`` (Italy when None), and when it is no number
    of that country (wrong length or prefix for its numbering plan), in each of ``others`` in
    turn: the person's own country first, then the mission's. '(0)' and '00' are understood. A
    number a spreadsheet kept as a number has lost its leading 0 ('0224913836' -> 224913836):
    when it fits no country as it is, it is read with the 0 put back. An extension is not dialled
    from abroad and is left out; of two numbers in one cell, the first is the person's."""
    text = text.strip()
    if len(text) > LONGEST_CELL:  # no phone cell is that long; the patterns below would take seconds on it
        return _parse_one(text, region, *others)
    number = _first_number(text)
    found = _EXTENSION.match(number)
    if found:
        number = found.group("number")
    try:
        return _parse_one(number, region, *others)
    except InvalidValue:
        if number == text:
            raise
        return _parse_one(text, region, *others)


def _first_number(text: str) -> str:
    """The first of two numbers written in one cell ('0954 136 898 / 02 350 298 72'); pieces of
    fewer than 8 digits are parts of one number ('02 - 1234567')."""
    if not _BETWEEN_NUMBERS.search(text):
        return text
    pieces = [part for part in _BETWEEN_NUMBERS.split(text) if sum(c.isdigit() for c in part) >= 8]
    return pieces[0] if len(pieces) > 1 else text


def _parse_one(text: str, region: str | None = None, *others: str | None) -> str:
    text = text.strip()
    if text.startswith("00"):
        text = "+" + text[2:]
    if text.startswith("+"):  # an international number says its own country
        first = region or next((r for r in others if r), DEFAULT_REGION)
        return _read(text.replace("(0)", ""), first)
    regions = list(dict.fromkeys(r for r in (region, *others) if r)) or [DEFAULT_REGION]
    possible: str | None = None
    refusal: InvalidValue | None = None
    for where in regions:
        fitting: list[str] = []
        for candidate in _readings(text, where):
            try:
                number = _read(candidate, where)
            except InvalidValue as exc:
                refusal = refusal or exc
                continue
            if _in_numbering_plan(number):
                fitting.append(number)
            possible = possible or number
        if fitting:
            return _most_valid(fitting)
    if possible is not None:
        return possible  # no country's plan knows it, but it has the digits of one: kept as read first
    assert refusal is not None
    raise refusal


def _most_valid(numbers: list[str]) -> str:
    """Of readings that all fit the plan (digits with and without the lost 0 or '+'), the one the
    full validation accepts, a mobile first: an attendee list gives the person's mobile, and
    '4915123455823' is +49 1512 3455823, not a number of Leer (0491); '3902123456' is a mobile
    (390), not Milan's +39 02 123456. The full check runs only then, being slow on long lists."""
    if len(set(numbers)) == 1:
        return numbers[0]
    import phonenumbers

    mobile = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)
    parsed = [(number, phonenumbers.parse(number, None)) for number in numbers]
    valid = [(number, found) for number, found in parsed if phonenumbers.is_valid_number(found)]
    return next((number for number, found in valid if phonenumbers.number_type(found) in mobile),
                valid[0][0] if valid else numbers[0])


def _readings(text: str, region: str) -> tuple[str, ...]:
    """The text, and for bare digits (a number cell) the text with the leading 0 it lost; digits
    that start with the region's calling code may be an international number that lost its '+'
    ('4561605068' in a Danish list is +45 61 60 50 68): of the readings that fit, the first the full
    check finds valid is taken."""
    if not text.isdigit() or text.startswith("0"):
        return (text,)
    if text.startswith(_calling_code(region)):
        return text, "0" + text, "+" + text
    return text, "0" + text


@lru_cache(maxsize=512)
def _calling_code(region: str) -> str:
    import phonenumbers

    return str(phonenumbers.country_code_for_region(region) or "-")


def _read(text: str, region: str) -> str:
    import phonenumbers

    quick = _quick_e164(_PUNCTUATION.sub("", text), region)
    if quick is not None:
        return quick
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        raise InvalidValue(f"not a phone number: {text!r}") from None
    if not phonenumbers.is_possible_number(number):
        raise InvalidValue(f"not a phone number: {text!r} has the wrong number of digits")
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


@lru_cache(maxsize=4096)
def format_phone(number: str | None) -> str | None:
    """'+393331234567' -> '+39 333 123 4567' for reading; anything else is shown as stored."""
    if not number or not number.startswith("+"):
        return number
    import phonenumbers

    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return number
    return str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL))


def _quick_e164(digits: str, region: str) -> str | None:
    """The common shapes without a full parse (4x faster on big lists); None to take the long way."""
    if digits.startswith("+"):
        return _international(digits)
    simple = _SIMPLE_REGIONS.get(region)
    if simple is None or not digits.isdigit():
        return None
    code, trunk_zero = simple
    if code == 39 and digits.startswith("0") and not digits.startswith("00"):
        # an Italian landline keeps its 0 after the country code: 02 1234 5678 -> +39 02 1234 5678
        return f"+39{digits}" if _possible_length(code, len(digits)) else None
    national = digits[1:] if trunk_zero and digits.startswith("0") else digits
    # digits that may start with the country code are left to phonenumbers' own judgement
    if not national or national.startswith(("0", str(code))):
        return None
    return f"+{code}{national}" if _possible_length(code, len(national)) else None


def _international(digits: str) -> str | None:
    if len(digits) < 4 or not digits[1:].isdigit():
        return None
    code = _country_code(digits[1:4])
    if code is None:
        return None
    national = digits[1 + len(code):]
    # a leading 0 is a trunk prefix to drop, or Italy's own: the full parser knows which
    if not national or national.startswith("0"):
        return None
    return f"+{code}{national}" if _possible_length(int(code), len(national)) else None


def _in_numbering_plan(e164: str) -> bool:
    """Does the national part fit its country's numbering plan (phonenumbers' general pattern)?
    A regex per country, far cheaper than a full validation of every number of a long list."""
    code = _country_code(e164[1:4])
    if code is None:
        return False
    pattern = _plan(int(code))
    return pattern is not None and pattern.fullmatch(e164[1 + len(code):]) is not None


@lru_cache(maxsize=4096)  # a list's numbers start with a few dozen distinct digits
def _country_code(digits: str) -> str | None:
    """The calling code the digits after '+' start with (codes are prefix-free): '39', or None."""
    import phonenumbers

    return next((digits[:size] for size in (1, 2, 3)
                 if digits[:size].isdigit() and int(digits[:size]) in phonenumbers.COUNTRY_CODE_TO_REGION_CODE), None)


@lru_cache(maxsize=512)
def _plan(code: int) -> re.Pattern[str] | None:
    import phonenumbers

    region = phonenumbers.region_code_for_country_code(code)
    metadata = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(code, region)
    pattern = metadata.general_desc.national_number_pattern if metadata and metadata.general_desc else None
    return re.compile(pattern) if pattern else None


@lru_cache(maxsize=4096)
def _possible_length(code: int, length: int) -> bool:
    """phonenumbers' 'possible number' test only looks at the country and the number's length."""
    import phonenumbers

    return bool(phonenumbers.is_possible_number(phonenumbers.PhoneNumber(country_code=code, national_number=int("1" * length))))
