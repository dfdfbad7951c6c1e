"""The CP-SAT model of a B2B problem: meetings in slots, busy companies, exact break ends.

Built once by ``build``; the scheduler's phases add objectives and rows to it or to copies.
Implied rows (used slots = meetings, at most 2 x tables busy per slot, gapless windows) are
what lets the solver prove bounds. Pure: no store, no terminal.
"""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Any

from c2c.services.b2b.solver.problem import Meeting, Problem, allowed_slots
from c2c.services.b2b.solver.warm_start import capacity_of, forbidden_of


@dataclass
class Model:
    """A CP-SAT model of the problem and the handles the phases need."""

    problem: Problem
    cp: Any
    x: dict[tuple[str, int], Any] = field(default_factory=dict)
    held: dict[str, Any] = field(default_factory=dict)
    breaks: dict[str, Any] = field(default_factory=dict)
    break_ends: dict[str, list[Any]] = field(default_factory=dict)
    active: dict[str, list[Any]] = field(default_factory=dict)
    windows: dict[str, tuple[list[Any], Any]] = field(default_factory=dict)  # gapless, all held
    busy: dict[str, list[Any]] = field(default_factory=dict)  # a Boolean, or 0 where p cannot meet
    meetings_of: dict[str, list[Meeting]] = field(default_factory=dict)
    # linear rows a counted copy replaces: (constraint index, literals, at most how many true)
    table_rows: list[tuple[int, list[Any], int]] = field(default_factory=list)
    busy_rows: list[tuple[int, list[Any], int]] = field(default_factory=list)
    count_rows: list[tuple[int, list[Any], int]] = field(default_factory=list)  # used slots = meetings
    everything_held: bool = False
    breaks_needed: bool = False  # proven: no timetable without a break

    def all_held(self, cp: Any = None) -> None:
        """Every meeting is held: fix it and add what that implies (to ``cp``, a copy, if given)."""
        self.everything_held |= cp is None
        cp = self.cp if cp is None else cp
        for var in self.held.values():
            cp.add(var == 1)
        for active in self.active.values():
            if len(active) == 1:  # one session: a participant with meetings is active in it
                cp.add(active[0] == 1)
        for windows, count in self.windows.values():
            cp.add(sum(windows) <= 1)
            cp.add(count + sum(windows) >= 1)
        if cp is self.cp:
            self._own_fewest_breaks()

    def _own_fewest_breaks(self) -> None:
        """Implied: a participant that must wait has at least the breaks its own meetings force.

        Fixed meetings and forbidden slots can force several breaks on one participant, where
        the windows only say "at least one". Its meetings alone settle that in milliseconds,
        and the bound lets the probes' "at most k" prune (forum-14.fixed040: 11 participants
        need 2-4 each; its 59 breaks were found in 36-38 s instead of 38-51).
        """
        for key, (windows, count) in self.windows.items():
            if not windows and (fewest := _fewest_breaks_alone(self.problem, key)) >= 2:
                self.cp.add(count >= fewest)

    def few_dropped(self, dropped: int) -> None:
        """At most ``dropped`` meetings go unheld: what ``all_held`` adds, for each count that leaves.

        Without a break, a participant's held meetings fill one run of slots as long as their
        count. With a few meetings that cannot all be held (precedence days), the count is one
        of a few values; each window is tied to its length, so the solver still sees forced
        breaks (forum-14.prec25: nobody was proven to need one without these).
        """
        cp = self.cp
        for key, (windows, count) in self.windows.items():
            meetings = self.meetings_of[key]
            shortest = len(meetings) - dropped
            if shortest < 1:
                continue  # p may hold nothing: no run to fill
            lengths = range(shortest, len(meetings) + 1)
            holds = {length: cp.new_bool_var(f"holds_{key}_{length}") for length in lengths}
            cp.add_exactly_one(holds.values())
            cp.add(sum(self.held[m.key] for m in meetings) == sum(n * b for n, b in holds.items()))
            options = []
            for length in lengths:
                fitting = windows if length == len(meetings) else _gapless_windows(self, key, length)
                for window in fitting:
                    cp.add_implication(window, holds[length])
                options.extend(fitting)
            if len(self.active[key]) == 1:
                cp.add(self.active[key][0] == 1)
            cp.add(sum(options) <= 1)
            cp.add(count + sum(options) >= 1)

    def all_break_ends(self) -> list[Any]:
        return [end for ends in self.break_ends.values() for end in ends]

    def slots_of(self, solver: Any) -> dict[str, int]:
        return {m: s for (m, s), var in self.x.items() if solver.boolean_value(var)}

    def hint(self, slots: dict[str, int], cp: Any = None) -> None:
        cp = self.cp if cp is None else cp
        cp.clear_hints()
        for (m, s), var in self.x.items():
            cp.add_hint(var, slots.get(m) == s)

    def with_counters(self, cp: Any, implied: bool = False) -> Any:
        """A copy of ``cp`` whose cardinality rows are sequential counters, not linear rows.

        Tables per slot and, with ``implied``, busy companies per slot and (once every
        meeting is held) each company's used slots. The counters' "more than j among the
        first i" literals give clause learning something to reason about: on tables-tight
        instances the copy finds timetables (forum-13crafc: 1 break, against 12 after 55 s)
        and proves bounds (tic-13crafc: 4, with the implied rows) that the linear rows never
        lead to. Elsewhere the LP misses the rows, so only the probes of the breaks phase use
        copies; the implied counters help proofs but slow the search for timetables, so only
        the prover's copy gets them (see ``breaks``).
        """
        copy = cp.clone()
        for index, lits, most in self.table_rows + (self.busy_rows if implied else []):
            copy.proto.constraints[index].clear_linear()
            at_most_sequential(copy, lits, most, f"limit_{index}")
        if implied and self.everything_held:
            for index, cells, used in self.count_rows:
                copy.proto.constraints[index].clear_linear()
                at_most_sequential(copy, cells, used, f"used_{index}")
                at_most_sequential(copy, [c.negated() for c in cells], len(cells) - used, f"idle_{index}")
        return copy


# Full-problem workers for the breaks phase, best first. Core-based search proves lower bounds
# on a sum of Booleans the way MaxSAT solvers do; on the Girona benchmark it is what turns
# "stuck at 19 breaks" into "optimal in seconds" on two cores. It runs beside the workers
# asked for, not instead of one: on mission-sized instances where not every meeting fits, the
# LP-based worker still finds the better timetables. CP-SAT adds its LNS thread on top.
BREAK_SUBSOLVERS = ("core", "default_lp", "max_lp", "no_lp", "quick_restart", "reduced_costs", "pseudo_costs")


def seconds_left(deadline: float, share: float = 1.0) -> float:
    """This share of the time left before ``deadline`` (a monotonic time), at least half a second."""
    return max(0.5, (deadline - time.monotonic()) * share)


def new_solver(problem: Problem, seconds: float, core: bool = False, workers: int | None = None, seed: int = 0) -> Any:
    """A CP-SAT solver with the problem's seed (plus ``seed``) and workers (or ``workers``).

    ``core`` adds core-based search.
    """
    from ortools.sat.python import cp_model

    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = seconds
    solver.parameters.random_seed = problem.seed + seed
    solver.parameters.num_workers = max(1, problem.workers if workers is None else workers)
    if core and problem.workers >= 2:
        solver.parameters.subsolvers.extend(BREAK_SUBSOLVERS[: problem.workers])
        solver.parameters.num_workers = problem.workers + 1
    return solver


def build(problem: Problem) -> Model:
    from ortools.sat.python import cp_model

    cp = cp_model.CpModel()
    model = Model(problem, cp)
    forbidden, capacity = forbidden_of(problem), capacity_of(problem)
    meetings_of: dict[str, list[Meeting]] = defaultdict(list)
    for m in problem.meetings:
        meetings_of[m.a].append(m)
        meetings_of[m.b].append(m)
        for s in allowed_slots(problem, m, forbidden):
            model.x[m.key, s] = cp.new_bool_var(f"x_{m.key}_{s}")
        options = [model.x[m.key, s] for s in range(problem.n_slots) if (m.key, s) in model.x]
        model.held[m.key] = cp.new_bool_var(f"held_{m.key}")
        cp.add(sum(options) == model.held[m.key])
        if m.fixed_slot is not None:
            cp.add(model.held[m.key] == 1)
    for s in range(problem.n_slots):
        in_slot = [model.x[m.key, s] for m in problem.meetings if (m.key, s) in model.x]
        if len(in_slot) > problem.tables:
            model.table_rows.append((cp.add(sum(in_slot) <= problem.tables).index, in_slot, problem.tables))
    model.meetings_of = meetings_of
    busy = model.busy = _busy_variables(model, meetings_of, capacity)
    _slot_bounds(model, busy)
    _precedences(model)
    _break_counts(model, busy, meetings_of)
    return model


def _fewest_breaks_alone(problem: Problem, key: str) -> int:
    """A lower bound on ``key``'s breaks when it holds all its meetings and nobody else counts."""
    from ortools.sat.python import cp_model

    meetings = [m for m in problem.meetings if key in (m.a, m.b)]
    names = {m.key for m in meetings}
    sides = {m.a for m in meetings} | {m.b for m in meetings}
    alone = replace(
        problem, meetings=meetings, participants=[p for p in problem.participants if p.key in sides],
        precedences=[(a, b) for a, b in problem.precedences if a in names and b in names],
        fairness=None, workers=1, previous={},
    )
    model = build(alone)
    for held in model.held.values():
        model.cp.add(held == 1)
    model.cp.minimize(model.breaks[key])
    solver = new_solver(alone, 1.0)
    if solver.solve(model.cp) == cp_model.INFEASIBLE:
        return 0  # cannot happen once a timetable holds them all; no bound then
    return max(0, int(round(solver.best_objective_bound)))


def at_most_sequential(cp: Any, lits: list[Any], bound: int, name: str) -> None:
    """sum(lits) <= bound as Sinz's sequential counter: count[i][j] means "more than j among lits[:i+1]"."""
    if len(lits) <= bound:
        return
    if bound == 0:
        cp.add_bool_and([lit.negated() for lit in lits])
        return
    count = [[cp.new_bool_var(f"{name}_{i}_{j}") for j in range(bound)] for i in range(len(lits))]
    for i, lit in enumerate(lits):
        cp.add_implication(lit, count[i][0])
        if i == 0:
            continue
        for j in range(bound):
            cp.add_implication(count[i - 1][j], count[i][j])
        for j in range(1, bound):
            cp.add_bool_or([lit.negated(), count[i - 1][j - 1].negated(), count[i][j]])
        cp.add_bool_or([lit.negated(), count[i - 1][bound - 1].negated()])


def _busy_variables(
    model: Model, meetings_of: dict[str, list[Meeting]], capacity: dict[str, int]
) -> dict[str, list[Any]]:
    """busy[p][s] is true when p holds a meeting in slot s (a constant 0 when it cannot)."""
    cp, problem = model.cp, model.problem
    busy: dict[str, list[Any]] = {}
    for p in problem.participants:
        row: list[Any] = []
        for s in range(problem.n_slots):
            options = [model.x[m.key, s] for m in meetings_of[p.key] if (m.key, s) in model.x]
            if not options:
                row.append(0)
                continue
            var = cp.new_bool_var(f"busy_{p.key}_{s}")
            cap = capacity[p.key]
            if cap == 1:
                cp.add(sum(options) == var)
            else:
                cp.add(sum(options) <= cap * var)
                cp.add(sum(options) >= var)
            row.append(var)
        busy[p.key] = row
        if capacity[p.key] == 1:
            # implied: used slots = meetings held
            cells = [v for v in row if not isinstance(v, int)]
            used = cp.add(sum(cells) == sum(model.held[m.key] for m in meetings_of[p.key]))
            model.count_rows.append((used.index, cells, len(meetings_of[p.key])))
    return busy


def _slot_bounds(model: Model, busy: dict[str, list[Any]]) -> None:
    """Implied: at most two busy participants per table in each slot."""
    problem = model.problem
    for s in range(problem.n_slots):
        column = [row[s] for row in busy.values() if not isinstance(row[s], int)]
        if len(column) > 2 * problem.tables:
            row = model.cp.add(sum(column) <= 2 * problem.tables)
            model.busy_rows.append((row.index, column, 2 * problem.tables))


def _precedences(model: Model) -> None:
    cp, problem = model.cp, model.problem
    for first, then in problem.precedences:
        if first not in model.held or then not in model.held:
            continue
        slots_first = [s for (m, s) in model.x if m == first]
        slots_then = [s for (m, s) in model.x if m == then]
        if not slots_first or not slots_then or min(slots_first) >= max(slots_then):
            # explicit for the LP, so that the meetings phase proves its bound at once
            cp.add(model.held[first] + model.held[then] <= 1)
            continue
        slot_first = sum(s * v for (m, s), v in model.x.items() if m == first)
        slot_then = sum(s * v for (m, s), v in model.x.items() if m == then)
        cp.add(slot_first < slot_then).only_enforce_if([model.held[first], model.held[then]])


def _break_counts(model: Model, busy: dict[str, list[Any]], meetings_of: dict[str, list[Meeting]]) -> None:
    """breaks(p) = the slots where a run of idle slots between two of p's meetings ends.

    Each "a break ends here" Boolean is exact (busy now, idle just before, busy some time
    earlier in the session), so fairness cannot be met with phantom breaks, and the objective
    is a plain sum of Booleans, which the LP and core-based search handle best.
    """
    cp, problem = model.cp, model.problem
    sessions = _sessions(problem)
    for p in problem.participants:
        row = busy[p.key]
        if len(meetings_of[p.key]) < 2:
            continue
        ends: list[Any] = []
        active: list[Any] = []
        for first, last in sessions:
            cells = [row[s] for s in range(first, last) if not isinstance(row[s], int)]
            if not cells:
                continue
            has = cp.new_bool_var(f"has_{p.key}_{first}")
            cp.add_max_equality(has, cells)
            active.append(has)
            ends.extend(_break_ends(cp, row, first, last, p.key))
        model.break_ends[p.key] = ends
        model.breaks[p.key] = sum(ends)
        model.active[p.key] = active
        if len(sessions) == 1 and p.capacity <= 1:
            model.windows[p.key] = (_gapless_windows(model, p.key, len(meetings_of[p.key])), model.breaks[p.key])


def _break_ends(cp: Any, row: list[Any], first: int, last: int, key: str) -> list[Any]:
    """end[s] <=> busy[s] and not busy[s-1] and busy somewhere in first..s-2."""
    seen: list[Any] = []  # seen[i]: busy somewhere in first..first+i (None: cannot be)
    ends: list[Any] = []
    for s in range(first, last):
        here, before = row[s], seen[-1] if seen else None
        if s - first >= 2 and not isinstance(here, int) and seen[-2] is not None:
            lits = [here, seen[-2]] + ([] if isinstance(row[s - 1], int) else [row[s - 1].negated()])
            end = cp.new_bool_var(f"break_end_{key}_{s}")
            cp.add_bool_and(lits).only_enforce_if(end)
            cp.add_bool_or([lit.negated() for lit in lits] + [end])
            ends.append(end)
        seen.append(_or(cp, before, None if isinstance(here, int) else here, f"seen_{key}_{s}"))
    return ends


def _or(cp: Any, left: Any, right: Any, name: str) -> Any:
    if left is None or right is None:
        return right if left is None else left
    either = cp.new_bool_var(name)
    cp.add_bool_or([left, right]).only_enforce_if(either)
    cp.add_implication(left, either)
    cp.add_implication(right, either)
    return either


def _gapless_windows(model: Model, key: str, length: int) -> list[Any]:
    """Implied: without a break, p's held meetings fill one window of ``length`` slots.

    Used once the number held is known (``Model.all_held``, ``Model.few_dropped``); it gives
    the LP a reason why a participant needs a break, which is what proves the lower bound.
    """
    row = model.busy[key]
    windows = []
    for first in range(len(row) - length + 1):
        cells = row[first : first + length]
        if any(isinstance(c, int) for c in cells) or not _fills(model, model.meetings_of[key], range(first, first + length)):
            continue
        # the all-held windows keep their names: CP-SAT's search depends on variable names,
        # and these are the names the benchmarked model has
        suffix = "" if length == len(model.meetings_of[key]) else f"_{length}"
        window = model.cp.new_bool_var(f"window_{key}_{first}{suffix}")
        for cell in cells:
            model.cp.add_implication(window, cell)
        windows.append(window)
    return windows


def _fills(model: Model, meetings: list[Meeting], window: range) -> bool:
    """Whether some of the meetings can take the window's slots one each (a matching).

    A window where, say, two meetings could only take the same slot is no way to avoid a
    break; leaving it out lets the solver see forced breaks before it searches.
    """
    taken: dict[int, str] = {}

    def place(key: str, tried: set[int]) -> bool:
        for s in window:
            if (key, s) in model.x and s not in tried:
                tried.add(s)
                if s not in taken or place(taken[s], tried):
                    taken[s] = key
                    return True
        return False

    return sum(place(m.key, set()) for m in meetings) >= len(window)


def _sessions(problem: Problem) -> list[tuple[int, int]]:
    cuts = sorted({0, *(s for s in problem.session_starts if 0 < s < problem.n_slots), problem.n_slots})
    return list(zip(cuts, cuts[1:], strict=False))
