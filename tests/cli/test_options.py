"""Every option that takes a clock, a duration, a date or a choice reads it with the one grammar:
the forgiving forms work everywhere, and a bad value is a usage error naming the option (exit 2)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.main import get_command

from c2c.cli import app
from c2c.commands import _params
from c2c.parsing import InvalidValue
from tests.b2b_helpers import add_companies
from tests.conftest import Invoke
from tests.store_dump import query

M = ("--mission", "lyon-2018")
NAMED_KINDS = {id(kind): name for name, kind in vars(_params).items() if isinstance(kind, _params.Kind)}


def _options() -> Iterator[tuple[str, Any, _params.Kind[Any]]]:
    """(command line, option, kind) for every option of every command that reads a kind."""
    def walk(command: Any, path: str) -> Iterator[tuple[str, Any]]:
        for name, sub in sorted(getattr(command, "commands", {}).items()):
            yield from walk(sub, f"{path} {name}".strip())
        if not hasattr(command, "commands"):
            yield path, command

    for path, command in walk(get_command(app), ""):
        for param in command.params:
            parser = getattr(param.type, "func", None)
            if isinstance(parser, _params.Kind):
                yield path, param, parser


def _kind_name(kind: _params.Kind[Any]) -> str:
    return NAMED_KINDS.get(id(kind), f"choice {kind.metavar}")


OPTIONS = {f"{path} {param.opts[0]}": (param, kind) for path, param, kind in _options()}

# the inventory: an option that should read a kind but was declared as plain text shows up here
EXPECTED = {
    "CLOCK": ["b2b fix --slot", "b2b setup --end", "b2b setup --start", "b2b unavailable --from", "b2b unavailable --until",
              "program add --at", "program edit --at"],
    "DAY_CLOCK": ["bus route add --at", "bus route edit --at", "program add --until", "program edit --until"],
    "TIME_RANGE": ["b2b setup --break", "b2b unavailable --between"],
    "MINUTES": ["b2b setup --slot", "program add --minutes", "program edit --minutes"],
    "SECONDS": ["pitches agenda --changeover"],
    "TIME_LIMIT": ["b2b schedule --time-limit"],
    "LENGTH_SECONDS": ["pitches agenda --minutes"],
    "ALARM": ["calendar export --alarm", "calendar show --alarm"],
    "DATE": ["b2b setup --day", "bus route add --day", "mission edit --date", "mission edit --end", "mission new --date",
             "mission new --end"],
    "TIMEZONE": ["mission edit --timezone", "mission new --timezone"],
    "SLUG": ["mission edit --slug", "mission new --slug"],
    "LANGUAGE": ["calendar export --lang", "calendar show --lang", "catalogue --lang", "mission edit --language",
                 "mission new --language", "pitches booklet --lang", "report --lang"],
    "LANGUAGE_OR_BLANK": ["participants add --language", "participants edit --language"],
    "COUNTRY": ["cluster add --country", "cluster edit --country", "companies edit --country", "mission edit --country",
                "mission new --country", "participants add --country", "participants edit --country"],
    "PRIORITY": ["b2b request add --priority"],
    "HALF_DAY": ["b2b request add --session"],
    "INTEREST": ["b2b outcome record --interest"],
    "NEXT_STEP": ["b2b outcome record --next"],
    "COUNT": ["b2b setup --tables", "b2b unavailable --capacity", "bus add --seats", "bus edit --seats",
              "pitches move --to"],
    "RESERVE": ["bus add --reserved", "bus assign --reserve", "bus edit --reserved"],
    "ID": ["b2b fix --table", "b2b fix meeting", "b2b order add after", "b2b order add before", "b2b order remove after",
           "b2b order remove before", "b2b outcome record meeting", "b2b show --table", "b2b unfix meeting",
           "leads edit lead", "leads show lead", "program edit block_id", "program remove block_id"],
    "SEED": ["b2b schedule --seed", "pitches agenda --seed"],
    "DAY": ["program add --day", "program edit --day", "program template apply --day"],
    "choice KIND": ["bus route add --kind", "program add --kind", "program edit --kind"],
    "choice DIRECTION": ["mission edit --direction", "mission new --direction"],
    "choice STATUS": ["leads edit --status", "leads list --status", "mission edit --status", "participants edit --status"],
    "choice ORDER": ["pitches agenda --order"],
    "choice company|person": ["pitches agenda --per"],
}

# what each kind says of the same mistake, through whichever option takes it
SAYS = {
    "CLOCK": "'abc' is not a time: use HH:MM, e.g. 09:30",
    "DAY_CLOCK": "'abc' is not a time: use HH:MM, e.g. 06:30 (00:20+1 after midnight)",
    "TIME_RANGE": "'abc' is not a time range: use HH:MM-HH:MM, e.g. 15:40-16:00",
    "MINUTES": "'abc' is not a duration: use e.g. 20, 20m, 90min or 1h30",
    "LENGTH_SECONDS": "'abc' is not a duration: use e.g. 20, 20m, 90min or 1h30",
    "SECONDS": "'abc' is not a duration: use e.g. 30, 30s, 1m or 1m30s",
    "TIME_LIMIT": "'abc' is not a duration: use e.g. 30, 30s, 1m or 1m30s",
    "ALARM": "'abc' is not a duration: use e.g. 30m, 1h or 1d, or none",
    "DATE": "'abc' is not a date: use YYYY-MM-DD, e.g. 2018-11-20",
}


def test_every_option_of_a_kind_reads_it_with_its_parser() -> None:
    found: dict[str, list[str]] = {}
    for line, (_, kind) in sorted(OPTIONS.items()):
        found.setdefault(_kind_name(kind), []).append(line)
    assert found == EXPECTED


@pytest.mark.parametrize("line", sorted(OPTIONS))
def test_a_bad_value_is_a_usage_error_naming_the_option(invoke: Invoke, line: str) -> None:
    param, kind = OPTIONS[line]
    command, option = line.rsplit(" ", 1)
    bad = "Lyon 2018" if kind is _params.SLUG else "abc"
    given = (bad, "1") if "before" in option else (bad,)  # an argument takes the value alone
    result = invoke(*command.split(), *((option, bad) if option.startswith("-") else given))
    assert result.exit_code == 2
    says = SAYS.get(_kind_name(kind))
    if says is None:  # names, codes and choices: each says it its own way, through the same adapter
        with pytest.raises(InvalidValue) as refused:
            kind.parse(bad)
        says = str(refused.value)
    named = " / ".join(map(repr, param.opts)) if param.param_type_name == "option" else repr(param.human_readable_name)
    assert result.stderr.splitlines()[-1] == f"Error: Invalid value for {named}: {says}"
    assert "Traceback" not in result.output


@pytest.mark.parametrize("line", [line for line, (_, kind) in OPTIONS.items() if kind in (_params.CLOCK, _params.DAY_CLOCK)])
@pytest.mark.parametrize("text", ["9h30", "9:30", "09:30", "9.30"])
def test_every_clock_option_reads_every_clock_form(line: str, text: str) -> None:
    _, kind = OPTIONS[line]
    value = kind(text)
    assert str(getattr(value, "time", value)) == "09:30:00"


def _ok(result: Any) -> Any:
    assert result.exit_code == 0, result.output
    return result


def test_the_forgiving_forms_work_end_to_end(invoke: Invoke, lyon: str, db_path: Path, tmp_path: Path) -> None:
    """The forms that only one of the old twin parsers took, through the commands that refused them."""
    add_companies(db_path)
    _ok(invoke("program", "add", *M, "--at", "9h30", "--until", "10.15", "--title", "Welcome"))
    _ok(invoke("program", "edit", "1", *M, "--at", "9.45"))
    _ok(invoke("program", "edit", "1", *M, "--until", "10h30"))
    _ok(invoke("program", "add", *M, "--at", "11H00", "--minutes", "1h", "--title", "Talks"))
    blocks = json.loads(_ok(invoke("program", "list", *M, "--format", "json")).stdout)
    assert [b["time"] for b in blocks] == ["09:45–10:30", "11:00–12:00"]

    setup = _ok(invoke("b2b", "setup", *M, "--start", "14h00", "--end", "16.00", "--slot", "20min",
                       "--break", "14h40-15h00", "--tables", "2", "--day", "20/11/2018"))
    assert setup.stderr == "B2B session: 5 slots of 20 minutes, 14:00–16:00, 2 tables\n"
    _ok(invoke("b2b", "unavailable", *M, "Aviometal", "--from", "15h20"))
    _ok(invoke("b2b", "unavailable", *M, "Daher", "--until", "14h20"))
    _ok(invoke("b2b", "request", "add", *M, "Secondo Mona", "Mecachrome", "--priority", "high", "--session", "afternoon"))
    wishes = json.loads(_ok(invoke("b2b", "request", "list", *M, "--format", "json")).stdout)
    assert [(w["priority"], w["session"]) for w in wishes] == [(1, "pm")]
    assert _ok(invoke("b2b", "fix", *M, "1", "--slot", "15h00")).stderr == "Meeting 1 fixed at 15:00\n"

    _ok(invoke("bus", "add", *M, "--name", "Coach 1", "--seats", "50"))
    _ok(invoke("bus", "route", "add", *M, "--leg", "return", "--stop", "Lyon", "--at", "17h30"))
    _ok(invoke("bus", "route", "add", *M, "--leg", "return", "--stop", "Milano", "--at", "0h20 + 1"))
    stops = json.loads(_ok(invoke("bus", "route", "list", *M, "--format", "json")).stdout)
    assert [(s["stop"], s["time"]) for s in stops] == [("Lyon", "17:30"), ("Milano", "00:20+1")]
    _ok(invoke("calendar", "export", *M, "--out", str(tmp_path / "ics"), "--alarm", "1h30"))
    _ok(invoke("mission", "edit", lyon, "--end", "21.11.2018", "--country", "Frankreich"))
    shown = json.loads(_ok(invoke("mission", "show", lyon, "--format", "json")).stdout)
    assert (shown["end_date"], shown["country"]) == ("2018-11-21", "FR")


def test_one_phone_rule_for_the_import_the_form_and_the_driver(invoke: Invoke, lyon: str, db_path: Path,
                                                               tmp_path: Path) -> None:
    people = tmp_path / "iscritti.csv"
    people.write_text("Nome,Cognome,Cellulare\nMario,Rossi,0039 333 000 1234\n", encoding="utf-8")
    _ok(invoke("participants", "import", str(people), *M))
    _ok(invoke("participants", "add", *M, "--first", "Anna", "--last", "Bianchi", "--phone", "04 72 40 18 31"))
    _ok(invoke("bus", "add", *M, "--name", "Coach 1", "--seats", "50", "--driver-phone", "+39 333 000 1234"))
    _ok(invoke("bus", "add", *M, "--name", "Coach 2", "--seats", "50", "--driver-phone", "333 000 5678"))
    # stored alike, E.164; with nothing else to go by, a national number is read in the mission's
    # country (France here), else in a delegation's where it is no French number
    assert query(db_path, "SELECT phone FROM person ORDER BY id") == [("+393330001234",), ("+33472401831",)]
    assert query(db_path, "SELECT driver_phone FROM coach ORDER BY id") == [("+393330001234",), ("+393330005678",)]
    # shown alike, formatted for reading
    listed = json.loads(_ok(invoke("participants", "list", *M, "--format", "json")).stdout)
    assert [p["phone"] for p in listed] == ["+39 333 000 1234", "+33 4 72 40 18 31"]
    coaches = json.loads(_ok(invoke("bus", "list", *M, "--format", "json")).stdout)
    assert [c["driver_phone"] for c in coaches] == ["+39 333 000 1234", "+39 333 000 5678"]
    assert "+39 333 000 1234" in _ok(invoke("participants", "list", *M)).stdout


def test_a_bad_driver_phone_says_what_it_is(invoke: Invoke, lyon: str) -> None:
    result = invoke("bus", "add", *M, "--name", "Coach 1", "--seats", "50", "--driver-phone", "12")
    assert result.exit_code == 1
    assert result.stderr == ("Error: driver's phone: not a phone number: '12' has the wrong number of digits\n"
                             "Hint: e.g. +39 333 123 4567\n")


def test_a_national_number_is_read_in_the_persons_own_country_first(invoke: Invoke, lyon: str, db_path: Path,
                                                                     tmp_path: Path) -> None:
    """Lyon (France) with the Lombard delegation: an Italian landline is not a French number."""
    people = tmp_path / "iscritti.csv"
    people.write_text(
        "Nome,Cognome,Paese,Cluster,Telefono\n"
        "Mario,Rossi,Italia,,02 4951 7730\n"         # the row says Italy: a Milan landline
        "Laura,Zanetti,,LAC,02 4951 7731\n"          # no country, an Italian cluster
        "Chiara,Bianchi,,,333 123 4567\n"            # no clue: no French number, an Italian mobile
        "Yann,Le Goff,,AAR,04 72 40 18 31\n",        # the French cluster: a Lyon landline
        encoding="utf-8",
    )
    _ok(invoke("participants", "import", str(people), *M))
    _ok(invoke("participants", "add", *M, "--first", "Jörg", "--last", "Müller", "--country", "Deutschland",
               "--phone", "0711 123456"))
    assert query(db_path, "SELECT phone FROM person ORDER BY id") == [
        ("+390249517730",), ("+390249517731",), ("+393331234567",), ("+33472401831",), ("+49711123456",),
    ]
    # a driver's national number: the mission's country first, then the delegations'
    _ok(invoke("bus", "add", *M, "--name", "Coach 1", "--seats", "50", "--driver-phone", "333 000 5678"))
    _ok(invoke("bus", "add", *M, "--name", "Coach 2", "--seats", "50", "--driver-phone", "06 12 45 78 90"))
    assert query(db_path, "SELECT driver_phone FROM coach ORDER BY id") == [("+393330005678",), ("+33612457890",)]
