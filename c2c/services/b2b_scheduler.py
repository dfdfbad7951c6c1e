"""The B2B scheduler: CP-SAT, solved in lexicographic phases.

1. hold the most meetings, weighted by priority and mutuality (skipped when the greedy warm
   start already holds them all);
2. move as few meetings as possible from the previous timetable (only when there is one);
3. the fewest breaks, with the breaks of any two participants differing by at most d;
4. tables by a per-slot assignment that keeps companies at their table.

Each phase fixes the value the previous one reached and hints its solution. Pure: no store,
no terminal.
"""

from __future__ import annotations

import math
import time
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from c2c.services.b2b_passes import (
    assign_tables,
    capacity_of,
    count_breaks,
    explain_unscheduled,
    forbidden_of,
    greedy_schedule,
)
from c2c.services.b2b_problem import Meeting, Problem, Solution, allowed_slots


@dataclass
class _Model:
    """A CP-SAT model of the problem and the handles the phases need."""

    problem: Problem
    cp: Any
    x: dict[tuple[str, int], Any] = field(default_factory=dict)
    held: dict[str, Any] = field(default_factory=dict)
    breaks: dict[str, Any] = field(default_factory=dict)
    break_ends: dict[str, list[Any]] = field(default_factory=dict)
    active: dict[str, list[Any]] = field(default_factory=dict)
    windows: dict[str, tuple[list[Any], Any]] = field(default_factory=dict)
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
        lead to. Elsewhere the LP misses the rows, so it is only a second stage; the implied
        counters help proofs but slow the search for timetables, so only the probes get them.
        """
        copy = cp.clone()
        for index, lits, most in self.table_rows + (self.busy_rows if implied else []):
            copy.proto.constraints[index].clear_linear()
            _at_most_sequential(copy, lits, most, f"limit_{index}")
        if implied and self.everything_held:
            for index, cells, used in self.count_rows:
                copy.proto.constraints[index].clear_linear()
                _at_most_sequential(copy, cells, used, f"used_{index}")
                _at_most_sequential(copy, [c.negated() for c in cells], len(cells) - used, f"idle_{index}")
        return copy


def schedule(problem: Problem) -> Solution:
    """Solve ``problem`` within its time limit; every meeting left out gets a reason."""
    started = time.monotonic()
    if not problem.meetings:
        return Solution(status="empty")
    _check(problem)
    model = _build(problem)
    slots = greedy_schedule(problem)
    solution = Solution(status="feasible")
    total_weight = sum(m.weight for m in problem.meetings)
    proven_all = len(slots) == len(problem.meetings)
    if proven_all:
        model.all_held()
        solution.weight_bound = total_weight
    elif (complete := _all_meetings(model, _remaining(problem, started, 0.15))) is not None:
        slots, proven_all = complete, True
        model.all_held()
        solution.weight_bound = total_weight
    else:
        found = _phase_meetings(model, slots, _remaining(problem, started, 0.3))
        if found is None:
            return _infeasible(problem, started)
        slots, solution.weight_bound, proven_all = found
        if len(slots) == len(problem.meetings):
            model.all_held()
    solution.weight = sum(m.weight for m in problem.meetings if m.key in slots)
    if problem.previous:
        slots = _phase_moves(model, slots, _remaining(problem, started, 0.4))
    slots, solution = _phase_breaks(model, slots, solution, _remaining(problem, started, 1.0))
    return _finish(problem, slots, solution, proven_all, started)


def _check(problem: Problem) -> None:
    keys = {p.key for p in problem.participants}
    for m in problem.meetings:
        if m.a not in keys or m.b not in keys or m.a == m.b:
            raise ValueError(f"meeting {m.key} names unknown or equal participants")
    if problem.tables < 1 or problem.n_slots < 1:
        raise ValueError("the problem needs at least one slot and one table")


def _remaining(problem: Problem, started: float, share: float) -> float:
    left = problem.time_limit - (time.monotonic() - started)
    return max(0.5, left * share if share < 1 else left)


def _build(problem: Problem) -> _Model:
    from ortools.sat.python import cp_model

    cp = cp_model.CpModel()
    model = _Model(problem, cp)
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
    busy = _busy_variables(model, meetings_of, capacity)
    _slot_bounds(model, busy)
    _precedences(model)
    _break_counts(model, busy, meetings_of)
    return model


def _at_most_sequential(cp: Any, lits: list[Any], bound: int, name: str) -> None:
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
    model: _Model, meetings_of: dict[str, list[Meeting]], capacity: dict[str, int]
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


def _slot_bounds(model: _Model, busy: dict[str, list[Any]]) -> None:
    """Implied: at most two busy participants per table in each slot."""
    problem = model.problem
    for s in range(problem.n_slots):
        column = [row[s] for row in busy.values() if not isinstance(row[s], int)]
        if len(column) > 2 * problem.tables:
            row = model.cp.add(sum(column) <= 2 * problem.tables)
            model.busy_rows.append((row.index, column, 2 * problem.tables))


def _precedences(model: _Model) -> None:
    cp, problem = model.cp, model.problem
    for first, then in problem.precedences:
        if first not in model.held or then not in model.held:
            continue
        slot_first = sum(s * v for (m, s), v in model.x.items() if m == first)
        slot_then = sum(s * v for (m, s), v in model.x.items() if m == then)
        cp.add(slot_first < slot_then).only_enforce_if([model.held[first], model.held[then]])


def _break_counts(model: _Model, busy: dict[str, list[Any]], meetings_of: dict[str, list[Meeting]]) -> None:
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
            _gapless_windows(model, p.key, row, meetings_of[p.key], model.breaks[p.key])


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


def _gapless_windows(model: _Model, key: str, row: list[Any], meetings: list[Meeting], count: Any) -> None:
    """Implied: without a break, p's held meetings fill one window of that many slots.

    Only when every meeting is held (its length is known); it gives the LP a reason why a
    participant needs a break, which is what proves the lower bound.
    """
    cp = model.cp
    n = len(meetings)
    windows = []
    for first in range(len(row) - n + 1):
        cells = row[first : first + n]
        if any(isinstance(c, int) for c in cells) or not _fills(model, meetings, range(first, first + n)):
            continue
        window = cp.new_bool_var(f"window_{key}_{first}")
        for cell in cells:
            cp.add_implication(window, cell)
        windows.append(window)
    model.windows[key] = (windows, count)


def _fills(model: _Model, meetings: list[Meeting], window: range) -> bool:
    """Whether the meetings can take the window's slots one each (a perfect matching).

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

    return all(place(m.key, set()) for m in meetings)


def _sessions(problem: Problem) -> list[tuple[int, int]]:
    cuts = sorted({0, *(s for s in problem.session_starts if 0 < s < problem.n_slots), problem.n_slots})
    return list(zip(cuts, cuts[1:], strict=False))


ZERO_PROBE_SHARE, ZERO_PROBE_SECONDS = 0.15, 10.0  # the first look for a timetable without breaks

# Full-problem workers for the breaks phase, best first. Core-based search proves lower bounds
# on a sum of Booleans the way MaxSAT solvers do; on the Girona benchmark it is what turns
# "stuck at 19 breaks" into "optimal in seconds" on two cores. It runs beside the workers
# asked for, not instead of one: on mission-sized instances where not every meeting fits, the
# LP-based worker still finds the better timetables. CP-SAT adds its LNS thread on top.
BREAK_SUBSOLVERS = ("core", "default_lp", "max_lp", "no_lp", "quick_restart", "reduced_costs", "pseudo_costs")


def _solver(problem: Problem, seconds: float, core: bool = False) -> Any:
    from ortools.sat.python import cp_model

    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = seconds
    solver.parameters.random_seed = problem.seed
    solver.parameters.num_workers = max(1, problem.workers)
    if core and problem.workers >= 2:
        solver.parameters.subsolvers.extend(BREAK_SUBSOLVERS[: problem.workers])
        solver.parameters.num_workers = problem.workers + 1
    return solver


def _all_meetings(model: _Model, seconds: float) -> dict[str, int] | None:
    """A timetable holding every meeting, if a short search finds one where the greedy did not.

    Asking for all of them lets everything "all held" implies propagate (fixed counts, gapless
    windows), which finds complete timetables that maximising from a partial one misses.
    """
    from ortools.sat.python import cp_model

    probe = model.cp.clone()
    model.all_held(probe)
    solver = _solver(model.problem, seconds)
    status = solver.solve(probe)
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return model.slots_of(solver)
    if status == cp_model.INFEASIBLE:
        model.cp.add(sum(model.held.values()) <= len(model.held) - 1)
    return None


def _phase_meetings(model: _Model, greedy: dict[str, int], seconds: float) -> tuple[dict[str, int], int, bool] | None:
    from ortools.sat.python import cp_model

    problem = model.problem
    weights = {m.key: m.weight for m in problem.meetings}
    objective = sum(weights[k] * v for k, v in model.held.items())
    model.cp.maximize(objective)
    model.hint(greedy)
    solver = _solver(problem, seconds)
    status = solver.solve(model.cp)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return None
    slots = model.slots_of(solver)
    value = round(solver.objective_value)
    bound = round(solver.best_objective_bound)
    model.cp.clear_objective()
    model.cp.add(objective >= value)
    return slots, bound, status == cp_model.OPTIMAL


def _phase_moves(model: _Model, slots: dict[str, int], seconds: float) -> dict[str, int]:
    from ortools.sat.python import cp_model

    problem = model.problem
    kept = [model.x[k, s] for k, s in problem.previous.items() if (k, s) in model.x]
    model.cp.maximize(sum(kept))
    model.hint(slots)
    solver = _solver(problem, seconds)
    status = solver.solve(model.cp)
    model.cp.clear_objective()
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return slots
    model.cp.add(sum(kept) >= round(solver.objective_value))
    return model.slots_of(solver)


def _phase_breaks(
    model: _Model, slots: dict[str, int], solution: Solution, seconds: float
) -> tuple[dict[str, int], Solution]:
    """The fewest breaks, with the breaks of any two participants within ``fairness`` of each other.

    When no timetable can be fair, a copy of the model taken before the fairness rows is
    solved instead (and the report says so). What the first search leaves unproven gets the
    rest of the time on a copy with counted tables (see ``_Model.with_counters``).
    """
    from ortools.sat.python import cp_model

    problem = model.problem
    deadline = time.monotonic() + seconds
    model.cp.minimize(sum(model.all_break_ends()))
    model.hint(slots)
    unfair = model.cp.clone()
    fair = _fairness(model)
    found = _without_breaks(model, min(ZERO_PROBE_SHARE * seconds, ZERO_PROBE_SECONDS))
    if found is not None:
        solution.status, solution.bound = "optimal", 0
        return found, solution
    cp = model.cp
    share = FIRST_STAGE_SHARE if model.breaks_needed else 1.0
    first = _stage(model, cp, _left(deadline, share))
    if first.status == cp_model.INFEASIBLE and fair:
        solution.fairness_applied = False
        solution.notes.append(f"no timetable keeps breaks within {problem.fairness} of each other (none exists)")
        cp = unfair
        first = _stage(model, cp, _left(deadline, share))
    best = first
    if first.status != cp_model.OPTIMAL and deadline - time.monotonic() > 1:
        best = _second_stage(model, cp, first, _left(deadline, 1.0))
    if best.slots is None:
        solution.notes.append("no better timetable found in time: the warm start is kept")
        solution.status = "feasible"
        return slots, solution
    solution.status = "optimal" if best.status == cp_model.OPTIMAL else "feasible"
    solution.bound = best.bound
    return best.slots, solution


# When the probe proved that someone must wait, the linear first stage gets this share of the
# time left and the counted copy the rest. Otherwise (typically a mission-sized day where not
# everyone can meet) the first stage keeps it all: the counted copy does far worse there
# (122 breaks against 61 on 60 generated companies).
FIRST_STAGE_SHARE = 0.45


@dataclass
class _Stage:
    status: Any
    slots: dict[str, int] | None = None
    objective: int = 0
    bound: int = 0


def _left(deadline: float, share: float) -> float:
    return max(0.5, (deadline - time.monotonic()) * share)


def _stage(model: _Model, cp: Any, seconds: float, stop_gap: int | None = None) -> _Stage:
    """Minimise ``cp``; with ``stop_gap``, stop once the best timetable is that close to the bound."""
    from ortools.sat.python import cp_model

    solver = _solver(model.problem, seconds, core=True)
    status = solver.solve(cp, None if stop_gap is None else _stop_within(solver, stop_gap))
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return _Stage(status)
    return _Stage(status, model.slots_of(solver), round(solver.objective_value), round(solver.best_objective_bound))


def _stop_within(solver: Any, gap: int) -> Any:
    """A solution callback (and bound listener) that stops ``solver`` once its objective is within ``gap`` of its bound."""
    from ortools.sat.python import cp_model

    class Watch(cp_model.CpSolverSolutionCallback):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__()
            self.objective, self.bound = math.inf, 0.0

        def note(self, objective: float, bound: float) -> None:
            self.objective, self.bound = min(self.objective, objective), max(self.bound, bound)
            if self.objective - math.ceil(self.bound - 1e-6) <= gap:
                solver.stop_search()

        def on_solution_callback(self) -> None:
            self.note(self.objective_value, self.best_objective_bound)

        def on_bound(self, bound: float) -> None:
            self.note(self.objective, bound)

    watch = Watch()
    solver.best_bound_callback = watch.on_bound
    return watch


def _second_stage(model: _Model, cp: Any, first: _Stage, seconds: float) -> _Stage:
    """Go on from the first stage's timetable and bound on a counted copy (``_Model.with_counters``).

    Further than one break from the bound, the copy is optimised from the first stage's
    timetable. One break from it, a look for a timetable at the bound (``_at_bound``)
    settles it either way.
    """

    deadline = time.monotonic() + seconds
    best = _improve(model, cp, first, seconds)
    if best.slots is not None and best.objective - best.bound == 1 and deadline - time.monotonic() > 1:
        return _at_bound(model, cp, best, deadline - time.monotonic())
    return best


def _improve(model: _Model, cp: Any, first: _Stage, seconds: float) -> _Stage:
    from ortools.sat.python import cp_model

    if first.slots is not None and first.objective - first.bound <= 1:
        return first
    counted = model.with_counters(cp)
    if first.bound:
        counted.add(sum(model.all_break_ends()) >= first.bound)
    if first.slots is not None:
        model.hint(first.slots, counted)
    second = _stage(model, counted, seconds, stop_gap=1)
    if second.slots is None:
        return first
    if first.slots is not None and second.status != cp_model.OPTIMAL and second.objective >= first.objective:
        return _Stage(first.status, first.slots, first.objective, max(first.bound, second.bound))
    second.bound = max(first.bound, second.bound)
    return second


def _at_bound(model: _Model, cp: Any, best: _Stage, seconds: float) -> _Stage:
    """A timetable with ``best.bound`` breaks, or the proof there is none (then ``best`` is optimal)."""
    from ortools.sat.python import cp_model

    probe = model.with_counters(cp, implied=True)
    probe.clear_objective()
    _at_most_sequential(probe, model.all_break_ends(), best.bound, "at_bound")
    status, solver = _solve(model.problem, probe, seconds)
    if status == cp_model.INFEASIBLE:
        return _Stage(cp_model.OPTIMAL, best.slots, best.objective, best.objective)
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return _Stage(cp_model.OPTIMAL, model.slots_of(solver), best.bound, best.bound)
    return best


def _without_breaks(model: _Model, seconds: float) -> dict[str, int] | None:
    """A timetable where nobody waits, if a short search finds one.

    With every break forbidden, each company's meetings must fill one run of slots, which
    propagates so well that the search often settles it in a second either way, where the
    optimisation would still be climbing down from the warm start. When it proves there is
    none, the main search starts from a lower bound of one break.
    """
    from ortools.sat.python import cp_model

    ends = model.all_break_ends()
    if not ends:
        return None
    probe = model.cp.clone()
    probe.clear_objective()
    for end in ends:
        probe.add(end == 0)
    status, solver = _solve(model.problem, probe, seconds)
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return model.slots_of(solver)
    if status == cp_model.INFEASIBLE:
        model.cp.add(sum(ends) >= 1)
        model.breaks_needed = True
    return None


def _solve(problem: Problem, cp: Any, seconds: float) -> tuple[Any, Any]:
    solver = _solver(problem, seconds, core=True)
    return solver.solve(cp), solver


def _fairness(model: _Model) -> bool:
    """Breaks of everyone within [low, low + d]; False when there is no such rule to add.

    low is 0 when someone has at most one meeting (no break possible): then the rule is a
    plain upper bound, which propagates far better than a shared variable.
    """
    problem = model.problem
    if problem.fairness is None or not model.breaks:
        return False
    if len(model.breaks) < len(problem.participants):  # _break_counts skips those with < 2 meetings
        for count in model.breaks.values():
            model.cp.add(count <= problem.fairness)
        return True
    low = model.cp.new_int_var(0, problem.n_slots, "fewest_breaks")
    for count in model.breaks.values():
        model.cp.add(count >= low)
        model.cp.add(count <= low + problem.fairness)
    return True


def _finish(problem: Problem, slots: dict[str, int], solution: Solution, proven_all: bool, started: float) -> Solution:
    solution.slots = slots
    solution.breaks = count_breaks(problem, slots)
    solution.objective = sum(solution.breaks.values())
    solution.bound = min(solution.bound, solution.objective)
    solution.tables, solution.table_changes = assign_tables(problem, slots)
    solution.unscheduled = explain_unscheduled(problem, slots, proven_all)
    solution.moved = sorted(k for k, s in problem.previous.items() if slots.get(k) != s and _exists(problem, k))
    if not proven_all and solution.status == "optimal":
        solution.status = "feasible"
    solution.seconds = time.monotonic() - started
    return solution


def _exists(problem: Problem, key: str) -> bool:
    return any(m.key == key for m in problem.meetings)


def _infeasible(problem: Problem, started: float) -> Solution:
    """Not even an empty timetable: fixed meetings clash or precedences form a cycle."""
    solution = Solution(status="infeasible", seconds=time.monotonic() - started)
    reason = "fixed meetings clash, or the precedences form a cycle"
    solution.unscheduled = {m.key: reason for m in problem.meetings}
    return solution
