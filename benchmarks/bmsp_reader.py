"""Read a B2B Meeting Scheduling Problem instance (MiniZinc .dzn) into a scheduler Problem.

Only the subset the Girona benchmark uses: integers, ``[| a, b, c | … |]`` tables, arrays
of integers and arrays of sets ``[{1,8}, {}, …]``.
"""

from __future__ import annotations

import re
from pathlib import Path

from c2c.services.b2b.solver.problem import AM, PM, Meeting, Participant, Problem

_ASSIGN = re.compile(r"(\w+)\s*=\s*(.*?);", re.S)
_SET = re.compile(r"\{([^}]*)\}")


def parse_dzn(text: str) -> dict[str, str]:
    text = re.sub(r"%[^\n]*", "", text)
    return {name: value.strip() for name, value in _ASSIGN.findall(text)}


def _ints(text: str) -> list[int]:
    return [int(v) for v in re.findall(r"-?\d+", text)]


def _sets(text: str) -> list[set[int]]:
    return [set(_ints(body)) for body in _SET.findall(text)]


def read_instance(path: Path, fairness: int | None = 2, time_limit: float = 60.0) -> Problem:
    values = parse_dzn(path.read_text(encoding="utf-8"))
    n_business = int(values["nBusiness"])
    n_slots = int(values["nTotalSlots"])
    morning = int(values["nMorningSlots"])
    rows = _ints(values["requested"])
    forbidden = _sets(values["forbidden"]) if "forbidden" in values else [set()] * n_business
    fixed = _ints(values["fixed"]) if "fixed" in values else []
    precedences = _sets(values["precedences"]) if "precedences" in values else []
    participants = [
        Participant(str(p + 1), forbidden=frozenset(s - 1 for s in forbidden[p] if s > 0)) for p in range(n_business)
    ]
    meetings = []
    for i in range(0, len(rows), 3):
        index = i // 3
        a, b, session = rows[i : i + 3]
        fixed_slot = fixed[index] - 1 if index < len(fixed) and fixed[index] > 0 else None
        meetings.append(
            Meeting(str(index + 1), str(a), str(b), session={1: AM, 2: PM}.get(session), fixed_slot=fixed_slot)
        )
    pairs = [(str(before), str(m + 1)) for m, befores in enumerate(precedences) for before in sorted(befores) if before > 0]
    return Problem(
        participants=participants,
        meetings=meetings,
        n_slots=n_slots,
        tables=int(values["nTables"]),
        morning_slots=morning if morning < n_slots else None,
        session_starts=(),  # the benchmark counts idle time across lunch as a break
        precedences=pairs,
        fairness=fairness,
        time_limit=time_limit,
    )
