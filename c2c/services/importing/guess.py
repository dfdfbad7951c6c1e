"""A column no header synonym names ('Kontakt', 'Recapito', '@', a blank header) guessed from what
its cells hold: e-mail addresses, phone numbers, countries, yes/no answers.

A guess needs most of the column's filled cells (``SHARE``) to be of one kind, and only takes a
field no header has named. Phones are read by phonenumbers, countries by ``c2c.countries``: a
column of postcodes, VAT numbers, dates or seat numbers is no phone column, a column of yes/no
answers ('no', 'si' are also country codes) no country column.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from c2c.countries import country_code
from c2c.parsing import InvalidValue
from c2c.services.importing.headers import ColumnMap, header_fields, header_key, names_no_field
from c2c.services.importing.normalise import normalise_yes_no, split_mailbox
from c2c.text import fold

SHARE = 0.8
# 'Title', 'Titre', 'Titolo' head a column of job titles as often as one of salutations (M., Mme,
# Dott.): the cells decide
TITLE_WORDS = frozenset({"title", "titre", "titel", "titolo", "tytul", "titulo", "titul", "job title"})
MIN_VALUES = 2
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_PHONE_CHARS = re.compile(r"^(\+|00)?[\d\s().\-/]+$")
_DATE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")
_BARE_DIGITS = re.compile(r"^\d+$")
MIN_PHONE_DIGITS, MAX_PHONE_DIGITS = 7, 15


@dataclass(frozen=True)
class Guess:
    column: int
    name: str
    share: float


def guess_fields(columns: Sequence[tuple[int, str]], rows: Sequence[Sequence[str]], taken: set[str],
                 regions: Sequence[str | None]) -> tuple[list[Guess], list[int]]:
    """The fields of the unnamed ``columns`` (index, header) that their cells in ``rows`` show, each
    field at most once and none of ``taken``; and the columns of yes/no answers left unguessed
    because nothing says which question they answer."""
    guesses: dict[str, Guess] = {}
    answers: list[tuple[int, str]] = []
    for index, header in columns:
        if header and names_no_field(header_key(header)):  # a form's 'Start language', a 'Contact owner'
            continue
        values = [cell.strip() for row in rows if index < len(row) and (cell := row[index]) and not cell.isspace()]
        if len(values) < MIN_VALUES:
            continue
        if "role" not in taken and fold(header) in TITLE_WORDS and _job_titles(values):
            guesses["role"] = Guess(index, "role", 1.0)
            continue
        name, share = _kind(values, regions)
        if name == "pitch":
            answers.append((index, header))
            continue
        if name is None or name in taken:
            continue
        best = guesses.get(name)
        if best is None or share > best.share:
            guesses[name] = Guess(index, name, share)
    found = sorted(guesses.values(), key=lambda g: g.column)
    # a yes/no column is the pitch only when it is the one such column and its header says nothing
    # ('Cena', 'Hotel' answer other questions)
    if len(answers) == 1 and "pitch" not in taken and not any(ch.isalpha() for ch in answers[0][1]):
        return [*found, Guess(answers[0][0], "pitch", 1.0)], []
    return found, [index for index, _ in answers]


def _kind(values: list[str], regions: Sequence[str | None]) -> tuple[str | None, float]:
    checks: tuple[tuple[str, Callable[[str], bool]], ...] = (
        ("email", _is_email), ("pitch", _is_answer), ("country", _is_country),
        ("phone", lambda text: _is_phone(text, regions)),
    )
    for name, check in checks:
        share = sum(1 for value in values if check(value)) / len(values)
        if share >= SHARE and (name != "phone" or _phones_not_codes(values, regions)):
            return name, share
    return None, 0.0


def _is_email(text: str) -> bool:
    return _EMAIL.match(text) is not None


def _is_answer(text: str) -> bool:
    from c2c.parsing import InvalidValue
    from c2c.services.importing.normalise import normalise_yes_no

    if _BARE_DIGITS.match(text):  # 1/0 columns are as often counts as answers
        return False
    try:
        return normalise_yes_no(text) is not None
    except InvalidValue:
        return False


def _is_country(text: str) -> bool:
    return not any(ch.isdigit() for ch in text) and country_code(text, every_language=False) is not None


def _is_phone(text: str, regions: Sequence[str | None]) -> bool:
    return _phone_type(text, regions) is not None


def _phone_type(text: str, regions: Sequence[str | None]) -> int | None:
    """phonenumbers' type of a valid number in one of ``regions`` (or international), else None."""
    if not _PHONE_CHARS.match(text) or _DATE.match(text):
        return None
    if not MIN_PHONE_DIGITS <= sum(ch.isdigit() for ch in text) <= MAX_PHONE_DIGITS:
        return None
    import phonenumbers

    from c2c.phones import DEFAULT_REGION

    text = "+" + text[2:] if text.startswith("00") else text
    for region in dict.fromkeys((*(r for r in regions if r), DEFAULT_REGION)):
        try:
            number = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return int(phonenumbers.number_type(number))
    return None


def _phones_not_codes(values: list[str], regions: Sequence[str | None]) -> bool:
    """Bare digits all of one length (VAT numbers, customer codes) pass as phones only when most
    of them are mobiles: a mobile column typed as numbers is common, a code column of mobiles is not."""
    if not all(_BARE_DIGITS.match(v) for v in values) or len({len(v) for v in values}) > 1:
        return True
    from phonenumbers import PhoneNumberType

    mobile = (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE)
    return sum(1 for v in values if _phone_type(v, regions) in mobile) >= SHARE * len(values)


def _job_titles(values: Sequence[str]) -> bool:
    """Job titles ('Directrice des ventes', 'VD', 'Inköpschef'), not salutations or degrees (M.,
    Mme, Dott., Dr.-Ing.): most cells are no salutation, and they are words, not abbreviations."""
    salutations = sum(1 for v in values if _SALUTATION.match(v))
    mean_length = sum(len(v) for v in values) / len(values)
    return salutations * 2 < len(values) and mean_length >= 5


# a salutation or a degree: one short word, often with a dot ('Mme', 'Sig.ra', 'Dr.-Ing.', 'Dipl.-Kfm.')
_SALUTATION = re.compile(r"^(?:[^\W\d_]{1,5}\.?(?:[-.][^\W\d_]{1,5}\.?)*|[^\W\d_]+\.)$")


# the fields whose cells show whether a column holds them; a column of one value repeated on every
# row is nobody's own name, address or phone (the account that filled a form in, an event's name)
_OWN = ("email", "phone", "first_name", "last_name", "full_name")
_CHECKED = (*_OWN, "company", "role", "bus_stop")
MIN_ALIKE = 3  # filled cells that must all be one value for a column to be nobody's own


def choose_by_content(columns: ColumnMap, rows: Sequence[Sequence[str]]) -> None:
    """Settle the columns whose header names a field but whose cells do not hold it ('Phone 1 -
    Type' holding 'Mobile', 'Attendee #' holding numbers, an account's address on every row): the
    column yields to another named for the field whose cells fit, or to none."""
    for name in _CHECKED:
        current = columns.fields.get(name)
        if current is None:
            continue
        values = _values(rows, current)
        fit = _fit(name, values)
        if fit is None or fit >= SHARE and not _alike(name, values):
            continue
        others = [(share, i) for i, header in columns.extra if name in header_fields(header)
                  and (share := _fit(name, other := _values(rows, i))) is not None
                  and share >= SHARE and not _alike(name, other)]
        if others:
            columns.take(name, max(others)[1])
        elif fit < 1 - SHARE:
            columns.leave(name)
    stand_in = columns.second_phone
    if stand_in is not None and (fit := _fit("phone", _values(rows, stand_in))) is not None and fit < 1 - SHARE:
        columns.second_phone = None  # 'Work', 'Home': what the office line is, not its number


def _values(rows: Sequence[Sequence[str]], index: int) -> list[str]:
    return [cell.strip() for row in rows if index < len(row) and (cell := row[index]) and not cell.isspace()]


def _fit(name: str, values: list[str]) -> float | None:
    """The share of ``values`` that look like field ``name``; None when too few show anything."""
    if len(values) < MIN_VALUES:
        return None
    check = _FITS.get(name, _has_words)
    return sum(1 for value in values if check(value)) / len(values)


def _alike(name: str, values: list[str]) -> bool:
    """One value on every row: the column yields to another of the field whose values differ."""
    return name in _OWN and len(values) >= MIN_ALIKE and len({fold(v) for v in values}) == 1


def _looks_like_email(text: str) -> bool:
    return "@" in text and "." in text.rpartition("@")[2]


def _looks_like_phone(text: str) -> bool:
    digits = sum(ch.isdigit() for ch in text)
    return digits >= MIN_PHONE_DIGITS - 1 and digits > sum(ch.isalpha() for ch in text)


def _has_words(text: str) -> bool:
    """Names, companies, roles: letters, and no address."""
    return "@" not in text and any(ch.isalpha() for ch in text)


def _has_a_name(text: str) -> bool:
    """A name, maybe with the address a mail program writes beside it ('Sally Berg <s@firm.se>')."""
    return _has_words(split_mailbox(text)[0])


def _is_a_place(text: str) -> bool:
    """A stop's name, not the answer to 'Will you take the coach?'."""
    try:
        normalise_yes_no(text)
    except InvalidValue:
        return _has_words(text)
    return False


_FITS: dict[str, Callable[[str], bool]] = {"email": _looks_like_email, "phone": _looks_like_phone, "bus_stop": _is_a_place,
                                           **dict.fromkeys(("first_name", "last_name", "full_name"), _has_a_name)}
