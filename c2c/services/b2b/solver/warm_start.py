"""What surrounds the CP-SAT model: the greedy warm start, breaks, tables and reasons."""

from __future__ import annotations

from collections import defaultdict

from c2c.services.b2b.solver.problem import Meeting, Problem, allowed_slots


def forbidden_of(problem: Problem) -> dict[str, frozenset[int]]:
    return {p.key: p.forbidden for p in problem.participants}


def capacity_of(problem: Problem) -> dict[str, int]:
    return {p.key: max(1, p.capacity) for p in problem.participants}


def precedence_order(problem: Problem) -> list[Meeting]:
    """Fixed meetings first, then the most constrained; predecessors before successors."""
    degree: dict[str, int] = defaultdict(int)
    for m in problem.meetings:
        degree[m.a] += 1
        degree[m.b] += 1
    ranked = sorted(
        problem.meetings,
        key=lambda m: (m.fixed_slot is None, m.priority, -(degree[m.a] + degree[m.b]), m.key),
    )
    before: dict[str, set[str]] = defaultdict(set)
    for first, then in problem.precedences:
        before[then].add(first)
    placed: set[str] = set()
    ordered: list[Meeting] = []
    pending = ranked
    while pending:
        ready = [m for m in pending if before[m.key] <= placed]
        if not ready:  # a cycle: the model will refuse it; the greedy just goes on
            ready = pending[:1]
        ordered.extend(ready)
        placed.update(m.key for m in ready)
        pending = [m for m in pending if m.key not in placed]
    return ordered


def greedy_schedule(problem: Problem) -> dict[str, int]:
    """First free slot for each meeting in turn: the warm start and the baseline to beat."""
    forbidden, capacity = forbidden_of(problem), capacity_of(problem)
    load: dict[tuple[str, int], int] = defaultdict(int)
    per_slot = [0] * problem.n_slots
    before: dict[str, set[str]] = defaultdict(set)
    for first, then in problem.precedences:
        before[then].add(first)
    slots: dict[str, int] = {}
    for meeting in precedence_order(problem):
        earliest = max((slots[p] + 1 for p in before[meeting.key] if p in slots), default=0)
        if any(p not in slots for p in before[meeting.key]):
            continue
        for s in allowed_slots(problem, meeting, forbidden):
            if s < earliest or per_slot[s] >= problem.tables:
                continue
            if load[meeting.a, s] >= capacity.get(meeting.a, 1) or load[meeting.b, s] >= capacity.get(meeting.b, 1):
                continue
            slots[meeting.key] = s
            per_slot[s] += 1
            load[meeting.a, s] += 1
            load[meeting.b, s] += 1
            break
    return slots


def count_breaks(problem: Problem, slots: dict[str, int]) -> dict[str, int]:
    """Runs of idle slots between two meetings of a participant, per session."""
    busy: dict[str, set[int]] = {p.key: set() for p in problem.participants}
    for m in problem.meetings:
        if m.key in slots:
            busy[m.a].add(slots[m.key])
            busy[m.b].add(slots[m.key])
    starts = set(problem.session_starts)
    result = {}
    for key, used in busy.items():
        ordered = sorted(used)
        result[key] = sum(
            1
            for prev, cur in zip(ordered, ordered[1:], strict=False)
            if cur > prev + 1 and not any(prev < s <= cur for s in starts)
        )
    return result


def assign_tables(problem: Problem, slots: dict[str, int]) -> tuple[dict[str, int], int]:
    """Tables slot by slot, as an assignment that keeps each company at its last table.

    Returns 1-based tables and the number of times a company had to change table.
    """
    from ortools.graph.python import linear_sum_assignment

    by_slot: dict[int, list[Meeting]] = defaultdict(list)
    for m in problem.meetings:
        if m.key in slots:
            by_slot[slots[m.key]].append(m)
    last_table: dict[str, int] = {}
    tables: dict[str, int] = {}
    changes = 0
    for slot in sorted(by_slot):
        meetings = sorted(by_slot[slot], key=lambda m: m.key)
        solver = linear_sum_assignment.SimpleLinearSumAssignment()
        for i, m in enumerate(meetings):
            for t in range(problem.tables):
                solver.add_arc_with_cost(i, t, _table_cost(m, t, last_table))
        for i in range(len(meetings), problem.tables):  # empty tables: the solver wants a square
            for t in range(problem.tables):
                solver.add_arc_with_cost(i, t, 0)
        if solver.solve() != solver.OPTIMAL:
            raise RuntimeError("more meetings than tables in one slot")  # the model forbids it
        for i, m in enumerate(meetings):
            table = solver.right_mate(i)
            tables[m.key] = table + 1
            for party in (m.a, m.b):
                if party in last_table and last_table[party] != table:
                    changes += 1
                last_table[party] = table
    return tables, changes


def _table_cost(meeting: Meeting, table: int, last_table: dict[str, int]) -> int:
    if meeting.fixed_table is not None:
        return 0 if meeting.fixed_table - 1 == table else 1000
    return sum(1 for party in (meeting.a, meeting.b) if party in last_table and last_table[party] != table)


def explain_unscheduled(problem: Problem, slots: dict[str, int], proven: bool) -> dict[str, str]:
    """One sentence per meeting left out, naming what blocked each slot it could take."""
    forbidden = forbidden_of(problem)
    capacity = capacity_of(problem)
    load: dict[tuple[str, int], int] = defaultdict(int)
    per_slot = [0] * problem.n_slots
    for m in problem.meetings:
        if m.key in slots:
            per_slot[slots[m.key]] += 1
            load[m.a, slots[m.key]] += 1
            load[m.b, slots[m.key]] += 1
    reasons = {}
    for m in problem.meetings:
        if m.key in slots:
            continue
        allowed = allowed_slots(problem, m, forbidden)
        earliest, latest, after, before = _order_window(problem, m, slots)
        in_order = [s for s in allowed if earliest <= s <= latest]
        if allowed and not in_order:
            reason = _order_reason(problem, slots, after, before)
        else:
            reason = _reason(problem, m, in_order, load, capacity, per_slot)
        if not proven:
            reason += " (time limit: a longer run may still fit it)"
        reasons[m.key] = reason
    return reasons


def _order_window(problem: Problem, m: Meeting, slots: dict[str, int]) -> tuple[int, int, list[str], list[str]]:
    """The slots the organiser's order leaves to ``m`` given the held meetings, and who bounds them."""
    earliest, latest, after, before = 0, problem.n_slots - 1, [], []
    for first, then in problem.precedences:
        if then == m.key and first in slots:
            earliest = max(earliest, slots[first] + 1)
            after.append(first)
        if first == m.key and then in slots:
            latest = min(latest, slots[then] - 1)
            before.append(then)
    return earliest, latest, after, before


def _order_reason(problem: Problem, slots: dict[str, int], after: list[str], before: list[str]) -> str:
    """The organiser's order leaves no slot: name the held meetings that close it in."""
    parts = [f"after meeting {k} ({problem.label(slots[k])})" for k in after]
    parts += [f"before meeting {k} ({problem.label(slots[k])})" for k in before]
    return f"it must come {' and '.join(parts)}, and no slot it could take is left in between"


def _reason(
    problem: Problem,
    m: Meeting,
    allowed: list[int],
    load: dict[tuple[str, int], int],
    capacity: dict[str, int],
    per_slot: list[int],
) -> str:
    if m.fixed_slot is not None and not allowed:
        return f"fixed slot {m.fixed_slot + 1} does not exist"
    if m.session and not any(problem.in_session(m, s) for s in range(problem.n_slots)):
        return f"wished for the {m.session} session, and the B2B session has no {m.session} slot"
    if not allowed:
        parts = [problem.unavailability_notes[p] for p in (m.a, m.b) if p in problem.unavailability_notes]
        session = f"the {m.session} session" if m.session else "the B2B session"
        why = " and ".join(parts) if parts else "the two are never available at the same time"
        return f"no slot in {session} where both can meet: {why}"
    a_busy = [s for s in allowed if load[m.a, s] >= capacity.get(m.a, 1)]
    b_busy = [s for s in allowed if load[m.b, s] >= capacity.get(m.b, 1)]
    full = [s for s in allowed if per_slot[s] >= problem.tables and s not in a_busy and s not in b_busy]
    if full and len(full) == len([s for s in allowed if s not in a_busy and s not in b_busy]):
        return f"no free table in {_slots_text(problem, full)}" + _busy_text(problem, m, a_busy, b_busy)
    prefix = ""
    for p in (m.a, m.b):
        if p in problem.unavailability_notes:
            prefix = f"{problem.unavailability_notes[p]}; "
    if a_busy and b_busy:
        return prefix + f"{m.a} or {m.b} busy in every slot they share" + _busy_text(problem, m, a_busy, b_busy)
    who = m.a if a_busy else m.b
    return prefix + f"{who} busy in every slot both could take ({_slots_text(problem, allowed)})"


def _busy_text(problem: Problem, m: Meeting, a_busy: list[int], b_busy: list[int]) -> str:
    parts = []
    if a_busy:
        parts.append(f"{m.a} busy at {_slots_text(problem, a_busy)}")
    if b_busy:
        parts.append(f"{m.b} busy at {_slots_text(problem, b_busy)}")
    return f" ({'; '.join(parts)})" if parts else ""


def _slots_text(problem: Problem, slots: list[int]) -> str:
    return ", ".join(problem.label(s) for s in slots)
