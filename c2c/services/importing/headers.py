"""Which column holds which participant field: synonyms in the languages of Europe and its
neighbours (c2c/data/headers.json), in their bare, possessive and question forms; the header row
found among the top rows, and ``--map`` overrides."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from c2c.config import package_data
from c2c.errors import InvalidInput
from c2c.text import fold

EXTRA = "extra"
IGNORE = "ignore"
PERSON_FIELDS = ("first_name", "last_name", "surname_prefix", "second_surname", "full_name", "full_name_last_first", "company", "role", "email", "phone",
                 "country", "pitch", "bus_stop", "cluster", "registration_status", "consent", "language")
COMPANY_FIELDS = ("core_business", "areas_of_interest", "partners_sought", "current_projects")
FIELDS = PERSON_FIELDS + COMPANY_FIELDS


@cache
def _data() -> dict[str, list[str]]:
    data: dict[str, list[str]] = json.loads(package_data("headers.json").read_text(encoding="utf-8"))
    return data


def header_key(text: str) -> str:
    """How a header is compared: folded, Turkish dotless i as i (forms are typed both ways), and
    without the numbers forms and tools put in it ('1. Vorname *', 'E-mail 1 - Value')."""
    key = fold(text).replace("ı", "i")
    words = [word for word in key.split(" ") if not word.isdigit()]
    return " ".join(words) if words else key


@cache
def synonyms() -> dict[str, str]:
    """Folded synonym -> field."""
    table: dict[str, str] = {}
    for name in FIELDS:
        for synonym in _data().get(name, []):
            table.setdefault(header_key(synonym), name)
    return table


@cache
def word_list(name: str) -> frozenset[str]:
    """One of headers.json's lists of words ('_kind_words'), folded as headers are."""
    return frozenset(header_key(word) for word in _data()[name])


def names_no_field(key: str) -> bool:
    """A column about someone else (a CRM's 'Contact owner'), a name part the lists do not keep
    ('Middle Name', 'Name Prefix'), the kind of a value rather than the value ('Phone 1 - Type',
    'Organisation Type'), or what a form tool records of the answer ('Start language': the
    form's, not the attendee's)."""
    words = key.split(" ")
    return (key in word_list("_not_the_attendee") or words[-1] in word_list("_not_the_attendee")
            or any(word in word_list("_kind_words") for word in words) or key in word_list("_form_metadata"))


@cache
def _leading() -> dict[str, list[tuple[str, str]]]:
    """First word -> the synonyms starting with it, longest first (a header is matched in a few lookups)."""
    table: dict[str, list[tuple[str, str]]] = {}
    for synonym, name in sorted(synonyms().items(), key=lambda item: -len(item[0])):
        table.setdefault(synonym.split(" ", 1)[0], []).append((synonym, name))
    return table


# what joins two languages in one header cell: 'Pays / Paese', 'Nom (Name)', 'E-mail – Courriel',
# 'Cognome\nNachname', 'Firma | Company'
_LANGUAGES = re.compile(r"\s*(?:[/|\n()\[\]–—;]|\s-\s)\s*")
# a mark with spaces around it joins two languages; one without may belong to a column name of one
# language ('Cognome/Nome / Nazwisko i imię' is the surname first, not the surname, given name…)
_SPACED_LANGUAGES = re.compile(r"\s+[/|–—;-]\s+|\s*[\n()\[\]]\s*")


def match_header(text: str) -> str | None:
    """The field a column name stands for: exact synonym first, else the longest leading one; a
    cell in two languages matches either (its first language when they differ)."""
    fields = header_fields(text)
    return fields[0] if fields else None


@lru_cache(maxsize=4096)
def header_fields(text: str) -> tuple[str, ...]:
    """Every field the languages of one header cell name, first language first ('Nom (Name)':
    last name, full name)."""
    key = header_key(text)
    exact = synonyms().get(key)
    if exact is not None:
        return (exact,)
    if names_no_field(key):
        return ()
    found = _fields_of_parts(_SPACED_LANGUAGES.split(text)) or _fields_of_parts(_LANGUAGES.split(text))
    if not found:
        whole = _match_one(key) or (_asked_who(key) or _asked_where_to_board(key)
                                    if text.rstrip().endswith(QUESTION_MARKS) else None)
        return (whole,) if whole else ()
    return tuple(dict.fromkeys(found))


_SLASH = re.compile(r"\s+/\s+")  # 'Organization 1 - Name / Title': the slash parts first


def two_fields(text: str) -> tuple[str, str] | None:
    """The two different fields a header names in two parts ('Organization / Title', 'Firma /
    Funktion'), a part naming none taking what the whole names; None for one field in two
    languages ('Nom / Name', 'Firma / Company')."""
    parts = next((parts for pattern in (_SLASH, _SPACED_LANGUAGES, _LANGUAGES) if len(parts := pattern.split(text)) == 2),
                 None)
    if parts is None:
        return None
    named = [_match_one(header_key(part)) for part in parts]
    first, second = (found or next((w for w in header_fields(text) if w not in named), None) for found in named)
    if first is None or second is None or first == second or {first, second} <= set(_NAMES):
        return None
    return first, second


def _fields_of_parts(parts: list[str]) -> list[str]:
    return [name for part in parts if (name := _match_one(header_key(part))) is not None] if len(parts) > 1 else []


def _match_one(key: str) -> str | None:
    if not key:
        return None
    exact = synonyms().get(key)
    if exact is not None:
        return exact
    for synonym, name in _leading().get(key.split(" ", 1)[0], ()):
        if key.startswith(synonym + " "):
            # 'Nome azienda', 'Nom de la société', 'Nombre de la empresa': the name of the company
            return "company" if name in _NAMES and _trailing(key) == "company" else name
    ending = _trailing(key)
    if ending in _WHO and len(key.split(" ")) > 2:
        ending = None  # 'Data di nascita del partecipante': the person is who it is about, not the field
    return ending or _inside(key) or _suffixed(key)


STEM = 5  # letters a synonym needs before a suffix may follow it


@cache
def _stems() -> dict[str, list[tuple[str, str]]]:
    """First STEM letters -> the synonyms of at least STEM letters starting so, longest first."""
    table: dict[str, list[tuple[str, str]]] = {}
    for synonym, name in sorted(synonyms().items(), key=lambda item: -len(item[0])):
        if len(synonym) >= STEM:
            table.setdefault(synonym[:STEM], []).append((synonym, name))
    return table


MAX_SUFFIX = 4  # 'Soyadınız' (soyadı + nız), 'Unvanınız', 'Firmanızı', 'pitche', 'Cep telefonunuz'


def _suffixed(key: str) -> str | None:
    """A synonym with a short ending glued to it: the possessive and case endings of Turkish,
    Finnish, Hungarian or Baltic forms, a verb made of a noun ('pitche')."""
    for synonym, name in _stems().get(key[:STEM], ()):
        rest = key[len(synonym):]
        if key.startswith(synonym) and 0 < len(rest) <= MAX_SUFFIX and " " not in rest:
            return name
    return None


_NAMES = ("first_name", "last_name", "full_name", "full_name_last_first")
_WHO = frozenset({*_NAMES, "company"})  # what a long header names as whom it asks, not as its field


def _inside(key: str) -> str | None:
    """The field a long header asks about ('Da quale fermata prenderai il pullman?', 'Will you
    give a pitch?'): the synonyms of five letters or more among its words, all of one field. A
    question names the person and the company only as who is asked ('Data di nascita del
    partecipante'): those are not its field, but to present the company is to pitch."""
    words = key.split(" ")
    if len(words) < 3:
        return None
    found = _named_inside(words)
    if "company" in found and found <= _WHO and _presents(words):
        return "pitch"
    found -= _WHO
    return found.pop() if len(found) == 1 else None


def _named_inside(words: list[str]) -> set[str]:
    """The fields whose synonyms of five letters or more are among ``words`` (up to four in a row)."""
    return {name for start in range(len(words)) for end in range(start + 1, min(len(words), start + 4) + 1)
            if len(part := " ".join(words[start:end])) >= 5 and (name := synonyms().get(part) or _suffixed(part))}


# how scripts end a question: Latin and Cyrillic '?', Greek ';' (and its own U+037E), Arabic,
# full-width
QUESTION_MARKS = ("?", ";", "\u037e", "\u061f", "\uff1f")


def _asked_who(key: str) -> str | None:
    """The one name a question asks for ('What's your first name?', 'And your last name?'): a
    question naming a name and nothing else asks for it; a statement ('Data di nascita del
    partecipante') does not. The company is left out: a question names it as often to ask
    something of it ('Sarà presente al pranzo con la sua azienda?')."""
    found = _named_inside(key.split(" "))
    return found.pop() if len(found) == 1 and found <= set(_NAMES) else None


def _asked_where_to_board(key: str) -> str | None:
    """A question about the coach and nothing else ('Where will you join the coach?', 'Wo steigen
    Sie in den Bus ein?'): the answer is where one boards it. Asking the verb in every language
    is hopeless; the vehicle is one word."""
    words = key.split(" ")
    if not word_list("_vehicle_words").intersection(words) or _named_inside(words) - _WHO:
        return None
    return "bus_stop"


PITCH_STEM = 7  # letters a verb shares with its noun: 'presenta(r)' / 'presentación', 'prezentować' / 'prezentacja'


def _presents(words: list[str]) -> bool:
    """Whether a question asks to present (a company): a word with the stem of a one-word pitch
    synonym ('¿Presenta su empresa?', 'Souhaitez-vous présenter votre entreprise ?', 'Predstavite
    podjetje?'); the verb's forms are too many to list in every language."""
    # 'presente', 'present': being there, not presenting ('Sarà presente al pranzo con la sua azienda?')
    return any(word[:PITCH_STEM] in _pitch_stems() and word[PITCH_STEM:] not in ("e", "i") for word in words)


@cache
def _pitch_stems() -> frozenset[str]:
    return frozenset(synonym[:PITCH_STEM] for synonym, name in synonyms().items()
                     if name == "pitch" and " " not in synonym and len(synonym) > PITCH_STEM)


def _trailing(key: str) -> str | None:
    """The field a header names in its last words ('Partecipa al pitch', 'Indirizzo e-mail',
    'Numero di cellulare'): the longest synonym it ends with, of four letters at least."""
    words = key.split(" ")
    for start in range(1, len(words)):
        tail = " ".join(words[start:])
        found = synonyms().get(tail)
        if found is not None and len(tail) >= 4:
            return found
    return None


@dataclass
class ColumnMap:
    """Field -> column index for the recognised columns; the rest kept as extra data."""

    headers: list[str]
    fields: dict[str, int] = field(default_factory=dict)
    extra: list[tuple[int, str]] = field(default_factory=list)
    guessed: list[int] = field(default_factory=list)  # columns mapped from their content, not their header
    # a second phone column (the office line beside the mobile): the phone of the rows whose
    # main phone cell is empty; kept as extra data as well
    second_phone: int | None = None
    notes: list[str] = field(default_factory=list)  # what the report says once about the columns chosen
    account: list[int] = field(default_factory=list)  # a form's columns of who filled it in, never the attendee's

    def header_of(self, name: str) -> str:
        return self.headers[self.fields[name]] if name in self.fields else name

    def is_guessed(self, index: int) -> bool:
        return index in self.guessed

    @property
    def extra_headers(self) -> list[str]:
        return [header for _, header in self.extra]

    def take(self, name: str, index: int) -> None:
        """Map ``name`` to the column at ``index`` instead of the column it had, kept as extra data."""
        self.leave(name)
        self.fields[name] = index
        self.extra = [(i, header) for i, header in self.extra if i != index]
        if self.second_phone == index:
            self.second_phone = None

    def leave(self, name: str) -> None:
        """Unmap ``name``: its column is kept as extra data."""
        index = self.fields.pop(name, None)
        if index is not None and all(i != index for i, _ in self.extra):
            self.extra = sorted([*self.extra, (index, self.headers[index])])


def parse_overrides(pairs: list[str]) -> dict[str, str]:
    """``["Ragione sociale=company"]`` -> ``{"ragione sociale": "company"}``, checked."""
    overrides: dict[str, str] = {}
    for pair in pairs:
        header, sep, name = pair.partition("=")
        name = name.strip().lower().replace("-", "_")
        if not sep or not header.strip() or not name:
            raise InvalidInput(f"column mapping {pair!r} must be HEADER=FIELD", hint='e.g. "Ragione sociale=company"')
        if name not in (*FIELDS, EXTRA, IGNORE):
            raise InvalidInput(f"column mapping {pair!r}: unknown field {name!r}",
                               hint=f"fields: {', '.join((*FIELDS, EXTRA, IGNORE))}")
        overrides[fold(header)] = name
    return overrides


def map_columns(cells: list[str], overrides: dict[str, str]) -> ColumnMap:
    """Map one candidate header row; a field claimed twice keeps its first column."""
    # a header on two lines in one cell ('Cognome\nNachname') is shown and matched on one
    columns = ColumnMap(headers=[" ".join(c.split()) for c in cells])
    account = columns.account = _form_account(columns.headers, overrides)
    for index, header in enumerate(columns.headers):
        if not header:
            continue
        if index in account:
            columns.extra.append((index, header))
            continue
        name = overrides.get(fold(header)) or _name_in_two_languages(header, cells, overrides) or match_header(header)
        if name == IGNORE:
            continue
        if name == "phone" and "phone" in columns.fields:
            _second_phone(columns, index)
            continue
        if name == "last_name" and "last_name" in columns.fields and "first_name" not in columns.fields:
            if _surname_after_a_given_name(columns, index):
                continue
            name = "first_name" if fold(header) in _SURNAME_OR_GIVEN else name
        if name is None or name == EXTRA or name in columns.fields:
            columns.extra.append((index, header))
        else:
            columns.fields[name] = index
    _a_lone_name_is_the_whole_name(columns.fields, overrides)
    if account:
        columns.notes.append(f"column(s) {', '.join(repr(columns.headers[i]) for i in account)}: the account that "
                             "filled the form in, not the attendee (the form asks for the attendee's own): not read")
    return columns


def _form_account(headers: list[str], overrides: dict[str, str]) -> list[int]:
    """A form export opens with what the tool adds ('Timestamp', 'ID', 'Start time', 'Completion
    time') and the account that filled the form in ('Email', 'Name'). When the form also asks for
    the attendee's own name or address, the questions are the attendee's and these account
    columns are not read; when it does not, the account is the attendee (a list with no question
    for it)."""
    left = []
    account = _account_columns(headers)
    for index in account:
        name = match_header(headers[index])
        if name is None or fold(headers[index]) in overrides:
            continue
        family = ("email",) if name == "email" else _NAMES
        if any(i not in account and header and set(header_fields(header)) & set(family)
               for i, header in enumerate(headers)):
            left.append(index)
    return left


def _account_columns(headers: list[str]) -> list[int]:
    """The account columns among a form tool's leading ones; none when no column says a form."""
    account: list[int] = []
    tool = False
    for index, header in enumerate(headers):
        key = header_key(header)
        if key in word_list("_form_metadata"):
            tool = True
        elif key in word_list("_form_account") and (
                _first_address(headers, account, header) if match_header(header) == "email"
                else _after_an_address(account, index)):
            account.append(index)
        elif key:
            break
    return account if tool else []


def _first_address(headers: list[str], account: list[int], header: str) -> bool:
    """An account has one address: a second e-mail column after it is the form's question."""
    return not any(match_header(headers[i]) == "email" for i in account)


def _after_an_address(account: list[int], index: int) -> bool:
    """The account's name follows its address ('Email', 'Name'): a name alone among a form tool's
    columns may be the form's first question."""
    return bool(account) and account[-1] == index - 1


def _a_lone_name_is_the_whole_name(fields: dict[str, int], overrides: dict[str, str]) -> None:
    """'Nome', 'Name', 'Nom' alone, with no surname column beside it, heads the whole name (the
    word for a given name is the word for a name in many languages)."""
    names = [name for name in (*_NAMES, "surname_prefix", "second_surname") if name in fields]
    if names == ["first_name"] and "first_name" not in overrides.values():
        fields["full_name"] = fields.pop("first_name")


# words that are the surname in one language and the given name in another: French 'Nom' is
# the Catalan given name beside 'Cognoms'; German 'Name' the English whole name
_SURNAME_OR_GIVEN = frozenset({"nom", "name", "nume"})


def _surname_after_a_given_name(columns: ColumnMap, index: int) -> bool:
    """Two columns named as the surname and none as the given name: when the first one's word is
    a given name in another language ('Nom' before 'Cognoms'), it is the given name and this
    column the surname (placed here: True)."""
    first = columns.fields["last_name"]
    if fold(columns.headers[first]) not in _SURNAME_OR_GIVEN:
        return False
    columns.fields["first_name"], columns.fields["last_name"] = first, index
    return True


def _second_phone(columns: ColumnMap, index: int) -> None:
    """Two phone columns: the mobile is the phone (a coach driver calls it on the day), the other
    is its stand-in."""
    first = columns.fields["phone"]
    if _is_mobile(columns.headers[index]) and not _is_mobile(columns.headers[first]):
        # the mobile is the phone, however many office lines come before it (Outlook has eight)
        columns.fields["phone"], index = index, first
        columns.second_phone = index
    elif columns.second_phone is None:
        columns.second_phone = index
    columns.extra.append((index, columns.headers[index]))


@cache
def cancelled_words() -> frozenset[str]:
    """What a registration status says of someone who is not coming: 'Cancelled', 'Refunded', 'Annullato'."""
    return frozenset(fold(word) for word in _data()["_cancelled_words"])


def is_answer_word(text: str) -> bool:
    """What a survey tool writes under its question in a two-row header ('Response', 'Antwort')."""
    return header_key(text) in word_list("_answer_words")


def remarks_column(columns: ColumnMap) -> tuple[int, str] | None:
    """A column of remarks kept as extra data ('Bemerkung', 'Remarques', 'Uwagi'): where no status
    column says who is not coming, a remark that is only a cancellation ('annulé') says it."""
    words = word_list("_remarks")
    return next(((index, header) for index, header in columns.extra if header_key(header) in words), None)


def _is_mobile(header: str) -> bool:
    return bool(set(header_key(header).split()) & word_list("_mobile_words"))


_OTHER_PART = {"first_name": "last_name", "last_name": "first_name"}


def _name_in_two_languages(header: str, cells: list[str], overrides: dict[str, str]) -> str | None:
    """'Name (Nom)' is the surname beside a first-name column, the whole name on its own."""
    fields = header_fields(header)
    parts = [name for name in fields if name in _OTHER_PART]
    if "full_name" not in fields or not parts:
        return None
    beside = {overrides.get(fold(cell)) or match_header(cell) for cell in cells if cell.strip() and cell != header}
    return parts[0] if _OTHER_PART[parts[0]] in beside else "full_name"
