"""The one grammar per kind of value: what each parser reads, what it refuses and how it says so."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from c2c import parsing
from c2c.errors import InvalidInput
from c2c.parsing import DayClock, InvalidValue, TimeRange
from c2c.phones import format_phone, parse_phone

REGRESSIONS = Path(__file__).parent / "data" / "grammar_regressions.tsv"
SEEDS = range(20)


def refusal(parse: Callable[[str], Any], text: str) -> str:
    with pytest.raises(InvalidValue) as refused:
        parse(text)
    return refused.value.message


# --- clock ------------------------------------------------------------------------------------

# the union of what the programme, the bus route and the B2B session each took before
@pytest.mark.parametrize("text", ["9:30", "09:30", "9h30", "9H30", "9.30", " 09:30 "])
def test_every_clock_form_reads_the_same(text: str) -> None:
    assert parsing.parse_clock(text) == dt.time(9, 30)


@pytest.mark.parametrize("text", ["930", "0930", "24:00", "9:60", "9", "9h", "9:5", "7pm", "", "9:30+1"])
def test_clock_refusals(text: str) -> None:
    assert refusal(parsing.parse_clock, text) == f"{text!r} is not a time: use HH:MM, e.g. 09:30"


@pytest.mark.parametrize(("text", "expected"), [
    ("06:30", DayClock(dt.time(6, 30), 0)), ("00:20+1", DayClock(dt.time(0, 20), 1)),
    ("0h20 + 1", DayClock(dt.time(0, 20), 1)), ("23.59+2", DayClock(dt.time(23, 59), 2)),
])
def test_day_clock(text: str, expected: DayClock) -> None:
    assert parsing.parse_day_clock(text) == expected


@pytest.mark.parametrize("text", ["00:20+", "00:20+x", "25:00+1", "7pm"])
def test_day_clock_refusals(text: str) -> None:
    assert refusal(parsing.parse_day_clock, text) == (
        f"{text!r} is not a time: use HH:MM, e.g. 06:30 (00:20+1 after midnight)")


@pytest.mark.parametrize("text", ["15:40-16:00", "15h40-16h00", "15:40–16:00", " 15:40 - 16.00 "])
def test_time_range(text: str) -> None:
    assert parsing.parse_time_range(text) == TimeRange(dt.time(15, 40), dt.time(16))


def test_time_range_refusals() -> None:
    assert refusal(parsing.parse_time_range, "15:40") == (
        "'15:40' is not a time range: use HH:MM-HH:MM, e.g. 15:40-16:00")
    assert refusal(parsing.parse_time_range, "16:00-15:40") == "'16:00-15:40' ends before it starts"


# --- duration ---------------------------------------------------------------------------------

# what b2b setup --slot, program add --minutes and calendar --alarm took, and more
@pytest.mark.parametrize(("text", "minutes"), [
    ("20", 20), ("20m", 20), ("20 min", 20), ("20min", 20), ("20 minutes", 20), ("15min", 15), ("1h", 60),
    ("1h30", 90), ("1h30m", 90), ("1h 30m", 90), ("90min", 90), ("1.5h", 90), ("1,5h", 90), ("2 H", 120),
    ("1d", 1440), ("1h 0m", 60), ("60s", 1),
])
def test_minutes(text: str, minutes: int) -> None:
    assert parsing.parse_minutes(text) == minutes


@pytest.mark.parametrize(("text", "message"), [
    ("abc", "'abc' is not a duration: use e.g. 20, 20m, 90min or 1h30"),
    ("", "'' is not a duration: use e.g. 20, 20m, 90min or 1h30"),
    ("-5", "'-5' is not a duration: use e.g. 20, 20m, 90min or 1h30"),
    ("20mm", "'20mm' is not a duration: use e.g. 20, 20m, 90min or 1h30"),
    ("30m1h", "'30m1h' is not a duration: use e.g. 20, 20m, 90min or 1h30"),
    ("1h30 20", "'1h30 20' is not a duration: use e.g. 20, 20m, 90min or 1h30"),
    ("1.", "'1.' is not a duration: use e.g. 20, 20m, 90min or 1h30"),
    ("1m30", "'1m30' is not a whole number of minutes"),
    ("0", "'0' is no time at all: give at least 1 minute"),
])
def test_minutes_refusals(text: str, message: str) -> None:
    assert refusal(parsing.parse_minutes, text) == message


# what pitches --changeover and b2b schedule --time-limit took
@pytest.mark.parametrize(("text", "seconds"), [
    ("30", 30), ("30s", 30), ("30 sec", 30), ("1m", 60), ("1min", 60), ("1m30s", 90), ("1m30", 90), ("1 m 30 s", 90),
    ("2 min", 120), ("1.5m", 90), ("0", 0), ("2m", 120),
])
def test_seconds(text: str, seconds: int) -> None:
    assert parsing.parse_seconds(text) == seconds


def test_seconds_refusals() -> None:
    assert refusal(parsing.parse_seconds, "soon") == "'soon' is not a duration: use e.g. 30, 30s, 1m or 1m30s"
    assert refusal(parsing.parse_seconds, "0.5") == "'0.5' is not a whole number of seconds"
    assert refusal(lambda t: parsing.parse_seconds(t, positive=True), "0s") == "'0s' is no time at all: give at least 1 second"


@pytest.mark.parametrize(("text", "ahead"), [
    ("30m", dt.timedelta(minutes=30)), ("45", dt.timedelta(minutes=45)), ("1h", dt.timedelta(hours=1)),
    ("1h30", dt.timedelta(minutes=90)), ("1d", dt.timedelta(days=1)), ("none", None), ("Off", None), ("no", None),
    ("0", None), ("0m", None),
])
def test_alarm(text: str, ahead: dt.timedelta | None) -> None:
    assert parsing.parse_alarm(text) == ahead


def test_alarm_refusal() -> None:
    assert refusal(parsing.parse_alarm, "soon") == "'soon' is not a duration: use e.g. 30m, 1h or 1d, or none"


# --- dates, names, codes ----------------------------------------------------------------------

@pytest.mark.parametrize("text", ["2018-11-20", "20/11/2018", "20.11.2018", " 2018-11-20 "])
def test_date(text: str) -> None:
    assert parsing.parse_date(text) == dt.date(2018, 11, 20)


@pytest.mark.parametrize("text", ["2018-13-40", "20-11-2018", "tomorrow", ""])
def test_date_refusals(text: str) -> None:
    assert refusal(parsing.parse_date, text) == f"{text!r} is not a date: use YYYY-MM-DD, e.g. 2018-11-20"


def test_names_and_codes() -> None:
    assert parsing.parse_timezone(" Europe/Paris ") == "Europe/Paris"
    assert refusal(parsing.parse_timezone, "Mars/Olympus").startswith("time zone 'Mars/Olympus' is not an IANA")
    assert parsing.parse_slug("lyon-2018") == "lyon-2018"
    assert refusal(parsing.parse_slug, "Lyon 2018").startswith("slug 'Lyon 2018' must be lowercase letters")
    assert parsing.parse_language(" FR ") == "fr"
    assert refusal(parsing.parse_language, "pt") == "language 'pt' is not one of it, en, fr, de, pl, es"
    assert parsing.parse_choice("Talk", ("talk", "other")) == "talk"
    assert refusal(lambda t: parsing.parse_choice(t, ("talk", "other")), "party") == "'party' is not one of talk, other"
    assert parsing.parse_count("12") == 12
    assert refusal(parsing.parse_count, "0") == "'0' is not a whole number from 1 to 10,000"


# the missions took only two capitals (even "ZZ"), the import names in four languages too
@pytest.mark.parametrize(("text", "code"), [("FR", "FR"), ("fr", "FR"), ("Francia", "FR"), ("Frankreich", "FR"),
                                            ("Schweiz", "CH"), (" italia ", "IT")])
def test_country(text: str, code: str) -> None:
    assert parsing.parse_country(text) == code


@pytest.mark.parametrize("text", ["ZZ", "Atlantide", ""])
def test_country_refusals(text: str) -> None:
    assert refusal(parsing.parse_country, text) == f"unknown country {text!r}: use its ISO code (e.g. FR) or its name"


def test_optional_reads_nothing_as_none() -> None:
    assert parsing.optional(parsing.parse_country, None) is None
    assert parsing.optional(parsing.parse_country, "  ") is None
    assert parsing.optional(parsing.parse_country, "France") == "FR"


# the wish file took words, b2b request add --priority/--session only 1-3 and am/pm
@pytest.mark.parametrize(("text", "priority"), [("1", 1), ("2.0", 2), ("1 - must meet", 1), ("alta", 1),
                                                ("Medium", 2), ("niedrig", 3)])
def test_priority(text: str, priority: int) -> None:
    assert parsing.parse_priority(text) == priority


@pytest.mark.parametrize(("text", "half"), [("am", "am"), ("PM", "pm"), ("matin", "am"), ("pomeriggio", "pm"),
                                            ("any", None), ("", None)])
def test_half_day(text: str, half: str | None) -> None:
    assert parsing.parse_half_day(text) == half


def test_priority_and_half_day_refusals() -> None:
    assert refusal(parsing.parse_priority, "12") == "'12' is not 1, 2 or 3 (or high, medium, low)"
    assert refusal(parsing.parse_half_day, "sera") == "'sera' is not am or pm (or morning, afternoon)"


# --- every refusal ----------------------------------------------------------------------------

PARSERS: dict[str, Callable[[str], Any]] = {
    "clock": parsing.parse_clock, "day_clock": parsing.parse_day_clock, "time_range": parsing.parse_time_range,
    "minutes": parsing.parse_minutes, "seconds": parsing.parse_seconds, "alarm": parsing.parse_alarm,
    "date": parsing.parse_date, "timezone": parsing.parse_timezone, "slug": parsing.parse_slug,
    "language": parsing.parse_language, "country": parsing.parse_country, "count": parsing.parse_count,
    "priority": parsing.parse_priority, "half_day": parsing.parse_half_day,
}


@pytest.mark.parametrize("kind", sorted(PARSERS))
def test_a_refusal_is_a_value_error_and_an_input_error_naming_no_option(kind: str) -> None:
    with pytest.raises(InvalidValue) as refused:
        PARSERS[kind]("--nonsense")
    assert isinstance(refused.value, ValueError)  # what the Typer adapter turns into a usage error
    assert isinstance(refused.value, InvalidInput)  # what a service lets through as exit 1
    assert refused.value.exit_code == 1
    assert "'--nonsense'" in refused.value.message
    assert refused.value.message.replace("'--nonsense'", "").count("--") == 0


def _regressions() -> list[tuple[str, str, str]]:
    lines = REGRESSIONS.read_text(encoding="utf-8").splitlines()
    return [tuple(line.split("\t")) for line in lines if line and not line.startswith("#")]  # type: ignore[misc]


@pytest.mark.parametrize(("kind", "text", "expected"), _regressions())
def test_kept_regressions(kind: str, text: str, expected: str) -> None:
    """Inputs that once went wrong or that the old twin parsers disagreed on; 'refused' or repr(value)."""
    if expected == "refused":
        refusal(PARSERS[kind], text)
    else:
        assert repr(PARSERS[kind](text)) == expected


# --- composed inputs: every clock and duration a person might write ---------------------------

def _written_clock(rng: random.Random, hour: int, minute: int) -> str:
    hours = str(hour) if hour >= 10 or rng.random() < 0.5 else f"0{hour}"
    pad = rng.choice(["", " ", "  "])
    return f"{pad}{hours}{rng.choice([':', 'h', 'H', '.'])}{minute:02d}{rng.choice(['', ' '])}"


@pytest.mark.parametrize("seed", SEEDS)
def test_composed_clocks(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(200):
        hour, minute = rng.randrange(24), rng.randrange(60)
        text = _written_clock(rng, hour, minute)
        assert parsing.parse_clock(text) == dt.time(hour, minute), f"seed {seed}: {text!r}"
        offset = rng.randrange(4)
        day_text = text.rstrip() + (f"{rng.choice(['', ' '])}+{rng.choice(['', ' '])}{offset}" if offset else "")
        assert parsing.parse_day_clock(day_text) == DayClock(dt.time(hour, minute), offset), f"seed {seed}: {day_text!r}"
        late = _written_clock(rng, rng.randrange(24, 100), minute) if rng.random() < 0.5 else \
            _written_clock(rng, hour, rng.randrange(60, 100))
        assert refusal(parsing.parse_clock, late), f"seed {seed}: {late!r}"


_SPELLINGS = {"d": ["d", "day", "days"], "h": ["h", "H", "hr", "hrs", "hour", "hours"],
              "m": ["m", "min", "mins", "minute", "minutes"], "s": ["s", "sec", "secs", "second", "seconds"]}
_SECONDS = {"d": 86_400, "h": 3_600, "m": 60, "s": 1}


@pytest.mark.parametrize("seed", SEEDS)
def test_composed_durations(seed: int) -> None:
    """Parts from the largest unit down, spelt any way, spaced any way; the last unit may go unsaid."""
    rng = random.Random(seed)
    for _ in range(200):
        units = sorted(rng.sample("dhms", rng.randint(1, 3)), key=lambda u: -_SECONDS[u])
        amounts = [rng.randrange(100) for _ in units]
        words = [f"{n}{rng.choice(['', ' '])}{rng.choice(_SPELLINGS[u])}" for n, u in zip(amounts, units, strict=True)]
        if len(units) > 1 and "dhms".index(units[-1]) == "dhms".index(units[-2]) + 1 and rng.random() < 0.5:
            words[-1] = str(amounts[-1])  # 1h30: the minutes go unsaid
        text = rng.choice(["", " "]).join(words)
        seconds = sum(n * _SECONDS[u] for n, u in zip(amounts, units, strict=True))
        assert parsing.parse_duration(text) == dt.timedelta(seconds=seconds), f"seed {seed}: {text!r}"
        if len(units) > 1:
            backwards = "".join(reversed([f"{n}{u}" for n, u in zip(amounts, units, strict=True)]))
            assert refusal(parsing.parse_duration, backwards), f"seed {seed}: {backwards!r}"


# --- phones -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "region"), [
    ("333 000 1234", "IT"), ("+39 333 000 1234", None), ("0039 333 0001234", "FR"), ("+39 (0)333-000-1234", "DE"),
    ("+393330001234", "IT"),
])
def test_one_phone_rule_stores_e164(text: str, region: str | None) -> None:
    assert parse_phone(text, region) == "+393330001234"


def test_national_numbers_read_in_the_region_and_show_formatted() -> None:
    assert parse_phone("04 72 40 18 31", "FR") == "+33472401831"
    assert format_phone("+33472401831") == "+33 4 72 40 18 31"
    assert format_phone("+393330001234") == "+39 333 000 1234"
    assert format_phone("+39 333 000 1234") == "+39 333 000 1234"  # a store not upgraded yet
    assert format_phone("call the office") == "call the office"
    assert format_phone(None) is None
    assert refusal(parse_phone, "12") == "not a phone number: '12' has the wrong number of digits"


@pytest.mark.parametrize(("text", "regions", "e164"), [
    ("02 4951 7730", ("IT", "FR"), "+390249517730"),   # the person's country first
    ("02 4951 7730", ("FR", "IT"), "+33249517730"),    # a valid French number stays French
    ("333 123 4567", ("FR", "IT"), "+393331234567"),   # no French number: the next country's
    ("333 123 4567", (None, None, "FR", "IT"), "+393331234567"),
    ("+41 44 668 18 00", ("FR", "IT"), "+41446681800"),  # an international number says its country
    ("0041 44 668 18 00", ("IT",), "+41446681800"),
])
def test_a_national_number_is_read_in_the_first_country_where_it_can_be_one(
        text: str, regions: tuple[str | None, ...], e164: str) -> None:
    assert parse_phone(text, *regions) == e164


@pytest.mark.parametrize(("text", "region", "e164"), [
    ("+421 2 952 106 77 kl. 30", "SK", "+421295210677"),  # an extension, in the writer's word for it
    ("819.715.4595 poste 184", "CA", "+18197154595"),
    ("+43 664 121853 DW 923", "AT", "+43664121853"),     # never read as letters of a vanity number
    ("0954 136 898 / 02 350 298 72", "SK", "+421954136898"),  # mobile / office: the first is the person's
    ("+33 6 12 34 56 78; +39 333 1234567", "FR", "+33612345678"),
    ("079 123 45 67 oder 061 234 56 78", "CH", "+41791234567"),
    ("06-30/123 4567", "HU", "+36301234567"),            # one Hungarian number, its slash unspaced
    ("02 - 1234567", "IT", "+39021234567"),              # pieces of one number are not two numbers
])
def test_an_extension_is_left_out_and_of_two_numbers_the_first_is_kept(text: str, region: str, e164: str) -> None:
    assert parse_phone(text, region) == e164


def test_a_number_no_country_has_is_refused_with_the_first_reason() -> None:
    assert refusal(lambda t: parse_phone(t, "FR", "IT"), "12") == "not a phone number: '12' has the wrong number of digits"


PHONE_COUNTRIES = ("IT", "FR", "DE", "CH", "AT", "NL", "BE", "PL", "CZ", "SK", "ES", "PT", "CA", "GB", "SE", "HU")


def _valid_numbers(rng: random.Random, region: str, count: int) -> list[Any]:
    """Valid numbers of ``region``: its example mobile and fixed line with their last digits changed."""
    import phonenumbers
    from phonenumbers import PhoneNumberType

    found: list[Any] = []
    while len(found) < count:
        kind = rng.choice([PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE])
        example = phonenumbers.example_number_for_type(region, kind)
        digits = phonenumbers.national_significant_number(example)
        changed = digits[:-3] + "".join(rng.choice("0123456789") for _ in range(3))
        number = phonenumbers.parse(changed if digits.startswith("0") else "0" + changed if region == "IT" and
                                    example.italian_leading_zero else changed, region)
        if phonenumbers.is_valid_number(number):
            found.append(number)
    return found


@pytest.mark.parametrize("seed", SEEDS)
def test_national_numbers_of_every_delegation_are_read_in_the_person_s_country(seed: int) -> None:
    """A number written the national way, or kept as a number cell that lost its leading 0, is read
    in the person's country first, then the mission's and the delegations'."""
    import phonenumbers
    from phonenumbers import PhoneNumberFormat

    rng = random.Random(seed)
    for region in PHONE_COUNTRIES:
        for number in _valid_numbers(rng, region, 6):
            e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
            national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
            as_number_cell = "".join(ch for ch in national if ch.isdigit()).lstrip("0")
            others = rng.sample([r for r in PHONE_COUNTRIES if r != region], 2)
            for text in (national, as_number_cell, phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)):
                assert parse_phone(text, region, *others) == e164, f"seed {seed}: {text!r} of {region} ({others})"
            # the person's country unknown: the mission's and the delegations' countries decide
            if not any(_fits_also(number, other) for other in others):
                assert parse_phone(national, None, *others, region) == e164, f"seed {seed}: {national!r} ({others})"


def _fits_also(number: Any, region: str) -> bool:
    """Could the same national digits be a number of ``region`` too (then either reading is fair)?"""
    import phonenumbers

    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    try:
        return bool(phonenumbers.is_possible_number(phonenumbers.parse(national, region)))
    except phonenumbers.NumberParseException:
        return False


def test_fold_keeps_the_letters_of_every_script() -> None:
    from c2c.text import fold, slugify

    assert fold("Παπαδόπουλος Γεωργίου") != fold("Νικολάου Μαρία")
    assert (fold("ΝΑΙ"), fold("Rhône-Alpes"), fold("Sanʻa"), slugify("Θεσσαλία 2026")) == ("ναι", "rhone alpes", "san a", "2026")


def test_a_slug_has_at_most_64_characters() -> None:
    from c2c.parsing import SLUG_MAX, parse_slug

    assert parse_slug("a" * SLUG_MAX) == "a" * SLUG_MAX
    with pytest.raises(InvalidValue, match="has 300 characters: at most 64"):
        parse_slug("a" * 300)


def test_a_cell_far_too_long_for_a_phone_is_refused_as_one() -> None:
    with pytest.raises(InvalidValue, match="not a phone number"):
        parse_phone("1" + " " * 5000 + "1", "IT")
